package congkhai.assemble;

import congkhai.base.Located;
import congkhai.base.Parsed;
import congkhai.base.PartialDate;
import congkhai.base.Problem;
import congkhai.base.Recurrence;
import congkhai.base.SourcePos;
import congkhai.base.Suggestions;
import congkhai.base.Text;
import congkhai.config.Agency;
import congkhai.config.OldAddress;
import congkhai.config.SiteConfig;
import congkhai.config.Topic;
import congkhai.load.Aliases;
import congkhai.load.AttachmentSource;
import congkhai.load.DirectiveSource;
import congkhai.load.DocumentSource;
import congkhai.load.ProgressSource;
import congkhai.load.ProgressState;
import congkhai.load.SiteSources;
import congkhai.load.TaskSource;
import congkhai.model.Urls;
import congkhai.text.Folding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The assemble stage: checks every cross-reference (agencies, topics, refs, tasks, attachments),
 * links documents both ways and computes task statuses against the as-of day.
 */
public final class Assembler {

    /** Directives are anchored chi-dao-1, chi-dao-2, … on their document's page. */
    public static final String DIRECTIVE_ANCHOR = "chi-dao-";

    /** An ambiguous citation's error lists at most this many candidates. */
    private static final int MAX_CANDIDATES_SHOWN = 10;

    private static final Comparator<DocumentSource> NEWEST_FIRST = Comparator
            .comparing((DocumentSource d) -> d.date().first()).reversed()
            .thenComparing(DocumentSource::id);

    private final SiteConfig config;
    private final LocalDate asOf;
    private final List<Problem> problems = new ArrayList<>();
    /**
     * One link per document, shared by every ref, backlink, task and evidence that points at it: a
     * portal of 100,000 records has a million of those, and a new link with new strings for each
     * was a fifth of a build's memory.
     */
    private final Map<String, DocLink> links = new HashMap<>();

    private Assembler(SiteConfig config, LocalDate asOf) {
        this.config = config;
        this.asOf = asOf;
    }

    public static Parsed<Site> assemble(SiteConfig config, SiteSources sources, LocalDate asOf) {
        Assembler a = new Assembler(config, asOf);
        Site site = a.build(sources);
        return Parsed.of(site, a.problems);
    }

    /** A record as it was read for {@code previous} and as it reads now. */
    public record Edit(DocumentSource before, DocumentSource after) {
    }

    /**
     * {@code previous} with edits that changed only what no other record's assembly reads (body, editor's
     * note, signer, source link): the edited documents are replaced, everything else is kept as it is,
     * the same objects. Empty when an edit changed anything else: then the site must be assembled again.
     * This is what keeps a preview's rebuild after a body edit independent of the size of the site.
     */
    public static Optional<Site> withOwnFieldsEdited(Site previous, List<Edit> edits) {
        Map<String, Document> replaced = new HashMap<>();
        for (Edit e : edits) {
            DocumentSource before = e.before();
            DocumentSource after = e.after();
            DocumentSource onlyOwnFieldsChanged = new DocumentSource(before.id(), before.path(), before.type(), before.title(),
                    before.date(), before.number(), before.issuer(), after.signer(), before.topics(), before.refs(), before.tasks(),
                    after.sourceUrl(), before.attachments(), before.aliases(), before.draft(), after.editorNote(), after.body(), after.bodyLine(),
                    before.pos(), before.directives());
            if (!onlyOwnFieldsChanged.equals(after)) {
                return Optional.empty();
            }
            Document d = previous.documentsById().get(after.id());
            if (d != null) {
                replaced.put(d.id(), new Document(d.id(), d.path(), d.type(), d.title(), d.date(), d.number(), d.issuer(),
                        after.signer(), d.topics(), d.refs(), d.citedBy(), d.tasks(), d.reportsOn(), after.sourceUrl(),
                        d.attachments(), after.editorNote(), after.body(), after.bodyLine(), d.sourcePath(), d.directives(), d.identifier(),
                        d.numberPath(), d.sameNumber()));
            }
        }
        if (replaced.isEmpty()) {
            return Optional.of(previous);
        }
        List<Document> documents = previous.documents().stream().map(d -> replaced.getOrDefault(d.id(), d)).toList();
        Map<String, Document> byId = new HashMap<>(previous.documentsById());
        byId.putAll(replaced);
        return Optional.of(new Site(previous.config(), previous.asOf(), documents, previous.tasks(), previous.citedNumbers(),
                previous.attachments(), previous.theme(), byId, previous.issuedLater(), previous.numbers(), previous.redirects()));
    }

    private Site build(SiteSources sources) {
        Map<String, DocumentSource> byId = new HashMap<>();
        for (DocumentSource d : sources.documents()) {
            byId.put(d.id(), d);
        }
        List<DocumentSource> published = sources.documents().stream()
                .filter(this::isPublished).sorted(NEWEST_FIRST).toList();
        int issuedLater = (int) sources.documents().stream().filter(d -> !d.draft() && !isPublished(d)).count();
        Set<String> recordFolders = new HashSet<>();
        for (DocumentSource d : sources.documents()) {
            recordFolders.add(d.id().substring(0, Math.max(0, d.id().indexOf('/'))));
        }
        NumberIndex unpaged = numbersOf(published);
        Map<String, AttachmentSource> files = new HashMap<>();
        for (AttachmentSource a : sources.attachments()) {
            files.put(a.relativePath(), a);
        }

        // resolve every reference to a target key: a record id, or "#" and the identity of a document not on the portal
        Map<String, List<String>> refTargets = new LinkedHashMap<>();
        ExternalDocuments external = new ExternalDocuments();
        for (DocumentSource d : sources.documents()) {
            List<String> targets = new ArrayList<>();
            for (Located<String> ref : d.refs()) {
                resolve(ref, d, byId, unpaged, recordFolders).ifPresent(t -> {
                    if (!targets.contains(t.key())) {
                        targets.add(t.key());
                    }
                    t.external().filter(c -> isPublished(d)).ifPresent(external::cited);
                });
            }
            refTargets.put(d.id(), targets);
        }

        Map<String, String> numberWritings = DocumentNumbers.writings(published, external);
        NumberIndex numbers = unpaged.withPages(DocumentNumbers.pages(numberWritings));
        Map<String, List<DocLink>> citedBy = new HashMap<>();
        for (DocumentSource d : published) {
            refTargets.get(d.id()).stream().map(external::canonical).distinct()
                    .forEach(t -> citedBy.computeIfAbsent(t, k -> new ArrayList<>()).add(linkOf(d)));
        }

        Map<String, List<Update>> updatesByTask = updatesByTask(sources.progress(), sources.documents(), byId, numbers, recordFolders);

        Map<String, List<Task>> tasksByDocument = new HashMap<>();
        Map<String, List<Evidence>> evidenceFor = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        for (DocumentSource d : published) {
            List<Task> docTasks = tasksOf(d, updatesByTask);
            for (Task task : docTasks) {
                for (Update u : task.updates()) {
                    u.evidence().filter(e -> !e.external()).ifPresent(e -> evidenceFor
                            .computeIfAbsent(e.path().substring(0, e.path().length() - 1), k -> new ArrayList<>())
                            .add(new Evidence(task.path(), task.title(), task.document(), u.date(), u.state())));
                }
            }
            tasksByDocument.put(d.id(), docTasks);
            tasks.addAll(docTasks);
        }

        List<CitedNumber> cited = DocumentNumbers.citedNumbers(numbers, external, citedBy, numberWritings);
        Map<String, Integer> listedWithNumber = new HashMap<>();
        cited.forEach(c -> listedWithNumber.put(c.key(), c.documents().size()));
        Map<String, String> identifiers = DocumentNumbers.identifiers(published);
        List<Document> documents = new ArrayList<>();
        for (DocumentSource d : published) {
            List<DocLink> refs = new ArrayList<>();
            refTargets.get(d.id()).stream().map(external::canonical).distinct()
                    .forEach(t -> refs.add(t.startsWith("#") ? external.link(t, numbers) : linkOf(byId.get(t))));
            List<Evidence> reports = new ArrayList<>(evidenceFor.getOrDefault(d.id(), List.of()));
            reports.sort(Comparator.comparing(Evidence::date).thenComparing(Evidence::taskPath));
            String key = Folding.documentNumberKey(d.number().value());
            documents.add(new Document(d.id(), Urls.document(d.id()), d.type(), d.title(), d.date(), d.number().value(),
                    issuerOf(d), d.signer(), topicsOf(d), refs,
                    citedBy.getOrDefault(d.id(), List.of()), tasksByDocument.get(d.id()), reports, d.sourceUrl(),
                    attachmentsOf(d, files), d.editorNote(), d.body(), d.bodyLine(), d.path(), directivesOf(d), identifiers.get(d.id()),
                    d.number().value().isEmpty() ? "" : numbers.pagePath(key).orElse(""),
                    Math.max(0, listedWithNumber.getOrDefault(key, 1) - 1)));
        }
        Map<String, Document> documentsById = new HashMap<>();
        for (Document d : documents) {
            documentsById.put(d.id(), d);
        }
        return new Site(config, asOf, documents, tasks, cited, sources.attachments(), sources.theme(), documentsById, issuedLater,
                numbers, redirects(published));
    }

    /**
     * The aliases of published documents (a draft has no page to send readers to yet) and the site's
     * own old addresses from the config, by path. Whether each target page exists is for render to
     * say, which knows every page the site makes.
     */
    private List<Redirect> redirects(List<DocumentSource> published) {
        List<Redirect> redirects = new ArrayList<>();
        for (DocumentSource d : published) {
            DocLink link = linkOf(d);
            d.aliases().forEach(a -> redirects.add(new Redirect(a.value(), new Redirect.Target(link.path(), link.label()), a.pos(), true)));
        }
        for (OldAddress old : config.redirects()) {
            Optional<String> wrongFrom = Aliases.mistake(old.from().value(), "redirect from");
            Optional<String> wrongTo = Aliases.targetMistake(old.to().value());
            wrongFrom.ifPresent(m -> error(old.from().pos(), m));
            wrongTo.ifPresent(m -> error(old.to().pos(), m));
            if (wrongFrom.isEmpty() && wrongTo.isEmpty()) {
                String to = Aliases.targetPath(old.to().value());
                redirects.add(new Redirect(Aliases.path(old.from().value()), new Redirect.Target(to, "/" + to), old.from().pos(), false));
            }
        }
        redirects.sort(Comparator.comparing(Redirect::path).thenComparing(r -> r.pos().path()));
        return redirects;
    }

    /** Published on the as-of day: not a draft, and issued on or before it, so a past as-of day shows the portal as it stood. */
    private boolean isPublished(DocumentSource d) {
        return !d.draft() && !d.date().first().isAfter(asOf);
    }

    private Optional<Agency> issuerOf(DocumentSource d) {
        return d.issuer().map(i -> config.agencies().get(i.value()));
    }

    /**
     * Every published number, checked for documents issued twice: a number is the same document when
     * its year (of the number, or of the date) and its issuer are the same. A record without an issuer
     * could be from any, so it clashes with the same number of the same year from anyone.
     */
    private NumberIndex numbersOf(List<DocumentSource> published) {
        Map<String, List<NumberIndex.Entry>> byKey = new HashMap<>();
        Map<String, DocumentSource> sourceOf = new HashMap<>();
        for (DocumentSource d : published) {
            String number = d.number().value();
            if (number.isEmpty()) {
                continue;
            }
            String key = Folding.documentNumberKey(number);
            int year = CitationReader.ownYear(key).orElse(d.date().year());
            Optional<Agency> issuer = issuerOf(d);
            List<NumberIndex.Entry> same = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            Optional<NumberIndex.Entry> clash = same.stream().filter(e -> e.year() == year
                    && (issuer.isEmpty() || e.issuer().isEmpty() || e.issuer().get().id().equals(issuer.get().id()))).findFirst();
            if (clash.isPresent()) {
                NumberIndex.Entry e = clash.get();
                String other = sourceOf.get(e.recordId()).path();
                String when = " in " + year + (CitationReader.ownYear(key).isPresent() ? " (the year the number carries)" : "");
                error(d.number().pos(), issuer.isPresent() && e.issuer().isPresent()
                        ? "document number '" + number + "' is also used by " + other + ", issued by '" + issuer.get().id()
                                + "'" + when + " too; an issuer gives a number once a year"
                        : "document number '" + number + "' is also used by " + other + when
                                + ", and one of them names no issuer; add 'issuer' to tell them apart");
                continue;
            }
            same.add(new NumberIndex.Entry(d.id(), number, key, d.date(), year, issuer, linkOf(d)));
            sourceOf.put(d.id(), d);
        }
        return new NumberIndex(byKey, Map.of(), new CitationReader(config.agencyList()));
    }

    /** What a ref or evidence names: a record, or a document that is not on the portal, as its citation names it. */
    private record Target(Optional<DocumentSource> record, Optional<Citation> external) {
    }

    /**
     * A ref is a record id when it is one, or looks like one (a lowercase path under a folder that holds
     * records); anything else is a citation: a document number, matched ignoring case, spaces, Đ/D, dash
     * forms and leading zeros, perhaps with its date and issuer. A draft is never a target of something
     * published.
     */
    private Optional<Target> target(Located<String> ref, DocumentSource from, Map<String, DocumentSource> byId,
                                    NumberIndex numbers, Set<String> recordFolders) {
        String text = ref.value().strip();
        Optional<String> pathMistake = pathMistake(text);
        if (pathMistake.isPresent()) {
            error(ref.pos(), pathMistake.get());
            return Optional.empty();
        }
        DocumentSource record = byId.get(text);
        if (record == null && text.contains("/") && Text.isRecordId(text) && recordFolders.contains(text.substring(0, text.indexOf('/')))) {
            error(ref.pos(), "unknown record '" + text + "'" + Suggestions.didYouMean(text, byId.keySet()));
            return Optional.empty();
        }
        if (record == null) {
            CitationReader.Read read = numbers.reader().ref(text);
            if (read.error().isPresent()) {
                error(ref.pos(), "'" + text + "': " + read.error().get());
                return Optional.empty();
            }
            Citation citation = read.citation().orElseGet(() ->
                    new Citation(text, Folding.documentNumberKey(text), Optional.empty(), Optional.empty(), ""));
            if (citation.key().isEmpty() || Folding.slug(citation.number()).isEmpty()) {
                error(ref.pos(), "'" + text + "' is neither a record id nor a document number");
                return Optional.empty();
            }
            List<NumberIndex.Entry> found = numbers.candidates(citation);
            if (found.size() > 1) {
                error(ref.pos(), ambiguous(text, found));
                return Optional.empty();
            }
            if (found.isEmpty()) {
                return Optional.of(new Target(Optional.empty(), Optional.of(citation)));
            }
            record = byId.get(found.get(0).recordId());
        }
        if (record.draft() && !from.draft()) {
            error(ref.pos(), "'" + text + "' is a draft (" + record.path() + "); publish it or remove the reference");
            return Optional.empty();
        }
        if (!isPublished(record) && isPublished(from)) {
            // issued after the as-of day: not on the portal of that day, so cited like any document that is not on it
            String number = record.number().value();
            return number.isEmpty() ? Optional.empty() : Optional.of(new Target(Optional.empty(), Optional.of(new Citation(number,
                    Folding.documentNumberKey(number), Optional.of(record.date()), issuerOf(record),
                    issuerOf(record).map(Agency::name).orElse("")))));
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
    private static Optional<String> pathMistake(String text) {
        String usage = "; a reference is a record id (plans/2023-05-27-kh-122) or a document number (122/KH-UBND)";
        if (text.toLowerCase(java.util.Locale.ROOT).endsWith(".md") && !text.contains(" ")) {
            return Optional.of("'" + text + "' names a file; write the record id without '.md'" + usage);
        }
        boolean path = text.startsWith("/") || text.startsWith("\\") || text.startsWith("~/") || text.matches("^[A-Za-z]:[\\\\/].*");
        for (String step : text.split("[/\\\\]", -1)) {
            path |= step.equals(".") || step.equals("..");
        }
        return path ? Optional.of("'" + text + "' is a file path, not a reference" + usage) : Optional.empty();
    }

    /** Where a reference leads: a record id, or "#" and the identity of a document not on the portal. */
    private record Resolved(String key, Optional<Citation> external) {
    }

    private Optional<Resolved> resolve(Located<String> ref, DocumentSource from, Map<String, DocumentSource> byId,
                                       NumberIndex numbers, Set<String> recordFolders) {
        return target(ref, from, byId, numbers, recordFolders).flatMap(t -> {
            if (t.record().isEmpty()) {
                return Optional.of(new Resolved("#" + ExternalDocuments.identity(t.external().get()), t.external()));
            }
            if (t.record().get().id().equals(from.id())) {
                error(ref.pos(), "a document cannot refer to itself");
                return Optional.empty();
            }
            return Optional.of(new Resolved(t.record().get().id(), Optional.empty()));
        });
    }

    private Map<String, List<Update>> updatesByTask(List<ProgressSource> progress, List<DocumentSource> all,
                                                    Map<String, DocumentSource> byId, NumberIndex numbers, Set<String> recordFolders) {
        Set<String> taskIds = new LinkedHashSet<>();
        Map<String, TaskSource> tasksById = new HashMap<>();
        for (DocumentSource d : all) {
            for (TaskSource t : d.tasks()) {
                taskIds.add(d.id() + "#" + t.id().value());
                tasksById.put(d.id() + "#" + t.id().value(), t);
            }
        }
        Map<String, List<Update>> updates = new HashMap<>();
        for (ProgressSource p : progress) {
            String taskId = p.task().value().strip();
            if (!taskIds.contains(taskId)) {
                String recordId = taskId.substring(0, Math.max(0, taskId.indexOf('#')));
                String hint = byId.containsKey(recordId)
                        ? Suggestions.didYouMean(taskId, taskIds)
                        : " (no record '" + recordId + "'" + Suggestions.closest(recordId, byId.keySet()).map(s -> "; did you mean '" + s + "'?").orElse("") + ")";
                error(p.task().pos(), "progress for unknown task '" + taskId + "'" + hint);
                continue;
            }
            DocumentSource taskDocument = byId.get(taskId.substring(0, taskId.indexOf('#')));
            Optional<Recurrence.Period> period = periodOf(p, taskId, tasksById.get(taskId), taskDocument);
            if (p.date().isAfter(asOf)) {
                continue;
            }
            Optional<DocLink> evidence = p.evidence().flatMap(e -> resolveEvidence(e, taskDocument, byId, numbers, recordFolders));
            updates.computeIfAbsent(taskId, k -> new ArrayList<>())
                    .add(new Update(p.date(), p.status(), p.percent(), p.note(), evidence, p.pos().path(), period));
        }
        // latest is by update date, not by file order; the sort is stable, so same-day updates keep path order
        updates.values().forEach(list -> list.sort(Comparator.comparing(Update::date)));
        return updates;
    }

    private Optional<DocLink> resolveEvidence(Located<String> e, DocumentSource taskDocument, Map<String, DocumentSource> byId,
                                              NumberIndex numbers, Set<String> recordFolders) {
        return target(e, taskDocument, byId, numbers, recordFolders).map(t -> t.record().map(this::linkOf).orElseGet(() -> {
            // a document cited only as evidence has no page of its own; it links to its number's page where there is one
            Citation c = t.external().orElseThrow();
            return new DocLink(numbers.pagePath(c.key()).orElse(""), c.number(), "", "", c.date().map(d -> d.display()).orElse(""),
                    true, c.issuer().map(Agency::name).orElse(c.issuerText()));
        }));
    }

    /**
     * The period a progress update reports on, for a task with a recurring deadline: the one it names
     * in {@code period}, or else the one its date falls in (before the first period: the first; after
     * the last: the last).
     */
    private Optional<Recurrence.Period> periodOf(ProgressSource p, String taskId, TaskSource task, DocumentSource document) {
        Optional<Recurrence> recurrence = task.deadline().recurrence().filter(Recurrence::hasPeriods);
        LocalDate issued = document.date().first();
        if (p.period().isEmpty()) {
            return recurrence.map(r -> r.periodFor(p.date(), issued));
        }
        Located<PartialDate> written = p.period().get();
        if (recurrence.isEmpty()) {
            error(written.pos(), "field 'period': task '" + taskId + "' has no recurring deadline, so its updates name no period");
            return Optional.empty();
        }
        Recurrence r = recurrence.get();
        PartialDate.Precision wanted = switch (r.every()) {
            case YEAR -> PartialDate.Precision.YEAR;
            case QUARTER -> PartialDate.Precision.QUARTER;
            default -> PartialDate.Precision.MONTH;
        };
        if (written.value().precision() != wanted) {
            String form = switch (r.every()) {
                case YEAR -> "a year (YYYY)";
                case QUARTER -> "a quarter (YYYY-Qn)";
                default -> "a month (YYYY-MM)";
            };
            error(written.pos(), "field 'period': task '" + taskId + "' recurs every " + r.every().code()
                    + ", so its period is " + form + ", not '" + written.value().iso() + "'");
            return Optional.empty();
        }
        Recurrence.Period period = r.periodOf(written.value().first());
        Recurrence.Period first = r.first(issued);
        if (period.span().first().isBefore(first.span().first())) {
            error(written.pos(), "field 'period': '" + period.key() + "' is before the task's first period (" + first.key() + ")");
            return Optional.empty();
        }
        Optional<Recurrence.Period> last = r.last();
        if (last.isPresent() && period.span().first().isAfter(last.get().span().first())) {
            error(written.pos(), "field 'period': '" + period.key() + "' is after the task's last period (" + last.get().key() + ")");
            return Optional.empty();
        }
        return Optional.of(period);
    }

    /** A document's tasks in the order written; each sub-task is made before its parent, whose status may follow it. */
    private List<Task> tasksOf(DocumentSource d, Map<String, List<Update>> updatesByTask) {
        Map<String, TaskSource> byLocalId = new LinkedHashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (TaskSource ts : d.tasks()) {
            byLocalId.put(ts.id().value(), ts);
        }
        for (TaskSource ts : d.tasks()) {
            ts.parent().filter(p -> byLocalId.containsKey(p.value()))
                    .ifPresent(p -> children.computeIfAbsent(p.value(), k -> new ArrayList<>()).add(ts.id().value()));
        }
        Map<String, Task> made = new HashMap<>();
        List<Task> out = new ArrayList<>();
        for (TaskSource ts : d.tasks()) {
            out.add(task(d, ts, byLocalId, children, updatesByTask, made, new HashSet<>()));
        }
        return out;
    }

    private Task task(DocumentSource d, TaskSource ts, Map<String, TaskSource> byLocalId, Map<String, List<String>> children,
                      Map<String, List<Update>> updatesByTask, Map<String, Task> made, Set<String> visiting) {
        String localId = ts.id().value();
        Task done = made.get(localId);
        if (done != null) {
            return done;
        }
        List<Task> subtasks = new ArrayList<>();
        if (visiting.add(localId)) {
            // a loop through 'parent' is reported by the parser; its tasks are made without sub-tasks
            for (String child : children.getOrDefault(localId, List.of())) {
                if (!visiting.contains(child)) {
                    subtasks.add(task(d, byLocalId.get(child), byLocalId, children, updatesByTask, made, visiting));
                }
            }
        }
        List<Update> updates = updatesByTask.getOrDefault(d.id() + "#" + localId, List.of());
        List<Agency> leads = ts.leads().stream().map(l -> config.agencies().get(l.value())).filter(a -> a != null).toList();
        List<Agency> support = ts.support().stream().map(l -> config.agencies().get(l.value())).filter(a -> a != null).toList();
        LocalDate issued = d.date().first();
        List<PeriodStatus> periods = TaskStatuses.periods(ts.deadline(), issued, updates, asOf);
        TaskStatus status = !subtasks.isEmpty() && updates.isEmpty()
                ? TaskStatuses.combine(subtasks.stream().map(Task::status).toList())
                : TaskStatuses.compute(ts.deadline(), issued, updates, asOf);
        Optional<Update> latest = updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
        // a recurring task's percent is the current period's: last year's 100% says nothing about this year
        List<Update> current = periods.isEmpty() ? updates : periods.get(periods.size() - 1).updates();
        Optional<Update> latestCurrent = current.isEmpty() ? Optional.empty() : Optional.of(current.get(current.size() - 1));
        Optional<Integer> percent = latestCurrent.flatMap(u -> u.percent().isPresent() ? u.percent()
                : u.state() == ProgressState.DONE ? Optional.of(100) : Optional.empty());
        Optional<LocalDate> updated = Stream.concat(latest.map(Update::date).stream(),
                subtasks.stream().flatMap(s -> s.updated().stream())).max(Comparator.naturalOrder());
        Optional<PartialDate> due = periods.isEmpty() ? ts.due()
                : Optional.of(PartialDate.ofDay(periods.get(periods.size() - 1).period().due()));
        Optional<TaskLink> parent = ts.parent().map(Located::value).map(byLocalId::get)
                .map(p -> new TaskLink(p.id().value(), Urls.task(d.id(), p.id().value()), p.title()));
        Task task = new Task(d.id() + "#" + localId, localId, Urls.task(d.id(), localId),
                Urls.taskInDocument(d.id(), localId), linkOf(d), issued, ts.title(), leads, support, due, ts.dueText(), ts.note(), updates,
                status, percent, updated, ts.deadline(), periods, parent, subtasks,
                ts.topics().map(list -> list.stream().map(t -> config.topics().get(t.value())).filter(t -> t != null).distinct().toList())
                        .orElseGet(() -> topicsOf(d)));
        made.put(localId, task);
        return task;
    }

    /** Anchors chi-dao-1, chi-dao-2, … on the document's page, in the order written. */
    private List<Directive> directivesOf(DocumentSource d) {
        List<Directive> out = new ArrayList<>();
        for (DirectiveSource s : d.directives()) {
            List<Agency> to = s.to().stream().map(a -> config.agencies().get(a.value())).filter(a -> a != null).toList();
            out.add(new Directive(DIRECTIVE_ANCHOR + (out.size() + 1), s.text(), to, s.note()));
        }
        return out;
    }

    private List<Topic> topicsOf(DocumentSource d) {
        return d.topics().stream().map(t -> config.topics().get(t.value())).filter(t -> t != null).distinct().toList();
    }

    private List<Attachment> attachmentsOf(DocumentSource d, Map<String, AttachmentSource> files) {
        String folder = d.id().contains("/") ? d.id().substring(0, d.id().lastIndexOf('/') + 1) : "";
        List<Attachment> out = new ArrayList<>();
        for (Located<String> a : d.attachments()) {
            String written = a.value().strip();
            Optional<String> path = containedPath(folder, written);
            if (path.isEmpty()) {
                error(a.pos(), "attachment path '" + written + "' leaves content/ or is not a plain relative path (no leading '/', drive letter, '\\' or control characters)");
                continue;
            }
            AttachmentSource file = files.get(path.get());
            if (file == null) {
                error(a.pos(), "attachment '" + written + "' not found: no file content/" + path.get());
                continue;
            }
            out.add(new Attachment(path.get().substring(path.get().lastIndexOf('/') + 1), Urls.attachment(path.get()), file.size()));
        }
        return out;
    }

    /** {@code folder + written}, normalised; empty when it would leave content/. */
    static Optional<String> containedPath(String folder, String written) {
        if (written.isEmpty() || written.startsWith("/") || written.contains("\\") || written.matches("^[A-Za-z]:.*")
                || written.chars().anyMatch(c -> c < 0x20)) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>(List.of((folder + written).split("/")));
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (out.isEmpty()) {
                    return Optional.empty();
                }
                out.remove(out.size() - 1);
            } else {
                out.add(part);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(String.join("/", out));
    }

    private DocLink linkOf(DocumentSource d) {
        return links.computeIfAbsent(d.id(), id -> new DocLink(Urls.document(id), d.number().value(), d.title(), d.type().singularKey(),
                d.date().display(), false, issuerOf(d).map(Agency::name).orElse("")));
    }

    private void error(SourcePos pos, String message) {
        problems.add(new Problem(pos, message));
    }
}
