package congkhai.search;

import congkhai.model.Agency;
import congkhai.model.Urls;
import congkhai.pages.Page;
import congkhai.pages.PageSink;
import congkhai.text.TokenizedText;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The search stage: indexes every document and task with Lucene and writes the index files into the
 * build's sink, so the output stage publishes them with the rest of the site in one step; the
 * browser's search files are made alongside by the {@link BrowserFiles} it is given. Records are
 * read, indexed and written a piece at a time, so only the pieces in hand are in memory. A scratch
 * index writer per run of records, then one writer for the index ({@link ReproducibleIndex}).
 */
public final class SearchIndexer {

    /** Lucene's buffer before it flushes a segment, shared by the scratch writers open at once. */
    private static final double RAM_BUFFER_MB = 128;
    /** Runs of records, each into a scratch index of its own, per indexing thread. */
    private static final int RUNS_PER_THREAD = 4;

    /** Text fields without positions: no query asks where in a field a term is; pairs are terms of their own. */
    private static final FieldType TEXT = textType(IndexOptions.DOCS_AND_FREQS);
    /** Fields whose positions are passage numbers, which tell the browser's data where each term first appears. */
    private static final FieldType PASSAGE_TEXT = textType(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private static FieldType textType(IndexOptions options) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(options);
        type.freeze();
        return type;
    }

    /** The commit data key of the alias table, which the index carries for whoever searches it. */
    static final String ALIASES_KEY = "aliases";
    /**
     * The commit data key of the agencies, [id, name, aliases…] each, from which a searcher reads the
     * issuer a query names after a document number as the build reads citations.
     */
    static final String AGENCIES_KEY = "agencies";

    private final List<List<String>> aliases;
    private final List<Agency> agencies;
    private final BrowserFiles browser;

    public SearchIndexer(List<List<String>> aliases, List<Agency> agencies, BrowserFiles browser) {
        this.aliases = List.copyOf(aliases);
        this.agencies = List.copyOf(agencies);
        this.browser = browser;
    }

    /** The agencies as the index's commit data holds them. */
    static List<List<String>> agencyTable(List<Agency> agencies) {
        List<List<String>> table = new ArrayList<>();
        for (Agency a : agencies) {
            List<String> row = new ArrayList<>(List.of(a.id(), a.name()));
            row.addAll(a.aliases());
            table.add(row);
        }
        return table;
    }

    /** The agencies of a table written by {@link #agencyTable}. */
    static List<Agency> agencies(List<List<String>> table) {
        return table.stream().map(row -> new Agency(row.get(0), row.get(1), java.util.Optional.empty(), row.subList(2, row.size())))
                .toList();
    }

    /**
     * Indexes {@code entries} and writes every search file into {@code sink}; returns how many files
     * it wrote for the browser (the Lucene index's files, which a build does not publish, not counted).
     */
    public int index(List<SearchRecords.Entry> entries, URI baseUrl, SearchSink sink) {
        AtomicInteger files = new AtomicInteger();
        PageSink counted = new PageSink() {
            @Override
            public void accept(Page page) {
                files.incrementAndGet();
                sink.accept(page);
            }

            @Override
            public OutputStream open(String path) throws IOException {
                files.incrementAndGet();
                return sink.open(path);
            }
        };
        try (Directory dir = sink.luceneDirectory(Urls.luceneIndex())) {
            write(dir, entries, parents(entries), baseUrl, counted);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                browser.indexed(reader, entries.size(), aliases, agencies, counted);
            }
            return files.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index: " + e.getMessage(), e);
        }
    }

    /** The search files in memory, by path: what a preview compares with those it wrote before. */
    public Map<String, byte[]> index(List<SearchRecords.Entry> entries, URI baseUrl) {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        index(entries, baseUrl, new SearchSink() {
            @Override
            public void accept(Page page) {
                files.put(page.path(), page.content());
            }

            @Override
            public OutputStream open(String path) {
                return new ByteArrayOutputStream() {
                    @Override
                    public void close() {
                        files.put(path, toByteArray());
                    }
                };
            }

            @Override
            public Directory luceneDirectory(String folder) {
                return new FilterDirectory(new ByteBuffersDirectory()) {
                    @Override
                    public void close() throws IOException {
                        for (String file : listAll()) {
                            files.put(folder + file, read(in, file));
                        }
                        super.close();
                    }
                };
            }
        });
        return new TreeMap<>(files);
    }

    /** Each record's document's record number: a document is followed by its tasks. */
    private static int[] parents(List<SearchRecords.Entry> entries) {
        int[] parents = new int[entries.size()];
        int document = 0;
        for (int i = 0; i < parents.length; i++) {
            if (entries.get(i).task().isEmpty()) {
                document = i;
            }
            parents[i] = document;
        }
        return parents;
    }

    private void write(Directory dir, List<SearchRecords.Entry> entries, int[] parents, URI baseUrl, PageSink sink)
            throws IOException {
        // Each run of pieces goes into a scratch index of its own, added by one thread in record
        // order, so the scratch segments are in record order already and flushing them sorts
        // nothing; ReproducibleIndex copies them all into the index in record order.
        List<List<BrowserFiles.Piece>> runs = runs(browser.pieces(parents));
        double ramPerRun = RAM_BUFFER_MB / Math.min(runs.size(), indexingThreads());
        IntStream.range(0, runs.size()).parallel().forEach(run -> {
            try (IndexWriter writer = new IndexWriter(ReproducibleIndex.scratch(dir, run), scratchConfig(ramPerRun))) {
                for (BrowserFiles.Piece piece : runs.get(run)) {
                    int from = piece.from();
                    List<SearchRecord> records = entries.subList(from, piece.to()).stream().map(SearchRecords::read).toList();
                    for (int k = 0; k < records.size(); k++) {
                        writer.addDocument(document(from + k, parents[from + k], records.get(k), baseUrl));
                    }
                    browser.piece(piece, records, parents, sink);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, String> commitData = new TreeMap<>(Map.of(ALIASES_KEY, json.writeValueAsString(aliases),
                AGENCIES_KEY, json.writeValueAsString(agencyTable(agencies))));
        ReproducibleIndex.publish(dir, runs.size(), SearchIndexer::writerConfig, commitData);
    }

    /**
     * The pieces in runs of about equal numbers of records, in order, a few runs for each thread so
     * that the threads finish at about the same time; at least one run, empty for a site without records.
     */
    private static List<List<BrowserFiles.Piece>> runs(List<BrowserFiles.Piece> pieces) {
        int records = pieces.isEmpty() ? 0 : pieces.get(pieces.size() - 1).to();
        int count = Math.max(1, Math.min(pieces.size(), RUNS_PER_THREAD * indexingThreads()));
        List<List<BrowserFiles.Piece>> runs = new ArrayList<>();
        List<BrowserFiles.Piece> run = new ArrayList<>();
        for (BrowserFiles.Piece piece : pieces) {
            run.add(piece);
            // the run ends where its share of the records does
            if ((long) piece.to() * count >= (long) records * (runs.size() + 1)) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty() || runs.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** The common pool's threads and the caller's, which run the parallel stream of runs. */
    private static int indexingThreads() {
        return ForkJoinPool.getCommonPoolParallelism() + 1;
    }

    /**
     * A scratch index's configuration: the index's, but unsorted (its records come in order) and
     * without merges, since all its segments are copied into the index in one merge anyway.
     */
    private static IndexWriterConfig scratchConfig(double ramBufferMb) {
        IndexWriterConfig config = configured(new IndexWriterConfig(new SearchAnalyzer()));
        config.setRAMBufferSizeMB(ramBufferMb);
        config.setMergePolicy(NoMergePolicy.INSTANCE);
        return config;
    }

    private static IndexWriterConfig writerConfig() {
        IndexWriterConfig config = configured(new IndexWriterConfig(new SearchAnalyzer()));
        config.setIndexSort(ReproducibleIndex.SORT);
        return config;
    }

    private static IndexWriterConfig configured(IndexWriterConfig config) {
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setCommitOnClose(true);
        config.setUseCompoundFile(false);
        // A field's length is all its terms, as if each had a position of its own: passage-numbered
        // positions put many terms at one position, which BM25 would otherwise leave out of the length.
        config.setSimilarity(SearchFields.similarity());
        return config;
    }

    private static Document document(int order, int parent, SearchRecord r, URI baseUrl) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(SearchFields.ORDER, order));
        doc.add(new NumericDocValuesField(SearchFields.PARENT, parent));
        SearchRecord.Facts facts = r.facts();
        doc.add(new StringField(SearchFields.DOC_TYPE, facts.docType(), Field.Store.NO));
        if (!facts.issuerId().isEmpty()) {
            doc.add(new StringField(SearchFields.ISSUED_BY, facts.issuerId(), Field.Store.YES));
        }
        if (!facts.signer().isEmpty()) {
            doc.add(new StringField(SearchFields.SIGNED_BY, congkhai.text.Folding.slug(facts.signer()), Field.Store.NO));
        }
        if (!facts.status().isEmpty()) {
            doc.add(new StringField(SearchFields.STATUS, facts.status(), Field.Store.YES));
        }
        if (facts.due() > 0) {
            doc.add(new NumericDocValuesField(SearchFields.DUE, facts.due()));
        }
        doc.add(new StoredField(SearchFields.STATUS_LABEL, facts.statusLabel()));
        doc.add(new StoredField(SearchFields.LEADS, facts.leads()));
        doc.add(new StoredField(SearchFields.DEADLINE, facts.deadline()));
        // a task is dated by its document, which results show it under; its own dates are the ones it mentions
        doc.add(new Field(SearchFields.DATED, r.type().equals(SearchRecords.TASK) ? "" : r.isoDate(), TEXT));
        texts(doc, SearchFields.DATES, r.passages());
        doc.add(new StringField(SearchFields.ID, r.id(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.URL, baseUrl + r.url()));
        doc.add(new StringField(SearchFields.TYPE, r.type(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.TYPE_LABEL, r.typeLabel()));
        doc.add(new StoredField(SearchFields.TITLE, r.heading()));
        doc.add(new StoredField(SearchFields.NUMBER, r.number()));
        if (!r.number().isEmpty()) {
            doc.add(new StringField(SearchFields.NUMBER_KEY, congkhai.text.Folding.documentNumberKey(r.number()), Field.Store.NO));
        }
        doc.add(new StoredField(SearchFields.ISSUER, r.issuer()));
        // each text is cut once, for all the fields it is in; in the passage-numbered fields a text's terms sit at its passage
        Map<String, TokenizedText> cut = new HashMap<>();
        Function<String, TokenizedText> tokens = t -> cut.computeIfAbsent(t, TokenizedText::of);
        List<String> passages = r.passages();
        syllables(doc, SearchFields.TITLE, passages.subList(0, 1), tokens);
        passages(doc, SearchFields.BODY, passages.subList(1, passages.size()), 1, -1, tokens);
        syllables(doc, SearchFields.NUMBER, List.of(r.number()), tokens);
        syllables(doc, SearchFields.ISSUER, List.of(r.issuer()), tokens);
        syllables(doc, SearchFields.SIGNER, List.of(r.signer()), tokens);
        syllables(doc, SearchFields.AGENCIES, r.agencyNames(), tokens);
        syllables(doc, SearchFields.TOPICS, r.topicNames(), tokens);
        List<String> others = otherTexts(r);
        for (String field : List.of(SearchFields.PAIRS, SearchFields.EXACT)) {
            passages(doc, field, passages, 0, -1, tokens);
            passages(doc, field, others, SearchFields.OTHER_TEXTS_POSITION, passages.size() - 1, tokens);
        }
        r.agencyIds().forEach(a -> doc.add(new StringField(SearchFields.AGENCY, a, Field.Store.NO)));
        r.topicIds().forEach(t -> doc.add(new StringField(SearchFields.TOPIC, t, Field.Store.NO)));
        doc.add(new StringField(SearchFields.YEAR, Integer.toString(r.year()), Field.Store.NO));
        doc.add(new StoredField(SearchFields.DATE, r.date()));
        doc.add(new StoredField(SearchFields.ISO_DATE, r.isoDate()));
        doc.add(new StoredField(SearchFields.SOURCE, r.source()));
        r.passages().forEach(p -> doc.add(new StoredField(SearchFields.PASSAGE, p)));
        return doc;
    }

    /**
     * One indexed field of several texts; a field without any is still there, empty, as a record
     * without agencies has an agencies field with no terms.
     */
    private static void texts(Document doc, String field, List<String> texts) {
        if (texts.isEmpty()) {
            doc.add(new Field(field, "", TEXT));
        }
        texts.forEach(t -> doc.add(new Field(field, t, TEXT)));
    }

    /** One syllable field of several texts, each term at a position of its own; a field without any is there empty. */
    private static void syllables(Document doc, String field, List<String> texts, Function<String, TokenizedText> tokens) {
        if (texts.isEmpty()) {
            doc.add(new Field(field, "", TEXT));
        }
        texts.forEach(t -> doc.add(new TokenizedField(field, t, tokens.apply(t), TEXT, TokenizedField.OWN_POSITIONS)));
    }

    /**
     * Texts of a passage-numbered field: the first at position {@code position}, each next one a
     * position further, after a text at {@code previous} (-1 for none).
     */
    private static void passages(Document doc, String field, List<String> texts, int position, int previous,
                                 Function<String, TokenizedText> tokens) {
        if (texts.isEmpty()) {
            doc.add(new Field(field, "", PASSAGE_TEXT));
        }
        int step = position - previous;
        for (String text : texts) {
            doc.add(new TokenizedField(field, text, tokens.apply(text), PASSAGE_TEXT, step));
            step = 1;
        }
    }

    /** A record's texts besides its passages: number, issuer, signer, agencies, topics. */
    private static List<String> otherTexts(SearchRecord r) {
        List<String> texts = new ArrayList<>();
        texts.add(r.number());
        texts.add(r.issuer());
        texts.add(r.signer());
        texts.addAll(r.agencyNames());
        texts.addAll(r.topicNames());
        return texts;
    }

    private static byte[] read(Directory dir, String file) throws IOException {
        try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
            byte[] bytes = new byte[Math.toIntExact(in.length())];
            in.readBytes(bytes, 0, bytes.length);
            return bytes;
        }
    }
}
