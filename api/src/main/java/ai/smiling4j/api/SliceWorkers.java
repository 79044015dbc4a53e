package ai.smiling4j.api;

import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Daemon threads that each run one slice of a parallel loop on request, while the calling thread
 * runs slice 0. Work is handed over and collected by spinning for a short while before parking:
 * a thread pool's park and wake-up cost tens of microseconds on Linux, which is a large share of
 * a vector step of a few hundred. A waiting thread parks after {@link #SPIN_NANOS}, so idle
 * workers cost nothing between steps. One thread drives an instance.
 */
final class SliceWorkers implements AutoCloseable {
    /** How long a thread spins for its signal before it parks. */
    static final long SPIN_NANOS = 50_000;

    private final Worker[] workers;
    private volatile Thread caller;
    private volatile boolean callerParked;
    private long generation;

    /** Starts {@code count} workers, for slices 1 to {@code count}. */
    SliceWorkers(int count, String name) {
        workers = new Worker[count];
        for (int i = 0; i < count; i++) {
            workers[i] = new Worker(i + 1);
            Thread thread = new Thread(workers[i], name + "-" + (i + 1));
            thread.setDaemon(true);
            workers[i].thread = thread;
            thread.start();
        }
    }

    /**
     * Runs {@code slice} for every slice index, 0 on this thread and the others on the workers,
     * and returns once all are done. The first failure (this thread's first) is rethrown then; an
     * interrupt is kept for the caller but does not cut the wait short.
     */
    void run(IntConsumer slice) {
        long g = ++generation;
        caller = Thread.currentThread();
        for (Worker w : workers) {
            w.task = slice;
            w.requested = g;
            if (w.parked) {
                LockSupport.unpark(w.thread);
            }
        }
        Throwable failure = null;
        try {
            slice.accept(0);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        boolean interrupted = false;
        for (Worker w : workers) {
            long start = System.nanoTime();
            while (w.completed != g) {
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                    continue;
                }
                callerParked = true;
                if (w.completed != g) {
                    LockSupport.park(this);
                    interrupted |= Thread.interrupted();
                }
                callerParked = false;
            }
            failure = failure == null ? w.failure : failure;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Stops the workers and waits for them to end. */
    @Override
    public void close() {
        for (Worker w : workers) {
            w.stopped = true;
            LockSupport.unpark(w.thread);
        }
        boolean interrupted = false;
        for (Worker w : workers) {
            while (w.thread.isAlive()) {
                try {
                    w.thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Worker implements Runnable {
        private final int slice;
        private Thread thread;
        private volatile IntConsumer task;
        private volatile long requested;
        private volatile long completed;
        private volatile boolean parked;
        private volatile boolean stopped;
        private volatile Throwable failure;

        Worker(int slice) {
            this.slice = slice;
        }

        @Override
        public void run() {
            long done = 0;
            while (true) {
                long start = System.nanoTime();
                while (requested == done && !stopped) {
                    if (System.nanoTime() - start < SPIN_NANOS) {
                        Thread.onSpinWait();
                        continue;
                    }
                    parked = true;
                    if (requested == done && !stopped) {
                        LockSupport.park(this);
                    }
                    parked = false;
                }
                if (stopped) {
                    return;
                }
                done = requested;
                try {
                    task.accept(slice);
                    failure = null;
                } catch (Throwable t) {
                    failure = t;
                }
                completed = done;
                if (callerParked) {
                    LockSupport.unpark(caller);
                }
            }
        }
    }
}
