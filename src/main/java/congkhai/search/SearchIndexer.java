package congkhai.search;

import congkhai.render.Page;
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
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The search stage: indexes every document and task with Lucene, in memory, and hands back the
 * index files and the browser's search data as pages, so the output stage publishes them with the
 * rest of the site in one step. One index writer per build.
 */
public final class SearchIndexer {

    /** Where the Lucene index goes in the site. */
    public static final String LUCENE_DIR = "search/lucene/";

    /** Text fields without positions: nothing here asks where in a field a term is; pairs are terms of their own. */
    private static final FieldType TEXT = text(false);
    private static final FieldType STORED_TEXT = text(true);

    private static FieldType text(boolean stored) {
        FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    public List<Page> index(List<SearchRecord> records, URI baseUrl) {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            write(dir, records, baseUrl);
            List<Page> pages = new ArrayList<>();
            for (String file : dir.listAll()) {
                pages.add(new Page(LUCENE_DIR + file, read(dir, file)));
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                pages.addAll(new BrowserIndex(reader, records).pages());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("indexing in memory failed", e);
        }
    }

    private static void write(ByteBuffersDirectory dir, List<SearchRecord> records, URI baseUrl) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new SyllableAnalyzer());
        config.setRAMBufferSizeMB(256);
        config.setCommitOnClose(true);
        // Date order, newest first, is the document order: the browser's data and "sort by date" rely on
        // it. Adding from one thread keeps that order within a segment, and a log merge policy merges
        // neighbouring segments only, so it survives the merge to one segment. (An index sort would
        // do the same, but sorting stored fields in memory made indexing ten times slower.)
        LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
        merges.setNoCFSRatio(1.0);
        config.setMergePolicy(merges);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < records.size(); i++) {
                writer.addDocument(document(i, records.get(i), baseUrl));
            }
            writer.forceMerge(1);
        }
    }

    private static Document document(int order, SearchRecord r, URI baseUrl) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(SearchFields.ORDER, order));
        doc.add(new StringField(SearchFields.ID, r.id(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.URL, baseUrl + r.url()));
        doc.add(new StringField(SearchFields.TYPE, r.type(), Field.Store.YES));
        doc.add(new StoredField(SearchFields.TYPE_LABEL, r.typeLabel()));
        doc.add(new Field(SearchFields.TITLE, r.heading(), STORED_TEXT));
        doc.add(new Field(SearchFields.NUMBER, r.number(), STORED_TEXT));
        doc.add(new Field(SearchFields.ISSUER, r.issuer(), STORED_TEXT));
        doc.add(new Field(SearchFields.SIGNER, r.signer(), STORED_TEXT));
        r.agencyNames().forEach(a -> doc.add(new Field(SearchFields.AGENCIES, a, TEXT)));
        r.topicNames().forEach(t -> doc.add(new Field(SearchFields.TOPICS, t, TEXT)));
        doc.add(new Field(SearchFields.BODY, r.body(), TEXT));
        for (String text : allText(r)) {
            doc.add(new Field(SearchFields.PAIRS, text, TEXT));
            doc.add(new Field(SearchFields.EXACT, text, TEXT));
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

    /** Every text of a record, each a separate value so no pair spans two of them. */
    static List<String> allText(SearchRecord r) {
        List<String> texts = new ArrayList<>(r.passages());
        texts.add(r.number());
        texts.add(r.issuer());
        texts.add(r.signer());
        texts.addAll(r.agencyNames());
        texts.addAll(r.topicNames());
        return texts;
    }

    private static byte[] read(ByteBuffersDirectory dir, String file) throws IOException {
        try (IndexInput in = dir.openInput(file, IOContext.READONCE)) {
            byte[] bytes = new byte[Math.toIntExact(in.length())];
            in.readBytes(bytes, 0, bytes.length);
            return bytes;
        }
    }
}
