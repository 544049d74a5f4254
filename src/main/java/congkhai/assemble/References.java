package congkhai.assemble;

import congkhai.base.Located;
import congkhai.base.Suggestions;
import congkhai.base.Text;
import congkhai.load.DocumentSource;
import congkhai.model.Agency;
import congkhai.model.Citation;
import congkhai.model.DocLink;
import congkhai.text.Folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a document's refs and a progress update's evidence name: a record of the portal, by its id or
 * by a citation of its number (with its date and issuer where the citation gives them), or a document
 * that is not on the portal. And every published number, checked for documents issued twice, which
 * citations are matched against. Part of one assembly ({@link Assembler}).
 */
final class References {

    /** An ambiguous citation's error lists at most this many candidates. */
    private static final int MAX_CANDIDATES_SHOWN = 10;

    private final Assembly assembly;
    private final Map<String, DocumentSource> byId;
    /** The top folders that hold records: a ref under one of them is meant as a record id. */
    private final Supplier<Set<String>> recordFolders;
    /** What each ref and evidence resolved to in an earlier assembly of the same world ({@link AssemblyMemo}). */
    private final Map<AssemblyMemo.Call, AssemblyMemo.Outcome> kept;
    /** What each ref and evidence resolved to in this one, for the next; filled only when {@code keep}. */
    private final Map<AssemblyMemo.Call, AssemblyMemo.Outcome> made = new HashMap<>();
    private final boolean keep;

    References(Assembly assembly, Map<String, DocumentSource> byId, Supplier<Set<String>> recordFolders,
               Map<AssemblyMemo.Call, AssemblyMemo.Outcome> kept, boolean keep) {
        this.assembly = assembly;
        this.byId = byId;
        this.recordFolders = recordFolders;
        this.kept = kept;
        this.keep = keep;
    }

    /** What each ref and evidence of this assembly resolved to. */
    Map<AssemblyMemo.Call, AssemblyMemo.Outcome> outcomes() {
        return made;
    }

    /**
     * Every published number, checked for documents issued twice: a number is the same document when
     * its year (of the number, or of the date) and its issuer are the same. A record without an issuer
     * could be from any, so it clashes with the same number of the same year from anyone.
     */
    NumberIndex numbersOf(List<DocumentSource> published) {
        Map<String, List<NumberIndex.Entry>> byKey = new HashMap<>();
        Map<String, DocumentSource> sourceOf = new HashMap<>();
        for (DocumentSource d : published) {
            String number = d.number().value();
            if (number.isEmpty()) {
                continue;
            }
            String key = Folding.documentNumberKey(number);
            int year = CitationReader.ownYear(key).orElse(d.date().year());
            Optional<Agency> issuer = assembly.issuerOf(d);
            List<NumberIndex.Entry> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            Optional<NumberIndex.Entry> clash = same.stream().filter(e -> e.year() == year
                    && (issuer.isEmpty() || e.issuer().isEmpty() || e.issuer().get().id().equals(issuer.get().id()))).findFirst();
            if (clash.isPresent()) {
                NumberIndex.Entry e = clash.get();
                String other = sourceOf.get(e.recordId()).path();
                String when = " in " + year + (CitationReader.ownYear(key).isPresent() ? " (the year the number carries)" : "");
                assembly.error(d.number().pos(), issuer.isPresent() && e.issuer().isPresent()
                        ? "document number '" + number + "' is also used by " + other + ", issued by '" + issuer.get().id()
                                + "'" + when + " too; an issuer gives a number once a year"
                        : "document number '" + number + "' is also used by " + other + when
                                + ", and one of them names no issuer; add 'issuer' to tell them apart");
                continue;
            }
            same.add(new NumberIndex.Entry(d.id(), number, key, d.date(), year, issuer, assembly.linkOf(d)));
            sourceOf.put(d.id(), d);
        }
        return new NumberIndex(byKey, Map.of(), new CitationReader(assembly.config().agencyList()));
    }

    /** What a ref or evidence names: a record, or a document that is not on the portal, as its citation names it. */
    private record Target(Optional<DocumentSource> record, Optional<Citation> external, String identity) {
        /** @param identity the external document's identity ({@link ExternalDocuments#identity}), worked out once with the citation */
        Target(Optional<DocumentSource> record, Optional<Citation> external) {
            this(record, external, external.map(ExternalDocuments::identity).orElse(""));
        }
    }

    /**
     * A ref is a record id when it is one, or looks like one (a lowercase path under a folder that holds
     * records); anything else is a citation: a document number, matched ignoring case, spaces, Đ/D, dash
     * forms and leading zeros, perhaps with its date and issuer. A draft is never a target of something
     * published.
     */
    private Optional<Target> target(Located<String> ref, DocumentSource from, NumberIndex numbers) {
        if (!keep) {
            // an assembly that keeps nothing was given nothing to take either: a build's
            return read(ref, from, numbers);
        }
        AssemblyMemo.Call call = new AssemblyMemo.Call(ref, from.id(), from.draft(), assembly.isPublished(from));
        AssemblyMemo.Outcome known = kept.get(call);
        if (known != null) {
            made.put(call, known);
            known.problems().forEach(p -> assembly.error(p.pos(), p.message()));
            // the record by id: its title or tasks may have changed since, which a link to it shows
            return known.found() ? Optional.of(new Target(known.recordId().map(byId::get), known.external(), known.identity()))
                    : Optional.empty();
        }
        int problemsBefore = assembly.problems().size();
        Optional<Target> target = read(ref, from, numbers);
        made.put(call, new AssemblyMemo.Outcome(target.isPresent(), target.flatMap(t -> t.record().map(DocumentSource::id)),
                target.flatMap(Target::external), target.map(Target::identity).orElse(""),
                assembly.problems().subList(problemsBefore, assembly.problems().size())));
        return target;
    }

    private Optional<Target> read(Located<String> ref, DocumentSource from, NumberIndex numbers) {
        String text = ref.value().strip();
        Optional<String> pathMistake = pathMistake(text);
        if (pathMistake.isPresent()) {
            assembly.error(ref.pos(), pathMistake.get());
            return Optional.empty();
        }
        DocumentSource record = byId.get(text);
        if (record == null && text.contains("/") && Text.isRecordId(text) && recordFolders.get().contains(text.substring(0, text.indexOf('/')))) {
            assembly.error(ref.pos(), "unknown record '" + text + "'" + Suggestions.didYouMean(text, byId.keySet()));
            return Optional.empty();
        }
        if (record == null) {
            CitationReader.Read read = numbers.reader().ref(text);
            if (read.error().isPresent()) {
                assembly.error(ref.pos(), "'" + text + "': " + read.error().get());
                return Optional.empty();
            }
            Citation citation = read.citation().orElseGet(() ->
                    new Citation(text, Folding.documentNumberKey(text), Optional.empty(), Optional.empty(), ""));
            if (citation.key().isEmpty() || Folding.slug(citation.number()).isEmpty()) {
                assembly.error(ref.pos(), "'" + text + "' is neither a record id nor a document number");
                return Optional.empty();
            }
            List<NumberIndex.Entry> found = numbers.candidates(citation);
            if (found.size() > 1) {
                assembly.error(ref.pos(), ambiguous(text, found));
                return Optional.empty();
            }
            if (found.isEmpty()) {
                return Optional.of(new Target(Optional.empty(), Optional.of(citation)));
            }
            record = byId.get(found.get(0).recordId());
        }
        if (record.draft() && !from.draft()) {
            assembly.error(ref.pos(), "'" + text + "' is a draft (" + record.path() + "); publish it or remove the reference");
            return Optional.empty();
        }
        if (!assembly.isPublished(record) && assembly.isPublished(from)) {
            // issued after the as-of day: not on the portal of that day, so cited like any document that is not on it
            String number = record.number().value();
            return number.isEmpty() ? Optional.empty() : Optional.of(new Target(Optional.empty(), Optional.of(new Citation(number,
                    Folding.documentNumberKey(number), Optional.of(record.date()), assembly.issuerOf(record),
                    assembly.issuerOf(record).map(Agency::name).orElse("")))));
        }
        return Optional.of(new Target(Optional.of(record), Optional.empty()));
    }

    /** Says which records a bare or partial citation could mean, and what to write instead. */
    private static String ambiguous(String text, List<NumberIndex.Entry> found) {
        StringBuilder s = new StringBuilder("'" + text + "' could be any of " + found.size() + " published documents: ");
        int shown = Math.min(found.size(), MAX_CANDIDATES_SHOWN);
        for (int i = 0; i < shown; i++) {
            NumberIndex.Entry e = found.get(i);
            s.append(i == 0 ? "" : ", ").append(e.recordId()).append(" (")
                    .append(Citation.phrase(e.number(), Optional.of(e.date()), e.issuer().map(Agency::name).orElse(""))).append(')');
        }
        if (found.size() > shown) {
            s.append(" and ").append(found.size() - shown).append(" more");
        }
        NumberIndex.Entry first = found.get(0);
        return s.append("; write the record id of the one you mean, or add its date or issuer, e.g. '")
                .append(Citation.phrase(first.number(), Optional.of(first.date()), first.issuer().map(Agency::id).orElse("")))
                .append('\'').toString();
    }

    /**
     * A reference written as a file path: a record id never starts with '/' or has '.' or '..' steps,
     * and read as a document number such a path would publish a page for a number nobody issued.
     */
    static Optional<String> pathMistake(String text) {
        String usage = "; a reference is a record id (plans/2023-05-27-kh-122) or a document number (122/KH-UBND)";
        if (text.toLowerCase(java.util.Locale.ROOT).endsWith(".md") && !text.contains(" ")) {
            return Optional.of("'" + text + "' names a file; write the record id without '.md'" + usage);
        }
        boolean path = text.startsWith("/") || text.startsWith("\\") || text.startsWith("~/") || startsWithDrive(text) || hasDotStep(text);
        return path ? Optional.of("'" + text + "' is a file path, not a reference" + usage) : Optional.empty();
    }

    /**
     * A Windows path ("C:\\…", "d:/…") on one line, as {@code ^[A-Za-z]:[\\\\/].*} matches it. Written by hand: a
     * pattern compiled for every ref was a sixth of the assembly of a large site.
     */
    private static boolean startsWithDrive(String text) {
        if (text.length() < 3 || text.charAt(1) != ':' || (text.charAt(2) != '\\' && text.charAt(2) != '/')) {
            return false;
        }
        char drive = text.charAt(0);
        if (!(drive >= 'A' && drive <= 'Z' || drive >= 'a' && drive <= 'z')) {
            return false;
        }
        for (int i = 3; i < text.length(); i++) {
            char c = text.charAt(i);
            // where a pattern's '.' stops
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    /** Whether a step of the text between slashes or backslashes is "." or "..". */
    private static boolean hasDotStep(String text) {
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '/' || text.charAt(i) == '\\') {
                int length = i - start;
                if ((length == 1 || length == 2) && text.startsWith("..".substring(0, length), start)) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** Where a reference leads: a record id, or "#" and the identity of a document not on the portal. */
    record Resolved(String key, Optional<Citation> external) {
    }

    Optional<Resolved> resolve(Located<String> ref, DocumentSource from, NumberIndex numbers) {
        return target(ref, from, numbers).flatMap(t -> {
            if (t.record().isEmpty()) {
                return Optional.of(new Resolved("#" + t.identity(), t.external()));
            }
            if (t.record().get().id().equals(from.id())) {
                assembly.error(ref.pos(), "a document cannot refer to itself");
                return Optional.empty();
            }
            return Optional.of(new Resolved(t.record().get().id(), Optional.empty()));
        });
    }

    /** The record an update's evidence names, or the page of its number for a document not on the portal. */
    Optional<DocLink> resolveEvidence(Located<String> e, DocumentSource taskDocument, NumberIndex numbers) {
        return target(e, taskDocument, numbers).map(t -> t.record().map(assembly::linkOf).orElseGet(() -> {
            // a document cited only as evidence has no page of its own; it links to its number's page where there is one
            Citation c = t.external().orElseThrow();
            return new DocLink(numbers.pagePath(c.key()).orElse(""), c.number(), "", "", c.date().map(d -> d.display()).orElse(""),
                    true, c.issuer().map(Agency::name).orElse(c.issuerText()));
        }));
    }
}
