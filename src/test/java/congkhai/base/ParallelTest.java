package congkhai.base;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ParallelTest {

    @Test
    void everyItemIsDoneOnce() {
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        ConcurrentHashMap<Integer, AtomicInteger> done = new ConcurrentHashMap<>();
        Parallel.forEach(items, i -> done.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
        assertEquals(items.size(), done.size());
        assertTrue(done.values().stream().allMatch(n -> n.get() == 1));
    }

    @Test
    void aLongItemDoesNotHoldBackTheItemsAfterIt() throws InterruptedException {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two cores");
        // the first item ends only once every other item is done: a split of the list into fixed
        // halves would leave the first half's items waiting behind it, and this would time out
        int n = 200;
        CountDownLatch others = new CountDownLatch(n - 1);
        AtomicInteger firstSawAllDone = new AtomicInteger();
        Parallel.forEach(IntStream.range(0, n).boxed().toList(), i -> {
            if (i == 0) {
                try {
                    if (others.await(20, TimeUnit.SECONDS)) {
                        firstSawAllDone.set(1);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                others.countDown();
            }
        });
        assertEquals(1, firstSawAllDone.get());
    }

    @Test
    void theFirstFailureIsThrownAfterTheRunningItemsEnd() {
        IllegalStateException boom = new IllegalStateException("hỏng");
        AtomicInteger started = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                Parallel.forEach(IntStream.range(0, 1_000).boxed().toList(), i -> {
                    started.incrementAndGet();
                    if (i == 3) {
                        throw boom;
                    }
                    try {
                        // long enough that the whole list would take half a second had nothing stopped it
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertSame(boom, thrown);
        assertTrue(started.get() < 1_000, "no new item starts after a failure");
    }

    @Test
    void anEmptyListDoesNothing() {
        Parallel.forEach(List.<Integer>of(), i -> {
            throw new AssertionError();
        });
    }
}
