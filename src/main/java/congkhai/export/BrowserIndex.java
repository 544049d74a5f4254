package congkhai.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import congkhai.model.Urls;
import congkhai.pages.Page;
import congkhai.pages.PageSink;
import congkhai.search.SearchFields;
import congkhai.search.SearchQuery;
import congkhai.text.Folding;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The search data of the browser client, computed from the Lucene index: for every term, the
 * records that have it with the score Lucene gives them (its BM25, with the field weights of
 * {@link SearchFields}), cut into shards by a hash of the term, the shards and the lists of the
 * most common terms in packs a reader takes entries of by HTTP range, so a query reads only the
 * few shards of its own terms; and the description that says where each entry is. The records
 * themselves are {@link BrowserRecords}. The format is described in docs/search.md.
 */
final class BrowserIndex {

    /**
     * A term in more records keeps only its best-scoring records. Above {@link SearchQuery#COMMON_DOCS},
     * where a unit stops being required, so that the lists of terms just past it are whole; 600 rather
     * than 400 raised the share of Lucene's first ten that the page shows for queries of common words
     * at 10,000 documents from 112 to 130 of 160 for the benchmark's queries, within the 50 KB a further query may cost
     * (docs/search.md, "Bytes per query").
     */
    static final int CAP = 600;
    /** Raw JSON bytes a shard aims at; the shard count is the power of two that comes closest. */
    static final int SHARD_TARGET_BYTES = 6_000;
    static final int FORMAT = 4;
    /**
     * Entries (shards, then large terms) a term pack holds. A query reads one range an entry, so the
     * size of a pack costs a reader nothing where ranges are answered; where they are not, a term
     * costs its whole pack, about 200 KB at 10,000 documents, whose 4,700 entries take 37 packs.
     */
    static final int ENTRIES_PER_TERM_PACK = 128;
    /** Entries of large terms written by one task with one set of per-document arrays. */
    static final int LARGE_TERMS_PER_BATCH = 64;
    /** Terms gathered for one batch of shards: some tens of megabytes of keys. */
    static final long KEYS_PER_BATCH = 300_000;
    /** The largest passage number the data gives; a later first appearance shows this passage's neighbourhood. */
    static final int MAX_PASSAGE = (1 << 16) - 1;
    private static final int NOT_SEEN = -1;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private enum Kind { UNIT, PAIR, EXACT, DATE, FACET, NUMBER }

    private record Key(String term, Kind kind, String field) {
        /** The string the client looks the term up by. */
        String name() {
            return switch (kind) {
                case EXACT -> "=" + term;
                case FACET -> "@" + field + ":" + term;
                case DATE -> "#" + term;
                case NUMBER -> "$" + term;
                default -> term;
            };
        }

        /** Exact forms share their folded syllable's shard: a query reads one entry for both. */
        String shardKey() {
            return kind == Kind.EXACT ? Folding.fold(term).toLowerCase(java.util.Locale.ROOT) : name();
        }
    }

    private final LeafReader leaf;
    private final IndexSearcher searcher;
    private final Similarity similarity;
    private final int recordCount;
    /** Lucene's document number to record number: documents were added from several threads. */
    private final int[] recordOf;
    private final int[] docOf;
    /** Lucene's document number to the record number of the document it belongs to (itself for a document). */
    private final int[] parentOf;
    private final List<List<String>> aliases;
    private final List<congkhai.model.Agency> agencies;

    BrowserIndex(DirectoryReader reader, int recordCount, List<List<String>> aliases, List<congkhai.model.Agency> agencies) {
        this.aliases = List.copyOf(aliases);
        this.agencies = List.copyOf(agencies);
        if (reader.leaves().size() > 1) {
            throw new IllegalStateException("the index must be merged to one segment");
        }
        this.leaf = reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(SearchFields.similarity());
        this.similarity = searcher.getSimilarity();
        this.recordCount = recordCount;
        this.recordOf = recordNumbers();
        this.docOf = new int[recordOf.length];
        for (int d = 0; d < recordOf.length; d++) {
            docOf[recordOf[d]] = d;
        }
        this.parentOf = parentRecords();
    }

    private int[] parentRecords() {
        try {
            int[] parents = new int[recordOf.length];
            NumericDocValues values = leaf == null ? null : leaf.getNumericDocValues(SearchFields.PARENT);
            for (int d = 0; d < parents.length; d++) {
                parents[d] = values != null && values.advanceExact(d) ? (int) values.longValue() : recordOf[d];
            }
            return parents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data addresses records by their number, which each document holds in ORDER; each must appear once. */
    private int[] recordNumbers() {
        try {
            int docs = leaf == null ? 0 : leaf.maxDoc();
            if (docs != recordCount) {
                throw new IllegalStateException("the index holds " + docs + " documents for " + recordCount + " records");
            }
            int[] numbers = new int[docs];
            boolean[] seen = new boolean[docs];
            NumericDocValues order = leaf == null ? null : leaf.getNumericDocValues(SearchFields.ORDER);
            for (int d = 0; d < docs; d++) {
                if (!order.advanceExact(d) || order.longValue() < 0 || order.longValue() >= docs || seen[(int) order.longValue()]) {
                    throw new IllegalStateException("index document " + d + " has no record number of its own");
                }
                numbers[d] = (int) order.longValue();
                seen[numbers[d]] = true;
            }
            return numbers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the term packs and the data's description; the record packs were written as they were
     * indexed. A large portal has millions of terms (adjacent pairs, mostly), more than memory should
     * hold as objects at once, so the shards are made a batch at a time, each batch gathering its own
     * terms from a fresh walk of the index's term dictionary; only their gzipped bytes are kept, a
     * few megabytes at 10,000 documents, until the packs are written.
     */
    void writeTerms(PageSink sink) throws IOException {
        long[] estimate = {0};
        long[] keys = {0};
        List<Key> large = new ArrayList<>();
        forEachKey((k, df) -> {
            if (df > CAP) {
                large.add(k);
            } else {
                estimate[0] += 12L + df * 9L;
                keys[0]++;
            }
        });
        int shards = shardCount(estimate[0]);
        int keyBits = LargeTerms.keyBits(large.size());
        List<List<Key>> largeEntries = LargeTerms.byKey(large, Key::name, keyBits);
        byte[][] entries = new byte[shards + largeEntries.size()][];
        writeLargeTerms(largeEntries, entries, shards);
        int batches = (int) Math.min(shards, Math.max(1, (keys[0] + KEYS_PER_BATCH - 1) / KEYS_PER_BATCH));
        int shardsPerBatch = (shards + batches - 1) / batches;
        for (int from = 0; from < shards; from += shardsPerBatch) {
            int first = from;
            int count = Math.min(shardsPerBatch, shards - from);
            List<List<Key>> byShard = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                byShard.add(new ArrayList<>());
            }
            forEachKey((k, df) -> {
                int shard = shardOf(k.shardKey(), shards);
                if (df <= CAP && shard >= first && shard < first + count) {
                    byShard.get(shard - first).add(k);
                }
            });
            IntStream.range(0, count).parallel().forEach(i -> entries[first + i] = gzip(shard(byShard.get(i))));
        }
        ArrayNode lengths = NODES.arrayNode();
        for (int pack = 0; pack * ENTRIES_PER_TERM_PACK < entries.length; pack++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int e = pack * ENTRIES_PER_TERM_PACK; e < Math.min(entries.length, (pack + 1) * ENTRIES_PER_TERM_PACK); e++) {
                bytes.write(entries[e]);
                lengths.add(entries[e].length);
            }
            sink.accept(new Page(Urls.searchTermPack(pack), bytes.toByteArray()));
        }
        ObjectNode meta = NODES.objectNode();
        meta.put("format", FORMAT);
        meta.put("records", recordCount);
        meta.put("shards", shards);
        meta.put("piece", BrowserRecords.PIECE);
        meta.put("pack", BrowserRecords.DOCUMENTS_PER_PACK);
        meta.put("common", SearchQuery.COMMON_DOCS);
        meta.set("large", LargeTerms.description(largeEntries.stream().map(e -> e.get(0).name()).toList(), keyBits));
        ObjectNode terms = meta.putObject("terms");
        terms.put("entries", ENTRIES_PER_TERM_PACK);
        terms.set("lengths", lengths);
        meta.set("aliases", JSON.valueToTree(aliases));
        // the agencies' spellings, as citations are read: a query's "122/KH-UBND của UBND thành phố" names one
        meta.set("issuers", JSON.valueToTree(new congkhai.assemble.CitationReader(agencies).names()));
        groupsAndDeadlines(meta, sink);
        sink.accept(new Page(Urls.searchIndex(), gzip(JSON.writeValueAsBytes(meta))));
    }

    /**
     * How records group: per document, in record order, how many tasks follow it (in the
     * description, a few kilobytes even at 10,000 records); and the deadlines of tasks, a file of
     * its own fetched only when a reader filters by deadline: [record gap, yyyymmdd, …].
     */
    private void groupsAndDeadlines(ObjectNode meta, PageSink sink) throws IOException {
        int[] parent = new int[recordCount];
        int[] due = new int[recordCount];
        if (leaf != null) {
            NumericDocValues dues = leaf.getNumericDocValues(SearchFields.DUE);
            for (int d = 0; d < recordCount; d++) {
                parent[recordOf[d]] = parentOf[d];
                due[recordOf[d]] = dues != null && dues.advanceExact(d) ? (int) dues.longValue() : 0;
            }
        }
        ArrayNode tasks = meta.putArray("tasks");
        for (int r = 0; r < recordCount; r++) {
            if (parent[r] == r) {
                tasks.add(0);
            } else {
                tasks.set(tasks.size() - 1, tasks.get(tasks.size() - 1).asInt() + 1);
            }
        }
        ArrayNode deadlines = NODES.arrayNode();
        int previous = 0;
        for (int r = 0; r < recordCount; r++) {
            if (due[r] > 0) {
                deadlines.add(r - previous).add(due[r]);
                previous = r;
            }
        }
        sink.accept(new Page(Urls.searchDeadlines(), gzip(JSON.writeValueAsBytes(deadlines))));
    }

    /**
     * The terms in more than {@link #CAP} records, each in an entry of its own (with any other whose
     * name has the same key, LargeTerms), after the shards: their lists are the largest, and in a
     * shard they would make every other term of that shard cost a reader their bytes too.
     */
    private void writeLargeTerms(List<List<Key>> byEntry, byte[][] entries, int shards) {
        // a batch of entries to a task, so the per-document score arrays are made once a batch, not once a term
        int batches = (byEntry.size() + LARGE_TERMS_PER_BATCH - 1) / LARGE_TERMS_PER_BATCH;
        IntStream.range(0, batches).parallel().forEach(b -> {
            Scratch scratch = new Scratch(leaf.maxDoc());
            for (int e = b * LARGE_TERMS_PER_BATCH; e < Math.min(byEntry.size(), (b + 1) * LARGE_TERMS_PER_BATCH); e++) {
                entries[shards + e] = gzip(shard(byEntry.get(e), scratch));
            }
        });
    }

    /** Per Lucene document: a term's score and the first passage it is in; zero and NOT_SEEN between terms. */
    private record Scratch(double[] scores, int[] firstPassage) {
        Scratch(int documents) {
            this(new double[documents], new int[documents]);
            Arrays.fill(firstPassage, NOT_SEEN);
        }
    }

    /** FNV-1a over the UTF-8 bytes; search.js computes the same. */
    static int shardOf(String key, int shards) {
        return Integer.remainderUnsigned(LargeTerms.fnv1a(key, LargeTerms.FNV_BASIS), shards);
    }

    private static int shardCount(long estimatedBytes) {
        int n = 1;
        while ((long) n * SHARD_TARGET_BYTES < estimatedBytes && n < (1 << 16)) {
            n <<= 1;
        }
        return n;
    }

    private interface KeySink {
        void accept(Key key, int docFreq) throws IOException;
    }

    /** Every key of the data with the number of records that have it; a unit once, with its largest count over the fields. */
    private void forEachKey(KeySink sink) throws IOException {
        if (leaf == null) {
            return;
        }
        TreeMap<String, Integer> units = new TreeMap<>();
        for (String field : SearchFields.SYLLABLE_FIELDS.keySet()) {
            forEachTerm(field, (t, df) -> units.merge(t, df, Math::max));
        }
        for (Map.Entry<String, Integer> u : units.entrySet()) {
            sink.accept(new Key(u.getKey(), Kind.UNIT, ""), u.getValue());
        }
        forEachTerm(SearchFields.PAIRS, (t, df) -> sink.accept(new Key(t, Kind.PAIR, SearchFields.PAIRS), df));
        forEachTerm(SearchFields.EXACT, (t, df) -> sink.accept(new Key(t, Kind.EXACT, SearchFields.EXACT), df));
        TreeMap<String, Integer> dates = new TreeMap<>();
        for (String field : SearchFields.DATE_FIELDS.keySet()) {
            forEachTerm(field, (t, df) -> dates.merge(t, df, Math::max));
        }
        for (Map.Entry<String, Integer> d : dates.entrySet()) {
            sink.accept(new Key(d.getKey(), Kind.DATE, ""), d.getValue());
        }
        forEachTerm(SearchFields.NUMBER_KEY, (t, df) -> sink.accept(new Key(t, Kind.NUMBER, SearchFields.NUMBER_KEY), df));
        for (String facet : List.of(SearchFields.TYPE, SearchFields.AGENCY, SearchFields.TOPIC, SearchFields.YEAR, SearchFields.DOC_TYPE,
                SearchFields.ISSUED_BY, SearchFields.SIGNED_BY, SearchFields.STATUS)) {
            forEachTerm(facet, (t, df) -> sink.accept(new Key(t, Kind.FACET, facet), df));
        }
    }

    private interface TermSink {
        void accept(String term, int docFreq) throws IOException;
    }

    private void forEachTerm(String field, TermSink action) throws IOException {
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
            action.accept(t.utf8ToString(), te.docFreq());
        }
    }

    /** One shard: term name to [records, then per record: doc gap, score x 100, first passage]. */
    private byte[] shard(List<Key> keys) {
        return shard(keys, new Scratch(leaf.maxDoc()));
    }

    private byte[] shard(List<Key> keys, Scratch scratch) {
        try {
            TreeMap<String, ArrayNode> out = new TreeMap<>();
            for (Key k : keys) {
                out.put(k.name(), k.kind() == Kind.FACET ? facet(k) : k.kind() == Kind.NUMBER ? carriers(k)
                        : scored(k, scratch.scores(), scratch.firstPassage()));
            }
            ObjectNode node = NODES.objectNode();
            out.forEach(node::set);
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The documents carrying a number: [df, then per record: gap, its date in ISO form, its issuer's id],
     * what a number typed ranks them by (SearchQuery.Cited#points).
     */
    private ArrayNode carriers(Key k) throws IOException {
        ArrayNode facet = facet(k);
        ArrayNode a = NODES.arrayNode();
        a.add(facet.get(0));
        int record = 0;
        for (int i = 1; i < facet.size(); i++) {
            record += facet.get(i).asInt();
            org.apache.lucene.document.Document stored = leaf.storedFields().document(docOf[record],
                    java.util.Set.of(SearchFields.ISO_DATE, SearchFields.ISSUED_BY));
            a.add(facet.get(i));
            a.add(stored.get(SearchFields.ISO_DATE) == null ? "" : stored.get(SearchFields.ISO_DATE));
            a.add(stored.get(SearchFields.ISSUED_BY) == null ? "" : stored.get(SearchFields.ISSUED_BY));
        }
        return a;
    }

    private ArrayNode facet(Key k) throws IOException {
        ArrayNode a = NODES.arrayNode();
        Term term = new Term(k.field(), k.term());
        PostingsEnum pe = leaf.postings(term, PostingsEnum.NONE);
        // the index is written once and never deletes, so every posting counts in docFreq
        int[] found = new int[leaf.docFreq(term)];
        int n = 0;
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            found[n++] = recordOf[d];
        }
        int[] recordNumbers = Arrays.copyOf(found, n);
        Arrays.sort(recordNumbers);
        a.add(n);
        int previous = 0;
        for (int r : recordNumbers) {
            a.add(r - previous);
            previous = r;
        }
        return a;
    }

    /**
     * A term's records with their scores and the passage it first appears in (0 for the heading, or
     * when it is only in the record's other texts), from the positions of the passage-numbered fields.
     * {@code scores} and {@code firstPassage} are per document, zero and {@link #NOT_SEEN}, and left so.
     */
    private ArrayNode scored(Key k, double[] scores, int[] firstPassage) throws IOException {
        List<Integer> touched = new ArrayList<>();
        switch (k.kind()) {
            case UNIT -> {
                for (Map.Entry<String, Float> f : SearchFields.SYLLABLE_FIELDS.entrySet()) {
                    accumulate(f.getKey(), k.term(), f.getValue(), scores, touched, firstPassage);
                }
            }
            case DATE -> {
                for (String f : new TreeMap<>(SearchFields.DATE_FIELDS).keySet()) {
                    accumulate(f, k.term(), SearchFields.DATE_FIELDS.get(f), scores, touched, firstPassage);
                }
            }
            case PAIR -> accumulate(SearchFields.PAIRS, k.term(), SearchFields.PAIR_WEIGHT, scores, touched, firstPassage);
            default -> accumulate(SearchFields.EXACT, k.term(), SearchFields.EXACT_WEIGHT, scores, touched, firstPassage);
        }
        int df = touched.size();
        // records by number with their Lucene document, so ties and order follow record numbers
        long[] kept = new long[df];
        for (int i = 0; i < df; i++) {
            kept[i] = (long) recordOf[touched.get(i)] << 32 | touched.get(i);
        }
        if (df > CAP) {
            kept = CommonTermCut.keep(kept, scores, parentOf, CAP);
        }
        Arrays.sort(kept);
        ArrayNode a = NODES.arrayNode();
        a.add(df);
        int previous = 0;
        for (long both : kept) {
            int record = (int) (both >>> 32);
            a.add(record - previous);
            a.add(impact(scores[(int) both]));
            a.add(Math.max(0, Math.min(MAX_PASSAGE, firstPassage[(int) both])));
            previous = record;
        }
        for (int d : touched) {
            scores[d] = 0;
            firstPassage[d] = NOT_SEEN;
        }
        return a;
    }

    /** A score as the client adds it up: hundredths, at least 1. */
    static int impact(double score) {
        return (int) Math.max(1, Math.round(score * 100));
    }

    /**
     * Adds a field's BM25 score of the term, weighted as the command line's query weighs it, and
     * notes the passage the term first appears in where the field's positions tell it.
     */
    private void accumulate(String field, String term, float weight, double[] scores, List<Integer> touched, int[] firstPassage)
            throws IOException {
        Terms terms = leaf.terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(new BytesRef(term))) {
            return;
        }
        CollectionStatistics collection = searcher.collectionStatistics(field);
        Similarity.SimScorer scorer = similarity.scorer(weight, collection,
                searcher.termStatistics(new Term(field, term), te.docFreq(), te.totalTermFreq()));
        NumericDocValues norms = leaf.getNormValues(field);
        boolean passages = terms.hasPositions();
        boolean heading = field.equals(SearchFields.TITLE);
        PostingsEnum pe = te.postings(null, passages ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
        for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            long norm = norms != null && norms.advanceExact(d) ? norms.longValue() : 1L;
            if (scores[d] == 0) {
                touched.add(d);
            }
            scores[d] += scorer.score(pe.freq(), norm);
            if (heading) {
                firstPassage[d] = 0;
            } else if (passages && firstPassage[d] != 0) {
                // positions come in order: the first is the earliest passage
                int position = pe.nextPosition();
                int passage = position < SearchFields.OTHER_TEXTS_POSITION ? position : 0;
                firstPassage[d] = firstPassage[d] == NOT_SEEN ? passage : Math.min(firstPassage[d], passage);
            }
        }
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(data.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
