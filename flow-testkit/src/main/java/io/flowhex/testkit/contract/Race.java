package io.flowhex.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Many callers on threads of their own, each started and then held at one latch until all are ready, so
 * their calls overlap as closely as threads allow; no sleeps. A caller's exception fails the race.
 * {@link TwoWriters} is the two-caller, many-round kind.
 */
final class Race {

    private Race() {
    }

    /** What each of {@code threads} callers answered, in caller order; {@code caller} makes caller {@code i}'s call. */
    static <T> List<T> among(int threads, IntFunction<Callable<T>> caller)
            throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch ready = new CountDownLatch(threads);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>(threads);
            for (int t = 0; t < threads; t++) {
                Callable<T> call = caller.apply(t);
                answers.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>(threads);
            for (Future<T> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
