package congkhai.assemble;

import congkhai.base.Located;
import congkhai.base.Parsed;
import congkhai.base.Problem;
import congkhai.base.SourcePos;
import congkhai.base.Suggestions;
import congkhai.base.Text;
import congkhai.config.Agency;
import congkhai.config.SiteConfig;
import congkhai.config.Topic;
import congkhai.load.AttachmentSource;
import congkhai.load.DocumentSource;
import congkhai.load.ProgressSource;
import congkhai.load.SiteSources;
import congkhai.load.TaskSource;

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
import java.util.TreeMap;

/**
 * The assemble stage: checks every cross-reference (agencies, topics, refs, tasks, attachments),
 * links documents both ways and computes task statuses against the as-of day.
 */
public final class Assembler {

    /** Cited numbers with no record get a page here. */
    public static final String CITED_NUMBER_PATH = "so-hieu/";

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
                    before.pos());
            if (!onlyOwnFieldsChanged.equals(after)) {
                return Optional.empty();
            }
            Document d = previous.documentsById().get(after.id());
            if (d != null) {
                replaced.put(d.id(), new Document(d.id(), d.path(), d.type(), d.title(), d.date(), d.number(), d.issuer(),
                        after.signer(), d.topics(), d.refs(), d.citedBy(), d.tasks(), d.reportsOn(), after.sourceUrl(),
                        d.attachments(), after.editorNote(), after.body(), after.bodyLine(), d.sourcePath()));
            }
        }
        if (replaced.isEmpty()) {
            return Optional.of(previous);
        }
        List<Document> documents = previous.documents().stream().map(d -> replaced.getOrDefault(d.id(), d)).toList();
        Map<String, Document> byId = new HashMap<>(previous.documentsById());
        byId.putAll(replaced);
        return Optional.of(new Site(previous.config(), previous.asOf(), documents, previous.tasks(), previous.citedNumbers(),
                previous.attachments(), previous.theme(), byId, previous.issuedLater(), previous.redirects()));
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
        Map<String, DocumentSource> byNumber = numbersOf(published);
        Map<String, AttachmentSource> files = new HashMap<>();
        for (AttachmentSource a : sources.attachments()) {
            files.put(a.relativePath(), a);
        }

        // resolve every reference to a target key: a record id, or "#"+number key for an external number
        Map<String, List<String>> refTargets = new LinkedHashMap<>();
        Map<String, String> externalWriting = new TreeMap<>();
        for (DocumentSource d : sources.documents()) {
            List<String> targets = new ArrayList<>();
            for (Located<String> ref : d.refs()) {
                resolve(ref, d, byId, byNumber, recordFolders).ifPresent(t -> {
                    if (!targets.contains(t)) {
                        targets.add(t);
                    }
                    if (t.startsWith("#") && isPublished(d)) {
                        externalWriting.putIfAbsent(t, ref.value().strip());
                    }
                });
            }
            refTargets.put(d.id(), targets);
        }

        Map<String, String> externalPaths = externalPaths(externalWriting);
        Map<String, List<DocLink>> citedBy = new HashMap<>();
        for (DocumentSource d : published) {
            for (String t : refTargets.get(d.id())) {
                citedBy.computeIfAbsent(t, k -> new ArrayList<>()).add(linkOf(d));
            }
        }

        Map<String, List<Update>> updatesByTask = updatesByTask(sources.progress(), sources.documents(), byId, byNumber,
                recordFolders, externalPaths);

        Map<String, List<Task>> tasksByDocument = new HashMap<>();
        Map<String, List<Evidence>> evidenceFor = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        for (DocumentSource d : published) {
            List<Task> docTasks = new ArrayList<>();
            for (TaskSource ts : d.tasks()) {
                Task task = task(d, ts, updatesByTask.getOrDefault(d.id() + "#" + ts.id().value(), List.of()));
                docTasks.add(task);
                for (Update u : task.updates()) {
                    u.evidence().filter(e -> !e.external()).ifPresent(e -> evidenceFor
                            .computeIfAbsent(e.path().substring(0, e.path().length() - 1), k -> new ArrayList<>())
                            .add(new Evidence(task.path(), task.title(), task.document(), u.date(), u.state())));
                }
            }
            tasksByDocument.put(d.id(), docTasks);
            tasks.addAll(docTasks);
        }

        List<Document> documents = new ArrayList<>();
        for (DocumentSource d : published) {
            List<DocLink> refs = new ArrayList<>();
            for (String t : refTargets.get(d.id())) {
                refs.add(t.startsWith("#")
                        ? new DocLink(externalPaths.get(t), externalWriting.get(t), "", "", "", true)
                        : linkOf(byId.get(t)));
            }
            List<Evidence> reports = new ArrayList<>(evidenceFor.getOrDefault(d.id(), List.of()));
            reports.sort(Comparator.comparing(Evidence::date).thenComparing(Evidence::taskPath));
            documents.add(new Document(d.id(), d.id() + "/", d.type(), d.title(), d.date(), d.number().value(),
                    d.issuer().map(i -> config.agencies().get(i.value())), d.signer(), topicsOf(d), refs,
                    citedBy.getOrDefault(d.id(), List.of()), tasksByDocument.get(d.id()), reports, d.sourceUrl(),
                    attachmentsOf(d, files), d.editorNote(), d.body(), d.bodyLine(), d.path()));
        }
        List<CitedNumber> cited = new ArrayList<>();
        for (Map.Entry<String, String> e : externalWriting.entrySet()) {
            List<DocLink> citing = citedBy.getOrDefault(e.getKey(), List.of());
            if (!citing.isEmpty()) {
                cited.add(new CitedNumber(e.getValue(), externalPaths.get(e.getKey()), citing));
            }
        }
        cited.sort(Comparator.comparing(CitedNumber::path));
        Map<String, Document> documentsById = new HashMap<>();
        for (Document d : documents) {
            documentsById.put(d.id(), d);
        }
        return new Site(config, asOf, documents, tasks, cited, sources.attachments(), sources.theme(), documentsById, issuedLater,
                redirects(published));
    }

    /** The aliases of published documents, by path: a draft has no page to send readers to yet. */
    private List<Redirect> redirects(List<DocumentSource> published) {
        List<Redirect> redirects = new ArrayList<>();
        for (DocumentSource d : published) {
            d.aliases().forEach(a -> redirects.add(new Redirect(a.value(), linkOf(d), a.pos())));
        }
        redirects.sort(Comparator.comparing(Redirect::path).thenComparing(r -> r.pos().path()));
        return redirects;
    }

    /** Published on the as-of day: not a draft, and issued on or before it, so a past as-of day shows the portal as it stood. */
    private boolean isPublished(DocumentSource d) {
        return !d.draft() && !d.date().first().isAfter(asOf);
    }

    private Map<String, DocumentSource> numbersOf(List<DocumentSource> published) {
        Map<String, DocumentSource> byNumber = new HashMap<>();
        for (DocumentSource d : published) {
            if (d.number().value().isEmpty()) {
                continue;
            }
            DocumentSource other = byNumber.putIfAbsent(Text.documentNumberKey(d.number().value()), d);
            if (other != null) {
                error(d.number().pos(), "document number '" + d.number().value() + "' is also used by " + other.path());
            }
        }
        return byNumber;
    }

    /** What a ref or evidence names: a record, or a document number no record carries (by its key). */
    private record Target(Optional<DocumentSource> record, String externalKey) {
    }

    /**
     * A ref is a record id when it is one, or looks like one (a lowercase path under a folder that holds
     * records); anything else is a document number, matched ignoring case, spaces, Đ/D and dash forms.
     * A draft is never a target of something published.
     */
    private Optional<Target> target(Located<String> ref, DocumentSource from, Map<String, DocumentSource> byId,
                                    Map<String, DocumentSource> byNumber, Set<String> recordFolders) {
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
            String key = Text.documentNumberKey(text);
            if (key.isEmpty() || Text.slug(text).isEmpty()) {
                error(ref.pos(), "'" + text + "' is neither a record id nor a document number");
                return Optional.empty();
            }
            record = byNumber.get(key);
            if (record == null) {
                return Optional.of(new Target(Optional.empty(), "#" + key));
            }
        }
        if (record.draft() && !from.draft()) {
            error(ref.pos(), "'" + text + "' is a draft (" + record.path() + "); publish it or remove the reference");
            return Optional.empty();
        }
        if (!isPublished(record) && isPublished(from)) {
            // issued after the as-of day: not on the portal of that day, so cited like any outside number
            String number = record.number().value();
            return number.isEmpty() ? Optional.empty() : Optional.of(new Target(Optional.empty(), "#" + Text.documentNumberKey(number)));
        }
        return Optional.of(new Target(Optional.of(record), ""));
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

    /** Record id, or "#" and the number's key for a number no record carries. */
    private Optional<String> resolve(Located<String> ref, DocumentSource from, Map<String, DocumentSource> byId,
                                     Map<String, DocumentSource> byNumber, Set<String> recordFolders) {
        return target(ref, from, byId, byNumber, recordFolders).flatMap(t -> {
            if (t.record().isEmpty()) {
                return Optional.of(t.externalKey());
            }
            if (t.record().get().id().equals(from.id())) {
                error(ref.pos(), "a document cannot refer to itself");
                return Optional.empty();
            }
            return Optional.of(t.record().get().id());
        });
    }

    /** Page paths for external numbers: so-hieu/40-nq-tu/, with -2, -3 where two numbers share a slug. */
    private static Map<String, String> externalPaths(Map<String, String> externalWriting) {
        Map<String, String> paths = new HashMap<>();
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, String> e : externalWriting.entrySet()) {
            String base = Text.slug(e.getValue());
            String slug = base;
            for (int i = 2; !used.add(slug); i++) {
                slug = base + "-" + i;
            }
            paths.put(e.getKey(), CITED_NUMBER_PATH + slug + "/");
        }
        return paths;
    }

    private Map<String, List<Update>> updatesByTask(List<ProgressSource> progress, List<DocumentSource> all,
                                                    Map<String, DocumentSource> byId, Map<String, DocumentSource> byNumber,
                                                    Set<String> recordFolders, Map<String, String> externalPaths) {
        Set<String> taskIds = new LinkedHashSet<>();
        for (DocumentSource d : all) {
            for (TaskSource t : d.tasks()) {
                taskIds.add(d.id() + "#" + t.id().value());
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
            if (p.date().isAfter(asOf)) {
                continue;
            }
            DocumentSource taskDocument = byId.get(taskId.substring(0, taskId.indexOf('#')));
            Optional<DocLink> evidence = p.evidence().flatMap(e -> resolveEvidence(e, taskDocument, byId, byNumber, recordFolders, externalPaths));
            updates.computeIfAbsent(taskId, k -> new ArrayList<>())
                    .add(new Update(p.date(), p.status(), p.percent(), p.note(), evidence, p.pos().path()));
        }
        // latest is by update date, not by file order; the sort is stable, so same-day updates keep path order
        updates.values().forEach(list -> list.sort(Comparator.comparing(Update::date)));
        return updates;
    }

    private Optional<DocLink> resolveEvidence(Located<String> e, DocumentSource taskDocument, Map<String, DocumentSource> byId,
                                              Map<String, DocumentSource> byNumber, Set<String> recordFolders,
                                              Map<String, String> externalPaths) {
        return target(e, taskDocument, byId, byNumber, recordFolders).map(t -> t.record().map(this::linkOf).orElseGet(() -> {
            // a number cited only as evidence has no page of its own; it is shown without a link
            String path = externalPaths.getOrDefault(t.externalKey(), "");
            return new DocLink(path, e.value().strip(), "", "", "", true);
        }));
    }

    private Task task(DocumentSource d, TaskSource ts, List<Update> updates) {
        List<Agency> leads = ts.leads().stream().map(l -> config.agencies().get(l.value())).filter(a -> a != null).toList();
        List<Agency> support = ts.support().stream().map(l -> config.agencies().get(l.value())).filter(a -> a != null).toList();
        TaskStatus status = TaskStatuses.compute(ts.due(), updates, asOf);
        Optional<Update> latest = updates.isEmpty() ? Optional.empty() : Optional.of(updates.get(updates.size() - 1));
        Optional<Integer> percent = latest.flatMap(u -> u.percent().isPresent() ? u.percent()
                : u.state() == congkhai.load.ProgressState.DONE ? Optional.of(100) : Optional.empty());
        Optional<LocalDate> updated = latest.map(Update::date);
        return new Task(d.id() + "#" + ts.id().value(), ts.id().value(), d.id() + "/" + ts.id().value() + "/",
                d.id() + "/#" + ts.id().value(), linkOf(d), d.date().first(),
                ts.title(), leads, support, ts.due(), ts.dueText(), ts.note(), updates, status, percent, updated);
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
            out.add(new Attachment(path.get().substring(path.get().lastIndexOf('/') + 1), path.get(), file.size()));
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
        return links.computeIfAbsent(d.id(),
                id -> new DocLink(id + "/", d.number().value(), d.title(), d.type().singular(), d.date().display(), false));
    }

    private void error(SourcePos pos, String message) {
        problems.add(new Problem(pos, message));
    }
}
