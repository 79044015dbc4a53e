package ai.smiling4j.api;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLongArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SliceWorkersTest {

    @Test
    void everySliceRunsOncePerCallAndItsWritesAreSeenAfterwards() throws InterruptedException {
        try (SliceWorkers workers = new SliceWorkers(3, "test")) {
            long[] sums = new long[4];
            for (int call = 1; call <= 20_000; call++) {
                int c = call;
                workers.run(slice -> sums[slice] += c); // plain writes, read by this thread below
                if (call % 5_000 == 0) {
                    Thread.sleep(2); // longer than the spin: the workers park and must be woken
                }
            }
            long expected = 20_000L * 20_001 / 2;
            for (long sum : sums) {
                assertEquals(expected, sum);
            }
        }
    }

    @Test
    void sliceZeroRunsOnTheCallerAndTheOthersEachOnTheirOwnThread() {
        Thread[] threads = new Thread[3];
        try (SliceWorkers workers = new SliceWorkers(2, "test")) {
            workers.run(slice -> threads[slice] = Thread.currentThread());
        }
        assertSame(Thread.currentThread(), threads[0]);
        assertNotSame(threads[0], threads[1]);
        assertNotSame(threads[1], threads[2]);
        assertFalse(threads[1].isAlive() || threads[2].isAlive(), "close ends the workers");
    }

    @Test
    void failuresAreRethrownOnceEverySliceIsDoneTheCallersFirst() {
        try (SliceWorkers workers = new SliceWorkers(2, "test")) {
            AtomicLongArray finished = new AtomicLongArray(3);
            IllegalStateException worker = assertThrows(IllegalStateException.class, () -> workers.run(slice -> {
                if (slice == 2) {
                    throw new IllegalStateException("slice 2");
                }
                finished.incrementAndGet(slice);
            }));
            assertEquals("slice 2", worker.getMessage());
            assertEquals(1, finished.get(0), "the caller's slice ran to its end");
            assertEquals(1, finished.get(1), "the other worker's slice ran to its end");
            ArithmeticException caller = assertThrows(ArithmeticException.class, () -> workers.run(slice -> {
                throw slice == 0 ? new ArithmeticException("slice 0") : new IllegalStateException("slice " + slice);
            }));
            assertEquals("slice 0", caller.getMessage());
            long[] after = new long[3];
            workers.run(slice -> after[slice] = 1);
            assertEquals(3, after[0] + after[1] + after[2], "a failure does not break the next call");
        }
    }

    @Test
    void anInterruptIsKeptButDoesNotCutTheWaitShort() {
        try (SliceWorkers workers = new SliceWorkers(1, "test")) {
            boolean[] done = new boolean[2];
            Thread.currentThread().interrupt();
            workers.run(slice -> {
                if (slice == 1) {
                    long until = System.nanoTime() + 5 * SliceWorkers.SPIN_NANOS;
                    while (System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                }
                done[slice] = true;
            });
            assertTrue(Thread.interrupted(), "the interrupt is kept");
            assertTrue(done[0] && done[1]);
        }
    }
}
