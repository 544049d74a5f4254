package congkhai.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Searches the Lucene index of a built site, for the command line and the preview server.
 * Thread-safe; open one per index.
 */
public final class LuceneSearch implements AutoCloseable {

    public enum Order { RELEVANCE, DATE }

    /** How many of a document's matching tasks a result shows; the others are counted. */
    public static final int TASKS_SHOWN = 3;

    /**
     * One record, with the passage to show. {@code matched} is false for a document shown only
     * because tasks of it match.
     */
    public record Hit(String id, String type, String typeLabel, String title, String number, String url, String date,
                      String issuer, String source, float score, Passages.Snippet snippet, String status, String statusLabel,
                      String leads, String deadline, boolean matched) {
    }

    /**
     * One result: a document with its best matching tasks and how many more match; or, when tasks
     * are listed alone, a task with none. Its score is the document's own plus its best task's, half
     * its second's and a quarter of its third's: a document whose text and tasks match beats one
     * task that matches.
     */
    public record Group(Hit record, double score, List<Hit> tasks, int moreTasks) {
        public Group {
            tasks = List.copyOf(tasks);
        }
    }

    public record Results(int total, List<Group> groups) {
        public Results {
            groups = List.copyOf(groups);
        }
    }

    /** What the best tasks of a document add to its score, by rank: see {@link Group}. */
    public static final double[] TASK_SHARES = {1, 0.5, 0.25};

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final List<List<String>> aliases;
    private final congkhai.assemble.CitationReader citations;
    /** Record number to Lucene document, and back, and each document's record's parent record. */
    private final int[] docOfRecord;
    private final int[] recordOfDoc;
    private final int[] parentOfDoc;

    private LuceneSearch(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(SearchFields.similarity());
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.core.type.TypeReference<List<List<String>>> lists = new com.fasterxml.jackson.core.type.TypeReference<>() { };
        String table = reader.getIndexCommit().getUserData().get(SearchIndexer.ALIASES_KEY);
        this.aliases = table == null ? SearchAliases.BUILT_IN : json.readValue(table, lists);
        String agencies = reader.getIndexCommit().getUserData().get(SearchIndexer.AGENCIES_KEY);
        this.citations = new congkhai.assemble.CitationReader(agencies == null ? List.of() : SearchIndexer.agencies(json.readValue(agencies, lists)));
        int max = reader.maxDoc();
        docOfRecord = new int[max];
        recordOfDoc = new int[max];
        parentOfDoc = new int[max];
        for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
            org.apache.lucene.index.NumericDocValues order = leaf.reader().getNumericDocValues(SearchFields.ORDER);
            org.apache.lucene.index.NumericDocValues parent = leaf.reader().getNumericDocValues(SearchFields.PARENT);
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                int doc = leaf.docBase + d;
                recordOfDoc[doc] = order.advanceExact(d) ? (int) order.longValue() : doc;
                parentOfDoc[doc] = parent != null && parent.advanceExact(d) ? (int) parent.longValue() : recordOfDoc[doc];
                docOfRecord[recordOfDoc[doc]] = doc;
            }
        }
    }

    /** Opens the index of the site built into {@code site}; empty when it has none. */
    public static Optional<LuceneSearch> open(Path site) throws IOException {
        Optional<Path> dir = LuceneLocation.find(site);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LuceneSearch(FSDirectory.open(dir.get())));
    }

    /**
     * What identifies the index now in {@code site}, so a server can tell that a rebuild replaced it:
     * its commit file's identity and time, or empty when there is no index.
     */
    public static Optional<Object> version(Path site) throws IOException {
        Optional<Path> dir = LuceneLocation.find(site);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir.get())) {
            Optional<Path> commit = files.filter(f -> f.getFileName().toString().startsWith("segments_")).max(Path::compareTo);
            if (commit.isEmpty()) {
                return Optional.empty();
            }
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(commit.get(), java.nio.file.attribute.BasicFileAttributes.class);
            return Optional.of(List.of(commit.get().toString(), String.valueOf(a.fileKey()), a.lastModifiedTime().toString()));
        }
    }

    public SearchQuery parse(String text) {
        return SearchQuery.parse(text, aliases, Optional.of(citations));
    }

    /** A matching record: its Lucene document, record number and score. */
    private record Match(int doc, int record, float score) {
    }

    private static final java.util.Comparator<Match> BEST_FIRST =
            java.util.Comparator.comparingDouble((Match m) -> -m.score()).thenComparingInt(Match::record);

    public Results search(String text, SearchFilters filters, Order order, int limit) throws IOException {
        SearchQuery query = parse(text);
        Optional<Query> lucene = toLucene(query, filters);
        if (lucene.isEmpty() || limit <= 0) {
            return new Results(0, List.of());
        }
        // every match, for grouping: a portal has some tens of thousands of records at most
        TopDocs all = searcher.search(lucene.get(), Math.max(1, reader.maxDoc()));
        List<Match> matches = new ArrayList<>();
        for (ScoreDoc sd : all.scoreDocs) {
            matches.add(new Match(sd.doc, recordOfDoc[sd.doc], sd.score));
        }
        matches.sort(BEST_FIRST);
        if (filters.tasksAlone()) {
            if (order == Order.DATE) {
                matches.sort(java.util.Comparator.comparingInt(Match::record));
            }
            List<Group> groups = new ArrayList<>();
            for (Match m : matches.subList(0, Math.min(limit, matches.size()))) {
                groups.add(new Group(hit(m.doc(), m.score(), true, query), m.score(), List.of(), 0));
            }
            return new Results(matches.size(), groups);
        }
        java.util.Map<Integer, Float> own = new java.util.HashMap<>();
        java.util.Map<Integer, List<Match>> tasks = new java.util.LinkedHashMap<>();
        for (Match m : matches) {
            int parent = parentOfDoc[m.doc()];
            if (parent == m.record()) {
                own.put(parent, m.score());
            }
            tasks.computeIfAbsent(parent, k -> new ArrayList<>());
            if (parent != m.record()) {
                tasks.get(parent).add(m);
            }
        }
        record Scored(int parent, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        tasks.forEach((parent, list) -> scored.add(new Scored(parent, groupScore(own.getOrDefault(parent, 0f), list))));
        scored.sort(order == Order.DATE ? java.util.Comparator.comparingInt(Scored::parent)
                : java.util.Comparator.comparingDouble((Scored g) -> -g.score()).thenComparingInt(Scored::parent));
        if (order == Order.RELEVANCE && query.cited().isPresent()) {
            Map<Integer, Integer> carriers = carriers(query.cited().get());
            // the documents carrying the number first, the best match of what the query says of it first, then the newest
            scored.sort(java.util.Comparator.comparingInt((Scored g) -> carriers.containsKey(g.parent()) ? 0 : 1)
                    .thenComparingInt(g -> -carriers.getOrDefault(g.parent(), 0))
                    .thenComparingInt(g -> carriers.containsKey(g.parent()) ? g.parent() : 0));
        }
        List<Group> groups = new ArrayList<>();
        for (Scored g : scored.subList(0, Math.min(limit, scored.size()))) {
            Float mine = own.get(g.parent());
            Hit document = hit(docOfRecord[g.parent()], mine == null ? 0 : mine, mine != null, query);
            List<Match> list = tasks.get(g.parent());
            List<Hit> shown = new ArrayList<>();
            for (Match m : list.subList(0, Math.min(TASKS_SHOWN, list.size()))) {
                shown.add(hit(m.doc(), m.score(), true, query));
            }
            groups.add(new Group(document, g.score(), shown, list.size() - shown.size()));
        }
        return new Results(scored.size(), groups);
    }

    /** The record numbers of the documents carrying a number, each with its {@link SearchQuery.Cited#points}. */
    private Map<Integer, Integer> carriers(SearchQuery.Cited cited) throws IOException {
        Map<Integer, Integer> points = new java.util.HashMap<>();
        for (ScoreDoc sd : searcher.search(new TermQuery(new Term(SearchFields.NUMBER_KEY, cited.key())), Math.max(1, reader.maxDoc())).scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc, java.util.Set.of(SearchFields.ISO_DATE, SearchFields.ISSUED_BY));
            points.put(recordOfDoc[sd.doc], cited.points(orEmpty(d.get(SearchFields.ISO_DATE)), orEmpty(d.get(SearchFields.ISSUED_BY))));
        }
        return points;
    }

    /** See {@link Group}; the browser client adds the same. */
    static double groupScore(double own, List<Match> bestTasksFirst) {
        double score = own;
        for (int i = 0; i < Math.min(TASK_SHARES.length, bestTasksFirst.size()); i++) {
            score += TASK_SHARES[i] * bestTasksFirst.get(i).score();
        }
        return score;
    }

    private Hit hit(int doc, float score, boolean matched, SearchQuery query) throws IOException {
        Document d = searcher.storedFields().document(doc);
        List<String> passages = java.util.Arrays.stream(d.getFields(SearchFields.PASSAGE)).map(IndexableField::stringValue).toList();
        return new Hit(d.get(SearchFields.ID), d.get(SearchFields.TYPE), d.get(SearchFields.TYPE_LABEL),
                d.get(SearchFields.TITLE), d.get(SearchFields.NUMBER), d.get(SearchFields.URL), d.get(SearchFields.DATE),
                d.get(SearchFields.ISSUER), d.get(SearchFields.SOURCE), score,
                // a document shown for its tasks alone has no passage of its own to show: they are what matched
                matched ? Passages.snippet(passages, query) : new Passages.Snippet("", List.of()),
                orEmpty(d.get(SearchFields.STATUS)), orEmpty(d.get(SearchFields.STATUS_LABEL)),
                orEmpty(d.get(SearchFields.LEADS)), orEmpty(d.get(SearchFields.DEADLINE)), matched);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * The query {@link SearchQuery} describes. Its score is a sum of per-term scores, which is what
     * lets the browser client add up the same scores from its search data.
     */
    Optional<Query> toLucene(SearchQuery query, SearchFilters filters) throws IOException {
        if (query.isEmpty()) {
            return Optional.empty();
        }
        List<Query> units = new ArrayList<>();
        boolean anyRare = false;
        List<Integer> counts = new ArrayList<>();
        for (SearchQuery.Unit u : query.units()) {
            Query q = unitQuery(u.term());
            units.add(q);
            int count = searcher.count(q);
            counts.add(count);
            anyRare |= count <= SearchQuery.COMMON_DOCS;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (int i = 0; i < units.size(); i++) {
            boolean optional = anyRare && counts.get(i) > SearchQuery.COMMON_DOCS && !query.units().get(i).inPhrase();
            b.add(units.get(i), optional ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST);
        }
        for (SearchQuery.Clause p : query.pairs()) {
            b.add(pairQuery(p.term()), p.required() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        for (SearchQuery.Clause e : query.exacts()) {
            b.add(new BoostQuery(new TermQuery(new Term(SearchFields.EXACT, e.term())), SearchFields.EXACT_WEIGHT),
                    e.required() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        for (String date : query.dates()) {
            b.add(fieldsQuery(date, SearchFields.DATE_FIELDS), BooleanClause.Occur.MUST);
        }
        query.cited().map(SearchQuery.Cited::date).filter(d -> d.length() >= 7 && !query.dates().contains(d))
                .ifPresent(d -> b.add(fieldsQuery(d, SearchFields.DATE_FIELDS), BooleanClause.Occur.SHOULD));
        for (SearchQuery.Alternative a : query.alternatives()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (List<String> form : a.forms()) {
                if (form.size() == 1) {
                    any.add(termQuery(form.get(0)), BooleanClause.Occur.SHOULD);
                } else {
                    BooleanQuery.Builder all = new BooleanQuery.Builder();
                    form.forEach(t -> all.add(termQuery(t), BooleanClause.Occur.MUST));
                    any.add(all.build(), BooleanClause.Occur.SHOULD);
                }
            }
            b.add(any.build(), BooleanClause.Occur.MUST);
        }
        if (filters.tasksAlone()) {
            b.add(new TermQuery(new Term(SearchFields.TYPE, SearchRecords.TASK)), BooleanClause.Occur.FILTER);
        } else {
            filters.type().ifPresent(t -> b.add(new TermQuery(new Term(SearchFields.DOC_TYPE, t)), BooleanClause.Occur.FILTER));
        }
        filters.agency().ifPresent(a -> b.add(new TermQuery(new Term(SearchFields.AGENCY, a)), BooleanClause.Occur.FILTER));
        filters.topic().ifPresent(t -> b.add(new TermQuery(new Term(SearchFields.TOPIC, t)), BooleanClause.Occur.FILTER));
        filters.year().ifPresent(y -> b.add(new TermQuery(new Term(SearchFields.YEAR, y.toString())), BooleanClause.Occur.FILTER));
        filters.issuer().ifPresent(i -> b.add(new TermQuery(new Term(SearchFields.ISSUED_BY, i)), BooleanClause.Occur.FILTER));
        filters.signer().ifPresent(s -> b.add(new TermQuery(new Term(SearchFields.SIGNED_BY, congkhai.text.Folding.slug(s))),
                BooleanClause.Occur.FILTER));
        filters.status().ifPresent(s -> b.add(new TermQuery(new Term(SearchFields.STATUS, s)), BooleanClause.Occur.FILTER));
        if (filters.dueFrom().isPresent() || filters.dueTo().isPresent()) {
            b.add(org.apache.lucene.document.NumericDocValuesField.newSlowRangeQuery(SearchFields.DUE,
                    filters.dueFrom().orElse(1), filters.dueTo().orElse(99_991_231)), BooleanClause.Occur.FILTER);
        }
        return Optional.of(b.build());
    }

    /** A syllable, or a pair when it has an underscore, as the query weighs it. */
    private static Query termQuery(String term) {
        return term.indexOf('_') >= 0 ? pairQuery(term) : unitQuery(term);
    }

    private static Query pairQuery(String pair) {
        return new BoostQuery(new TermQuery(new Term(SearchFields.PAIRS, pair)), SearchFields.PAIR_WEIGHT);
    }

    private static Query unitQuery(String term) {
        return fieldsQuery(term, SearchFields.SYLLABLE_FIELDS);
    }

    /** A term in any of {@code fields}, each match weighted by its field. */
    private static Query fieldsQuery(String term, Map<String, Float> fields) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> f : fields.entrySet()) {
            b.add(new BoostQuery(new TermQuery(new Term(f.getKey(), term)), f.getValue()), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
