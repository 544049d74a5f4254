package congkhai.base;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * Work on every core until the last item of a list is done, for lists whose items cost very
 * different amounts (a document's page against a task's).
 *
 * <p>A parallel stream started from a thread outside the fork-join pool (the build's main thread)
 * splits its list into halves up front; once the calling thread has finished its half, it can only
 * wait for the pool's workers, and cannot take the pieces a worker split off for itself. On a
 * 2-core machine, where the common pool has one worker, the render of a 10,000-record site ran on
 * one core for its last 15 seconds this way (a JFR profile in docs/benchmarks.md). Here every
 * thread, the caller included, takes the next item as soon as it is free, so all of them stay busy
 * until no item is left.
 */
public final class Parallel {

    private Parallel() {
    }

    /**
     * Runs {@code action} once for each item, on as many threads as the machine has cores (the
     * calling thread one of them), in no particular order, and returns when all are done. Called
     * from a fork-join pool's worker, it uses as many threads as that pool has, as a parallel
     * stream would: the preview's site data are made in a pool of one thread, so that an edit's
     * pages keep the other cores. If an action throws, no further items are started and the first
     * exception is thrown here once the running ones end, any others added to it as suppressed.
     */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        forEachAt(items, (item, at) -> action.accept(item));
    }

    /** As {@link #forEach}, the action given each item with its place in the list. */
    public static <T> void forEachAt(List<T> items, ObjIntConsumer<? super T> action) {
        int cores = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool().getParallelism() : Runtime.getRuntime().availableProcessors();
        int threads = Math.min(cores, items.size());
        if (threads <= 1) {
            for (int i = 0; i < items.size(); i++) {
                action.accept(items.get(i), i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < items.size() && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    action.accept(items.get(i), i);
                } catch (RuntimeException | Error e) {
                    Throwable first = failure.compareAndExchange(null, e);
                    // the same exception thrown by two items cannot suppress itself
                    if (first != null && first != e) {
                        first.addSuppressed(e);
                    }
                }
            }
        };
        List<Thread> helpers = new ArrayList<>(threads - 1);
        for (int t = 1; t < threads; t++) {
            Thread helper = new Thread(work, "congkhai-parallel-" + t);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        work.run();
        boolean interrupted = false;
        for (Thread helper : helpers) {
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    // the items under way finish either way; the caller learns of the interrupt afterwards
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
    }
}
