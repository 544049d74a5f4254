package congkhai.pipeline;

import congkhai.pages.Page;
import congkhai.search.SearchSink;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The staging site as the search stage sees it, which a failed render closes: the next file the
 * search writes throws, so a build that publishes nothing reports its problems without first
 * indexing the whole site. The search writes into the staging folder until it stops, so
 * {@link #abandon} waits for that before the folder is deleted.
 */
final class AbandonableSink implements SearchSink {
    private final SearchSink staging;
    private volatile boolean abandoned;

    AbandonableSink(SearchSink staging) {
        this.staging = staging;
    }

    /** Makes every later write throw and returns once {@code search}, which writes here, has ended, however it ended. */
    void abandon(CompletableFuture<?> search) {
        abandoned = true;
        search.exceptionally(ignored -> null).join();
    }

    private void check() {
        if (abandoned) {
            throw new CancellationException("the build publishes nothing: its render failed");
        }
    }

    @Override
    public void accept(Page page) {
        check();
        staging.accept(page);
    }

    @Override
    public OutputStream open(String path) throws IOException {
        check();
        return staging.open(path);
    }

    @Override
    public Directory luceneDirectory(String folder) throws IOException {
        check();
        return staging.luceneDirectory(folder);
    }
}
