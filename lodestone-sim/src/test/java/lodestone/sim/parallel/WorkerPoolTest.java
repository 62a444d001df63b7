package lodestone.sim.parallel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {
    @Test
    void everyNumberedTaskRunsOnceOnAnyNumberOfThreads() {
        for (int threads : new int[] {1, 2, 5}) {
            int[] runs = new int[37];
            try (WorkerPool pool = new WorkerPool(threads, "test-worker", "testing was interrupted")) {
                pool.forEach(runs.length, i -> runs[i]++);
            }
            assertThat(runs).as("%d threads", threads).containsOnly(1);
        }
    }

    @Test
    void oneThreadRunsTheTasksInOrderOnTheCaller() {
        StringBuilder order = new StringBuilder();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (WorkerPool pool = new WorkerPool(1, "test-worker", "testing was interrupted")) {
            pool.forEach(4, i -> {
                order.append(i);
                threads.add(Thread.currentThread().getName());
            });
        }
        assertThat(order).hasToString("0123");
        assertThat(threads).containsExactly(Thread.currentThread().getName());
    }

    @Test
    void severalThreadsRunTheTasksOnNamedWorkers() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (WorkerPool pool = new WorkerPool(3, "test-worker", "testing was interrupted")) {
            pool.forEach(12, i -> threads.add(Thread.currentThread().getName()));
        }
        assertThat(threads).containsOnly("test-worker");
    }

    @Test
    void manyMoreTasksThanThreadsEachRunOnceWithEveryResultInItsSlot() {
        long[] squares = new long[10_000];
        try (WorkerPool pool = new WorkerPool(4, "test-worker", "testing was interrupted")) {
            pool.forEach(squares.length, i -> squares[i] = (long) i * i);
        }
        for (int i = 0; i < squares.length; i++) {
            assertThat(squares[i]).as("slot %d", i).isEqualTo((long) i * i);
        }
    }

    @Test
    void noTasksRunNone() {
        try (WorkerPool pool = new WorkerPool(3, "test-worker", "testing was interrupted")) {
            pool.forEach(0, i -> {
                throw new AssertionError("task " + i + " ran");
            });
        }
    }

    @Test
    void aTasksUncheckedExceptionReachesTheCallerAsThrown() {
        try (WorkerPool pool = new WorkerPool(2, "test-worker", "testing was interrupted")) {
            assertThatThrownBy(() -> pool.forEach(4, i -> {
                        if (i == 2) {
                            throw new UncheckedIOException(new IOException("task 2 failed"));
                        }
                    }))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("task 2 failed");
        }
    }

    @Test
    void anInterruptedCallerIsToldWhatWasInterruptedAndKeepsItsFlag() {
        CountDownLatch never = new CountDownLatch(1);
        try (WorkerPool pool = new WorkerPool(2, "test-worker", "sampling disruption paths was interrupted")) {
            Thread.currentThread().interrupt();
            // the tasks wait until close() interrupts them, so the caller is still waiting when its interrupt is seen
            assertThatThrownBy(() -> pool.forEach(2, i -> awaitQuietly(never)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("sampling disruption paths was interrupted");
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        assertThatThrownBy(() -> new WorkerPool(0, "test-worker", "testing was interrupted"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads (0) must be at least 1.");
    }
}
