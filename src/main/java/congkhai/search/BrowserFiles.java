package congkhai.search;

import congkhai.config.Agency;
import congkhai.pages.PageSink;
import org.apache.lucene.index.DirectoryReader;

import java.io.IOException;
import java.util.List;

/**
 * The browser's search files, made alongside the index by the export stage (congkhai.export): each
 * chunk of records as indexing reads it, so no record is read twice nor held longer than its chunk,
 * then the term shards from the finished index.
 */
public interface BrowserFiles {

    /** Records per chunk: indexing reads the records this many at a time. */
    int chunkSize();

    /** The files of chunk {@code number}, made from its records; called from many indexing threads at once. */
    void chunk(int number, List<SearchRecord> records, PageSink sink);

    /** The files made from the whole index, one segment in record order, once every chunk is in. */
    void indexed(DirectoryReader reader, int recordCount, List<List<String>> aliases, List<Agency> agencies, PageSink sink)
            throws IOException;
}
