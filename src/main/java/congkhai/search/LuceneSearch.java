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

    /** One result, with the passage to show. */
    public record Hit(String id, String type, String typeLabel, String title, String number, String url, String date,
                      String issuer, String source, float score, Passages.Snippet snippet) {
    }

    public record Results(int total, List<Hit> hits) {
        public Results {
            hits = List.copyOf(hits);
        }
    }

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    private LuceneSearch(Directory directory) throws IOException {
        this.directory = directory;
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
    }

    /** Opens the index of the site built into {@code site}; empty when it has none. */
    public static Optional<LuceneSearch> open(Path site) throws IOException {
        Path dir = site.resolve(SearchIndexer.LUCENE_DIR);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        return Optional.of(new LuceneSearch(FSDirectory.open(dir)));
    }

    /**
     * What identifies the index now in {@code site}, so a server can tell that a rebuild replaced it:
     * its commit file's identity and time, or empty when there is no index.
     */
    public static Optional<Object> version(Path site) throws IOException {
        Path dir = site.resolve(SearchIndexer.LUCENE_DIR);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            Optional<Path> commit = files.filter(f -> f.getFileName().toString().startsWith("segments_")).max(Path::compareTo);
            if (commit.isEmpty()) {
                return Optional.empty();
            }
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(commit.get(), java.nio.file.attribute.BasicFileAttributes.class);
            return Optional.of(List.of(commit.get().toString(), String.valueOf(a.fileKey()), a.lastModifiedTime().toString()));
        }
    }

    public Results search(String text, SearchFilters filters, Order order, int limit) throws IOException {
        SearchQuery query = SearchQuery.parse(text);
        Optional<Query> lucene = toLucene(query, filters);
        if (lucene.isEmpty() || limit <= 0) {
            return new Results(0, List.of());
        }
        int total = searcher.count(lucene.get());
        // records are numbered newest first; the number also breaks ties of score, as the browser does
        SortField byRecord = new SortField(SearchFields.ORDER, SortField.Type.LONG);
        TopDocs top = searcher.search(lucene.get(), limit,
                order == Order.DATE ? new Sort(byRecord) : new Sort(SortField.FIELD_SCORE, byRecord), true);
        List<Hit> hits = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = searcher.storedFields().document(sd.doc);
            List<String> passages = java.util.Arrays.stream(d.getFields(SearchFields.PASSAGE)).map(IndexableField::stringValue).toList();
            hits.add(new Hit(d.get(SearchFields.ID), d.get(SearchFields.TYPE), d.get(SearchFields.TYPE_LABEL),
                    d.get(SearchFields.TITLE), d.get(SearchFields.NUMBER), d.get(SearchFields.URL), d.get(SearchFields.DATE),
                    d.get(SearchFields.ISSUER), d.get(SearchFields.SOURCE), sd.score, Passages.snippet(passages, query)));
        }
        return new Results(total, hits);
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
            b.add(new BoostQuery(new TermQuery(new Term(SearchFields.PAIRS, p.term())), SearchFields.PAIR_WEIGHT),
                    p.required() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        for (SearchQuery.Clause e : query.exacts()) {
            b.add(new BoostQuery(new TermQuery(new Term(SearchFields.EXACT, e.term())), SearchFields.EXACT_WEIGHT),
                    e.required() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        filters.type().ifPresent(t -> b.add(new TermQuery(new Term(SearchFields.TYPE, t)), BooleanClause.Occur.FILTER));
        filters.agency().ifPresent(a -> b.add(new TermQuery(new Term(SearchFields.AGENCY, a)), BooleanClause.Occur.FILTER));
        filters.topic().ifPresent(t -> b.add(new TermQuery(new Term(SearchFields.TOPIC, t)), BooleanClause.Occur.FILTER));
        filters.year().ifPresent(y -> b.add(new TermQuery(new Term(SearchFields.YEAR, y.toString())), BooleanClause.Occur.FILTER));
        return Optional.of(b.build());
    }

    /** A syllable in any text field, each match weighted by its field. */
    private static Query unitQuery(String term) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> f : SearchFields.SYLLABLE_FIELDS.entrySet()) {
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
