package congkhai.assemble;

import congkhai.base.Located;
import congkhai.base.Parsed;
import congkhai.base.Text;
import congkhai.config.OldAddress;
import congkhai.config.SiteConfig;
import congkhai.load.Aliases;
import congkhai.load.AttachmentSource;
import congkhai.load.DirectiveSource;
import congkhai.load.DocumentSource;
import congkhai.load.OwnFields;
import congkhai.load.ProgressSource;
import congkhai.load.SiteSources;
import congkhai.model.Agency;
import congkhai.model.Attachment;
import congkhai.model.CitedNumber;
import congkhai.model.Directive;
import congkhai.model.DocLink;
import congkhai.model.Evidence;
import congkhai.model.NumberedDocument;
import congkhai.model.Redirect;
import congkhai.model.Task;
import congkhai.model.Update;
import congkhai.model.Urls;
import congkhai.text.Folding;

import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The assemble stage: checks every cross-reference (agencies, topics, refs, tasks, attachments),
 * links documents both ways and computes task statuses against the as-of day. What a ref or an
 * evidence names, and the numbers citations are matched against, are {@link References}' job; the
 * tasks and their updates {@link TaskAssembler}'s; this class puts the documents together.
 */
public final class Assembler {

    /** Directives are anchored chi-dao-1, chi-dao-2, … on their document's page. */
    public static final String DIRECTIVE_ANCHOR = "chi-dao-";

    private static final Comparator<DocumentSource> NEWEST_FIRST = Comparator
            .comparing((DocumentSource d) -> d.date().first()).reversed()
            .thenComparing(DocumentSource::id);

    /** What reports on a document's tasks name it, oldest first; the sort is stable, so one day's updates of a task keep their order. */
    private static final Comparator<Evidence> REPORTS_ORDER = Comparator.comparing(Evidence::date).thenComparing(Evidence::taskPath);

    private final Assembly assembly;
    private final SiteConfig config;

    private Assembler(SiteConfig config, LocalDate asOf) {
        this.assembly = new Assembly(config, asOf);
        this.config = config;
    }

    public static Parsed<Site> assemble(SiteConfig config, SiteSources sources, LocalDate asOf) {
        return assemble(config, sources, asOf, AssemblyMemo.forOneAssembly());
    }

    /**
     * Assembles the site, taking from {@code memo} what an earlier assembly with it worked out from the
     * same inputs (see {@link AssemblyMemo}) and keeping there what this one works out: a preview's
     * assembly after an edit of a title, a task or a progress update.
     */
    public static Parsed<Site> assemble(SiteConfig config, SiteSources sources, LocalDate asOf, AssemblyMemo memo) {
        Assembler a = new Assembler(config, asOf);
        Site site = a.build(sources, memo);
        return Parsed.of(site, a.assembly.problems());
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
            if (!before.withOwn(after.own()).equals(after)) {
                return Optional.empty();
            }
            Document d = previous.documentsById().get(after.id());
            if (d != null) {
                replaced.put(d.id(), d.withOwn(after.own()));
            }
        }
        if (replaced.isEmpty()) {
            return Optional.of(previous);
        }
        List<Document> documents = previous.documents().stream().map(d -> replaced.getOrDefault(d.id(), d)).toList();
        Map<String, Document> byId = new HashMap<>(previous.documentsById());
        byId.putAll(replaced);
        return Optional.of(previous.withDocuments(documents, byId));
    }

    private static boolean reportsOnAny(ProgressSource p, List<String> records) {
        for (String id : records) {
            if (p.reportsOn(id)) {
                return true;
            }
        }
        return false;
    }

    /** As many records as an edit in place usually names, below which they are looked for one by one. */
    private static final int FEW_RECORDS = 8;

    /**
     * {@code previous} after edits that changed only records' titles, tasks and own fields, the dates
     * of records without a number, and progress files that were edited: the tasks of the records those
     * name are made again, with the reports of the documents their updates name as evidence; every link
     * to a retitled or redated record (in refs and backlinks, numbers, evidence, redirects) takes its
     * new title and date, and a redated record moves to its place in the lists of documents and of
     * backlinks; every other document, task and number stays the same object. Empty when an edit
     * changed anything else (a number or a numbered record's date, which change what refs name; a ref;
     * whether a record is published), or when the edited tasks or updates have problems: then the site
     * must be assembled again, which reports them as a build does. These are the most frequent edits
     * of a portal, and at ten thousand records a whole assembly takes half a second.
     *
     * @param sources     everything the load stage read, after the edits
     * @param progressFor the records whose tasks the edited progress files named, before or after the edit
     */
    public static Optional<Site> withRecordsEdited(Site previous, SiteSources sources, List<Edit> edits, Set<String> progressFor) {
        Set<String> affected = new HashSet<>(progressFor);
        Map<String, OwnFields> own = new HashMap<>();
        Map<String, DocumentSource> relabelled = new HashMap<>();
        boolean redated = false;
        Assembler a = new Assembler(previous.config(), previous.asOf());
        for (Edit e : edits) {
            DocumentSource before = e.before();
            DocumentSource after = e.after();
            if (!before.withEditableFieldsOf(after).equals(after)) {
                return Optional.empty();
            }
            if (!before.date().equals(after.date())) {
                // a number's date tells it apart from the same number of other years; a record dated past the as-of day is not published
                if (!after.number().value().isEmpty() || a.assembly.isPublished(before) != a.assembly.isPublished(after)) {
                    return Optional.empty();
                }
                redated = true;
            }
            affected.add(after.id());
            own.put(after.id(), after.own());
            if (!before.title().equals(after.title()) || !before.date().equals(after.date())) {
                relabelled.put(Urls.document(after.id()), after);
            }
        }
        // the updates that name a relabelled record as evidence link it by its title and date: their tasks are made again
        affected.addAll(citingAsEvidence(previous, relabelled.keySet()));
        // the records an edit's tasks and updates name are looked up one by one: ten thousand need not be put in maps
        Map<String, DocumentSource> byId = new SourcesById(previous, sources);
        TaskAssembler taskAssembler = new TaskAssembler(a.assembly, new References(a.assembly, byId, () -> recordFolders(sources), Map.of(), false),
                Map.of(), false);
        // an edit names a record or two: asking each entry of the site about them, in a plain loop, spares cutting
        // out every entry's record id (and a stream for each entry)
        List<String> few = affected.size() <= FEW_RECORDS ? List.copyOf(affected) : List.of();
        List<ProgressSource> progress = new ArrayList<>();
        for (ProgressSource p : sources.progress()) {
            if (few.isEmpty() ? affected.contains(p.recordId()) : reportsOnAny(p, few)) {
                progress.add(p);
            }
        }
        List<DocumentSource> affectedSources = new ArrayList<>();
        affected.stream().sorted().map(byId::get).filter(Objects::nonNull).forEach(affectedSources::add);
        Map<String, List<Update>> updatesByTask = taskAssembler.updatesByTask(progress, affectedSources, byId, previous.numbers());

        Map<String, List<Task>> tasksByDocument = new HashMap<>();
        Map<String, List<Evidence>> evidenceFor = new HashMap<>();
        Set<String> reported = new HashSet<>();
        Set<String> remade = new HashSet<>();
        Map<String, DocLink> links = new HashMap<>();
        for (DocumentSource d : affectedSources) {
            Document was = previous.documentsById().get(d.id());
            if (was == null) {
                // a draft, or dated after the as-of day: it is on no page
                continue;
            }
            List<Task> tasks = taskAssembler.tasksOf(d, updatesByTask);
            tasks.forEach(task -> addEvidence(task, evidenceFor));
            tasksByDocument.put(d.id(), tasks);
            remade.add(was.path());
            Map<String, List<Evidence>> before = new HashMap<>();
            was.tasks().forEach(task -> addEvidence(task, before));
            reported.addAll(before.keySet());
            if (relabelled.containsKey(was.path())) {
                links.put(was.path(), a.assembly.linkOf(d));
            }
        }
        if (!a.assembly.problems().isEmpty()) {
            return Optional.empty();
        }
        reported.addAll(evidenceFor.keySet());
        UnaryOperator<DocLink> relink = l -> l.external() ? l : links.getOrDefault(l.path(), l);
        // a redated document moves to its place, newest first as a whole assembly lists them, and so do the links to it
        // in lists of backlinks, which follow that order; a list without such a link keeps its order
        Comparator<Document> newestFirst = Comparator.comparing((Document d) -> Optional.ofNullable(relabelled.get(d.path()))
                .map(DocumentSource::date).orElse(d.date()).first()).reversed().thenComparing(Document::id);
        List<Document> order = redated ? moved(previous.documents(), d -> relabelled.containsKey(d.path()), newestFirst) : previous.documents();
        boolean reordered = redated;
        UnaryOperator<List<DocLink>> backlinks = list -> {
            List<DocLink> relinked = relinked(list, relink);
            return reordered && relinked != list ? inOrderOf(relinked, previous.documentsById(), newestFirst) : relinked;
        };

        // what links a relabelled record: the documents it cites and that cite it (refs and backlinks are each
        // other's mirror), the pages of its number and of the numbers it cites; nothing else is looked through
        Set<String> linking = new HashSet<>();
        Set<String> numberPages = new HashSet<>();
        for (String path : links.keySet()) {
            Document r = previous.documentsById().get(recordIdOf(path));
            r.citedBy().forEach(l -> linking.add(recordIdOf(l.path())));
            addIfAny(numberPages, r.numberPath());
            for (DocLink l : r.refs()) {
                if (l.external()) {
                    addIfAny(numberPages, l.path());
                } else {
                    linking.add(recordIdOf(l.path()));
                    Optional.ofNullable(previous.documentsById().get(recordIdOf(l.path()))).ifPresent(d -> addIfAny(numberPages, d.numberPath()));
                }
            }
        }

        List<Document> documents = new ArrayList<>(order.size());
        Map<String, Document> documentsById = new HashMap<>(previous.documentsById());
        for (Document d : order) {
            String id = d.id();
            if (!linking.contains(id) && !tasksByDocument.containsKey(id) && !reported.contains(id) && !own.containsKey(id)) {
                documents.add(d);
                continue;
            }
            List<DocLink> refs = relinked(d.refs(), relink);
            List<DocLink> citedBy = backlinks.apply(d.citedBy());
            boolean tasks = tasksByDocument.containsKey(id);
            boolean reports = reported.contains(id);
            if (!tasks && !reports && !own.containsKey(id) && refs == d.refs() && citedBy == d.citedBy()) {
                documents.add(d);
                continue;
            }
            List<Evidence> reportsOn = d.reportsOn();
            if (reports) {
                List<Evidence> kept = new ArrayList<>(d.reportsOn().stream().filter(e -> !remade.contains(e.taskDocument().path())).toList());
                kept.addAll(evidenceFor.getOrDefault(d.id(), List.of()));
                kept.sort(REPORTS_ORDER);
                reportsOn = kept;
            }
            DocumentSource source = relabelled.get(d.path());
            Document now = d.withTasks(tasksByDocument.getOrDefault(d.id(), d.tasks()), reportsOn).withOwn(own.getOrDefault(d.id(), d.own()))
                    .withLinks(source == null ? d.title() : source.title(), source == null ? d.date() : source.date(), refs, citedBy);
            // an unchanged document stays the object the kept pages were rendered from, which their keys compare at once
            now = now.equals(d) ? d : now;
            documents.add(now);
            documentsById.put(d.id(), now);
        }
        List<Task> tasks = new ArrayList<>(previous.tasks().size());
        documents.forEach(d -> tasks.addAll(d.tasks()));
        if (links.isEmpty()) {
            return Optional.of(previous.withDocuments(documents, documentsById, tasks));
        }
        List<CitedNumber> cited = new ArrayList<>(previous.citedNumbers());
        for (int at : placesOf(cited, numberPages)) {
            CitedNumber c = cited.get(at);
            List<NumberedDocument> numbered = new ArrayList<>(c.documents().size());
            for (NumberedDocument n : c.documents()) {
                Optional<DocLink> record = n.record().map(relink);
                List<DocLink> citing = backlinks.apply(n.citedBy());
                numbered.add(record.equals(n.record()) && citing == n.citedBy() ? n
                        : new NumberedDocument(n.number(), n.date(), n.year(), n.issuer(), n.issuerName(), record, citing));
            }
            cited.set(at, numbered.equals(c.documents()) ? c : DocumentNumbers.cited(c, numbered));
        }
        List<Redirect> redirects = previous.redirects().stream().map(r -> !r.document() || !links.containsKey(r.target().path()) ? r
                : new Redirect(r.path(), new Redirect.Target(r.target().path(), links.get(r.target().path()).label()), r.pos(), true)).toList();
        return Optional.of(new Site(previous.config(), previous.asOf(), documents, tasks, cited, previous.attachments(), previous.theme(),
                documentsById, previous.issuedLater(), previous.numbers().withLinks(relink), redirects));
    }

    /**
     * The ids of the records whose tasks' updates name one of {@code paths} as evidence, found in what
     * each of those documents lists as reported on it rather than in every update of every task, a pass
     * over the whole site at each title or date edit. A record that is on no page (a draft, or dated
     * after the as-of day) lists nothing, so the updates are scanned for it.
     */
    private static Set<String> citingAsEvidence(Site previous, Set<String> paths) {
        Set<String> records = new HashSet<>();
        for (String path : paths) {
            Document cited = previous.documentsById().get(recordIdOf(path));
            if (cited == null) {
                return citingAsEvidenceScanned(previous, paths);
            }
            for (Evidence e : cited.reportsOn()) {
                records.add(recordIdOf(e.taskDocument().path()));
            }
        }
        return records;
    }

    private static Set<String> citingAsEvidenceScanned(Site previous, Set<String> paths) {
        Set<String> records = new HashSet<>();
        for (Task t : previous.tasks()) {
            for (Update u : t.updates()) {
                Optional<DocLink> evidence = u.evidence();
                if (evidence.isPresent() && !evidence.get().external() && paths.contains(evidence.get().path())) {
                    records.add(t.recordId());
                }
            }
        }
        return records;
    }

    /** A record's id from the path of its page. */
    private static String recordIdOf(String path) {
        return path.substring(0, path.length() - 1);
    }

    private static void addIfAny(Set<String> paths, String path) {
        if (!path.isEmpty()) {
            paths.add(path);
        }
    }

    /** Where the numbers whose pages are at {@code paths} are in {@code cited}, which is sorted by page (a page may list several). */
    private static List<Integer> placesOf(List<CitedNumber> cited, Set<String> paths) {
        List<Integer> places = new ArrayList<>();
        for (String path : paths) {
            int low = 0;
            int high = cited.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cited.get(mid).path().compareTo(path) < 0) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            for (int at = low; at < cited.size() && cited.get(at).path().equals(path); at++) {
                places.add(at);
            }
        }
        return places;
    }

    /**
     * {@code sorted} with the elements that {@code moves} takes out and put back where {@code order} places
     * them; the others keep their order, which {@code order} must already be: a binary search for each one
     * moved rather than sorting ten thousand documents.
     */
    private static <T> List<T> moved(List<T> sorted, Predicate<T> moves, Comparator<T> order) {
        List<T> kept = new ArrayList<>(sorted.size());
        List<T> moving = new ArrayList<>();
        for (T t : sorted) {
            (moves.test(t) ? moving : kept).add(t);
        }
        for (T t : moving) {
            int at = Collections.binarySearch(kept, t, order);
            kept.add(at < 0 ? -at - 1 : at, t);
        }
        return kept;
    }

    /** Links to documents of {@code byId} (by path) in {@code order} of the documents; the same list when already in it. */
    private static List<DocLink> inOrderOf(List<DocLink> links, Map<String, Document> byId, Comparator<Document> order) {
        Comparator<DocLink> byDocument = Comparator.comparing(l -> byId.get(recordIdOf(l.path())), Comparator.nullsLast(order));
        List<DocLink> sorted = new ArrayList<>(links);
        sorted.sort(byDocument);
        return sorted.equals(links) ? links : sorted;
    }

    /** {@code links} with each passed through {@code relink}; the same list when none changes. */
    private static List<DocLink> relinked(List<DocLink> links, UnaryOperator<DocLink> relink) {
        List<DocLink> out = null;
        for (int i = 0; i < links.size(); i++) {
            DocLink l = relink.apply(links.get(i));
            if (l != links.get(i) && out == null) {
                out = new ArrayList<>(links);
            }
            if (out != null) {
                out.set(i, l);
            }
        }
        return out == null ? links : out;
    }

    /** Adds what {@code task}'s updates name as evidence on the portal to {@code evidenceFor}, by the id of the document named. */
    private static void addEvidence(Task task, Map<String, List<Evidence>> evidenceFor) {
        for (Update u : task.updates()) {
            u.evidence().filter(e -> !e.external()).ifPresent(e -> evidenceFor
                    .computeIfAbsent(e.path().substring(0, e.path().length() - 1), k -> new ArrayList<>())
                    .add(new Evidence(task.path(), task.title(), task.document(), u.date(), u.state())));
        }
    }

    private Site build(SiteSources sources, AssemblyMemo memo) {
        Map<String, DocumentSource> byId = sourcesById(sources);
        List<DocumentSource> published = sources.documents().stream()
                .filter(assembly::isPublished).sorted(NEWEST_FIRST).toList();
        int issuedLater = (int) sources.documents().stream().filter(d -> !d.draft() && !assembly.isPublished(d)).count();
        Set<String> folders = recordFolders(sources);
        References references = new References(assembly, byId, () -> folders,
                memo.keeps() ? memo.outcomesFor(world(sources)) : Map.of(), memo.keeps());
        TaskAssembler taskAssembler = new TaskAssembler(assembly, references,
                memo.keeps() ? memo.tasksFor(new AssemblyMemo.Setting(assembly.asOf(), config.agencies(), config.topics())) : Map.of(),
                memo.keeps());
        NumberIndex unpaged = references.numbersOf(published);
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
                references.resolve(ref, d, unpaged).ifPresent(t -> {
                    if (!targets.contains(t.key())) {
                        targets.add(t.key());
                    }
                    t.external().filter(c -> assembly.isPublished(d)).ifPresent(c -> external.cited(c, t.key().substring(1)));
                });
            }
            refTargets.put(d.id(), targets);
        }

        Map<String, List<DocLink>> citedBy = new HashMap<>();
        for (DocumentSource d : published) {
            refTargets.get(d.id()).stream().map(external::canonical).distinct()
                    .forEach(t -> citedBy.computeIfAbsent(t, k -> new ArrayList<>()).add(assembly.linkOf(d)));
        }
        Map<String, String> numberWritings = DocumentNumbers.writings(published, external);
        Map<String, List<NumberedDocument>> documentsByNumber = DocumentNumbers.documentsByKey(unpaged, external, citedBy);
        NumberIndex numbers = unpaged.withPages(DocumentNumbers.places(numberWritings, documentsByNumber,
                Urls.otherIssuers(config.agencies().keySet())));

        Map<String, List<Update>> updatesByTask = taskAssembler.updatesByTask(sources.progress(), sources.documents(), byId, numbers);

        Map<String, List<Task>> tasksByDocument = new HashMap<>();
        Map<String, List<Evidence>> evidenceFor = new HashMap<>();
        List<Task> tasks = new ArrayList<>();
        for (DocumentSource d : published) {
            List<Task> docTasks = taskAssembler.tasksOf(d, updatesByTask);
            docTasks.forEach(task -> addEvidence(task, evidenceFor));
            tasksByDocument.put(d.id(), docTasks);
            tasks.addAll(docTasks);
        }

        if (memo.keeps()) {
            memo.keepOutcomes(references.outcomes());
            memo.keepTasks(taskAssembler.made());
        }

        List<CitedNumber> cited = DocumentNumbers.citedNumbers(documentsByNumber, numbers, numberWritings);
        Map<String, Integer> listedWithNumber = new HashMap<>();
        cited.forEach(c -> listedWithNumber.put(c.key(), c.documents().size()));
        Map<String, String> identifiers = DocumentNumbers.identifiers(published);
        List<Document> documents = new ArrayList<>();
        for (DocumentSource d : published) {
            List<DocLink> refs = new ArrayList<>();
            refTargets.get(d.id()).stream().map(external::canonical).distinct()
                    .forEach(t -> refs.add(t.startsWith("#") ? external.link(t, numbers) : assembly.linkOf(byId.get(t))));
            List<Evidence> reports = new ArrayList<>(evidenceFor.getOrDefault(d.id(), List.of()));
            reports.sort(REPORTS_ORDER);
            String key = Folding.documentNumberKey(d.number().value());
            documents.add(new Document(d.id(), Urls.document(d.id()), d.type(), d.title(), d.date(), d.number().value(),
                    assembly.issuerOf(d), assembly.topicsOf(d), refs, citedBy.getOrDefault(d.id(), List.of()), tasksByDocument.get(d.id()), reports,
                    attachmentsOf(d, files), d.path(), directivesOf(d), identifiers.get(d.id()),
                    d.number().value().isEmpty() ? "" : numbers.pagePath(key).orElse(""),
                    Math.max(0, listedWithNumber.getOrDefault(key, 1) - 1), d.own()));
        }
        Map<String, Document> documentsById = new HashMap<>();
        for (Document d : documents) {
            documentsById.put(d.id(), d);
        }
        return new Site(config, assembly.asOf(), documents, tasks, cited, sources.attachments(), sources.theme(), documentsById, issuedLater,
                numbers, redirects(published));
    }

    /**
     * The records read, by id, each found when asked for: a published record by the path of its source
     * in the sources, which are in path order; any other (or when that order is not the one searched),
     * in a map of all of them made the first time it is needed. Only sources that were read without
     * problems, whose ids are all record ids.
     */
    private static final class SourcesById extends AbstractMap<String, DocumentSource> {
        private final Site previous;
        private final SiteSources sources;
        private Map<String, DocumentSource> all;

        SourcesById(Site previous, SiteSources sources) {
            this.previous = previous;
            this.sources = sources;
        }

        @Override
        public DocumentSource get(Object key) {
            if (!(key instanceof String id) || !Text.isRecordId(id)) {
                // a number, or a ref with a typing error: no record's id (the load stage reports one that is not like this)
                return null;
            }
            Document d = previous.documentsById().get(id);
            if (d != null) {
                List<DocumentSource> documents = sources.documents();
                int low = 0;
                int high = documents.size() - 1;
                while (low <= high) {
                    int mid = (low + high) >>> 1;
                    DocumentSource s = documents.get(mid);
                    int c = s.path().compareTo(d.sourcePath());
                    if (c == 0) {
                        if (s.id().equals(key)) {
                            return s;
                        }
                        break;
                    }
                    if (c < 0) {
                        low = mid + 1;
                    } else {
                        high = mid - 1;
                    }
                }
            }
            return all().get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Entry<String, DocumentSource>> entrySet() {
            return all().entrySet();
        }

        private Map<String, DocumentSource> all() {
            if (all == null) {
                all = sourcesById(sources);
            }
            return all;
        }
    }

    /** The records read, by id. */
    private static Map<String, DocumentSource> sourcesById(SiteSources sources) {
        Map<String, DocumentSource> byId = new HashMap<>();
        for (DocumentSource d : sources.documents()) {
            byId.put(d.id(), d);
        }
        return byId;
    }

    /** The folders under content/ that hold records: a ref that starts with one looks like a record id. */
    private static Set<String> recordFolders(SiteSources sources) {
        Set<String> folders = new HashSet<>();
        String last = null;
        for (DocumentSource d : sources.documents()) {
            String id = d.id();
            int slash = Math.max(0, id.indexOf('/'));
            // records come folder by folder: the one before names the same folder, most of the time
            if (last == null || slash != last.length() || !id.startsWith(last)) {
                last = id.substring(0, slash);
                folders.add(last);
            }
        }
        return folders;
    }

    /** What of the site a ref's resolution can depend on, besides the ref and its record ({@link AssemblyMemo}). */
    private AssemblyMemo.World world(SiteSources sources) {
        List<AssemblyMemo.Identity> records = new ArrayList<>(sources.documents().size());
        for (DocumentSource d : sources.documents()) {
            boolean numbered = !d.number().value().isEmpty();
            records.add(new AssemblyMemo.Identity(d.id(), d.path(), d.draft(), assembly.isPublished(d), d.number(),
                    numbered ? d.date() : null, numbered ? d.issuer() : Optional.empty()));
        }
        return new AssemblyMemo.World(assembly.asOf(), config.agencyList(), records);
    }

    /**
     * The aliases of published documents (a draft has no page to send readers to yet) and the site's
     * own old addresses from the config, by path. Whether each target page exists is for render to
     * say, which knows every page the site makes.
     */
    private List<Redirect> redirects(List<DocumentSource> published) {
        List<Redirect> redirects = new ArrayList<>();
        for (DocumentSource d : published) {
            DocLink link = assembly.linkOf(d);
            d.aliases().forEach(a -> redirects.add(new Redirect(a.value(), new Redirect.Target(link.path(), link.label()), a.pos(), true)));
        }
        for (OldAddress old : config.redirects()) {
            Optional<String> wrongFrom = Aliases.mistake(old.from().value(), "redirect from");
            Optional<String> wrongTo = Aliases.targetMistake(old.to().value());
            wrongFrom.ifPresent(m -> assembly.error(old.from().pos(), m));
            wrongTo.ifPresent(m -> assembly.error(old.to().pos(), m));
            if (wrongFrom.isEmpty() && wrongTo.isEmpty()) {
                String to = Aliases.targetPath(old.to().value());
                redirects.add(new Redirect(Aliases.path(old.from().value()), new Redirect.Target(to, "/" + to), old.from().pos(), false));
            }
        }
        redirects.sort(Comparator.comparing(Redirect::path).thenComparing(r -> r.pos().path()));
        return redirects;
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

    private List<Attachment> attachmentsOf(DocumentSource d, Map<String, AttachmentSource> files) {
        String folder = d.id().contains("/") ? d.id().substring(0, d.id().lastIndexOf('/') + 1) : "";
        List<Attachment> out = new ArrayList<>();
        for (Located<String> a : d.attachments()) {
            String written = a.value().strip();
            Optional<String> path = containedPath(folder, written);
            if (path.isEmpty()) {
                assembly.error(a.pos(), "attachment path '" + written + "' leaves content/ or is not a plain relative path (no leading '/', drive letter, '\\' or control characters)");
                continue;
            }
            AttachmentSource file = files.get(path.get());
            if (file == null) {
                assembly.error(a.pos(), "attachment '" + written + "' not found: no file content/" + path.get());
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
}
