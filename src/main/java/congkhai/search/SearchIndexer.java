package congkhai.search;

import congkhai.render.Page;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
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
        doc.add(new TextField(SearchFields.TITLE, r.heading(), Field.Store.YES));
        doc.add(new TextField(SearchFields.NUMBER, r.number(), Field.Store.YES));
        doc.add(new TextField(SearchFields.ISSUER, r.issuer(), Field.Store.YES));
        doc.add(new TextField(SearchFields.SIGNER, r.signer(), Field.Store.YES));
        r.agencyNames().forEach(a -> doc.add(new TextField(SearchFields.AGENCIES, a, Field.Store.NO)));
        r.topicNames().forEach(t -> doc.add(new TextField(SearchFields.TOPICS, t, Field.Store.NO)));
        doc.add(new TextField(SearchFields.BODY, r.body(), Field.Store.NO));
        for (String text : allText(r)) {
            doc.add(new TextField(SearchFields.PAIRS, text, Field.Store.NO));
            doc.add(new TextField(SearchFields.EXACT, text, Field.Store.NO));
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
