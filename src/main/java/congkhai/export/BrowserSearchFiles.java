package congkhai.export;

import congkhai.config.Agency;
import congkhai.pages.PageSink;
import congkhai.search.BrowserFiles;
import congkhai.search.SearchRecord;
import org.apache.lucene.index.DirectoryReader;

import java.io.IOException;
import java.util.List;

/** The browser's search files ({@link BrowserIndex}) as the search stage makes them, chunk by chunk and then the terms. */
public final class BrowserSearchFiles implements BrowserFiles {

    @Override
    public int chunkSize() {
        return BrowserIndex.CHUNK;
    }

    @Override
    public void chunk(int number, List<SearchRecord> records, PageSink sink) {
        BrowserIndex.chunk(number, records).forEach(sink::accept);
    }

    @Override
    public void indexed(DirectoryReader reader, int recordCount, List<List<String>> aliases, List<Agency> agencies, PageSink sink)
            throws IOException {
        new BrowserIndex(reader, recordCount, aliases, agencies).writeTerms(sink);
    }
}
