package io.flowhex.adapter.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writers started together on a latch; a writer's failure fails the race. */
final class Race {

    interface Writer {
        void run(int writer) throws Exception;
    }

    private Race() {
    }

    /** Runs writers {@code 0} to {@code writers - 1} at once and waits for all of them. */
    static void run(int writers, Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int number = w;
                done.add(pool.submit(() -> {
                    start.await();
                    writer.run(number);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
