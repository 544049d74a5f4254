package congkhai.search;

import congkhai.pages.PageSink;
import org.apache.lucene.store.Directory;

import java.io.IOException;

/**
 * Where the search stage puts what it makes: pages, like every stage, and a folder for Lucene's
 * index, which Lucene writes and reads back itself while it merges. The output stage gives both, inside
 * the site it is about to publish; a preview gives them in memory.
 */
public interface SearchSink extends PageSink {

    /** An empty Lucene directory for the index at {@code folder}, a path inside the site ("search/lucene/"). */
    Directory luceneDirectory(String folder) throws IOException;
}
