package congkhai.pipeline;

import congkhai.pages.Page;
import congkhai.search.SearchSink;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

// on a thread of its own, so that a search that is never stopped fails the test instead of hanging it
@Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class AbandonableSinkTest {

    /** What reached the staging site, in order. */
    private static final class Staging implements SearchSink {
        final List<String> written = new CopyOnWriteArrayList<>();

        @Override
        public void accept(Page page) {
            written.add(page.path());
        }

        @Override
        public OutputStream open(String path) {
            written.add(path);
            return new ByteArrayOutputStream();
        }

        @Override
        public Directory luceneDirectory(String folder) {
            written.add(folder);
            return new ByteBuffersDirectory();
        }
    }

    private static Page page(int n) {
        return new Page("search/text/" + n + ".pack", "x".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSearchThatKeepsWritingStopsAtItsNextWriteAndHasEndedWhenAbandonReturns() throws Exception {
        Staging staging = new Staging();
        AbandonableSink sink = new AbandonableSink(staging);
        CountDownLatch writing = new CountDownLatch(1);
        // a search that would write forever, as a large site's seems to a build that has already failed
        CompletableFuture<Integer> search = CompletableFuture.supplyAsync(() -> {
            for (int n = 0; ; n++) {
                sink.accept(page(n));
                writing.countDown();
            }
        });
        writing.await();

        sink.abandon(search);

        assertTrue(search.isDone());
        assertTrue(search.isCompletedExceptionally());
        int writtenWhenAbandoned = staging.written.size();
        assertThrows(CancellationException.class, () -> sink.accept(page(-1)));
        assertThrows(CancellationException.class, () -> sink.open("search/index.json.gz"));
        assertThrows(CancellationException.class, () -> sink.luceneDirectory("search/lucene/"));
        Thread.sleep(50);
        assertEquals(writtenWhenAbandoned, staging.written.size(), "nothing reaches the staging site after abandon returns");
    }

    @Test
    void untilAbandonedEveryWriteReachesTheStagingSite() throws Exception {
        Staging staging = new Staging();
        AbandonableSink sink = new AbandonableSink(staging);
        sink.accept(page(1));
        sink.open("search/index.json.gz").close();
        sink.luceneDirectory("search/lucene/").close();
        assertEquals(List.of("search/text/1.pack", "search/index.json.gz", "search/lucene/"), staging.written);

        sink.abandon(CompletableFuture.completedFuture(3));
        assertThrows(CancellationException.class, () -> sink.accept(page(2)));
    }
}
