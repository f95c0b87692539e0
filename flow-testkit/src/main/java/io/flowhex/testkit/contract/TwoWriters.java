package io.flowhex.testkit.contract;

import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two writers on two threads of their own, released together by a barrier for each round, so their
 * calls overlap as closely as threads allow; no sleeps. A writer's exception fails the round.
 */
final class TwoWriters implements AutoCloseable {

    /** What the two writers of one round answered. */
    record Outcome<A, B>(A first, B second) {
    }

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    <A, B> Outcome<A, B> race(Callable<A> first, Callable<B> second) throws InterruptedException, ExecutionException {
        CyclicBarrier start = new CyclicBarrier(2);
        Future<A> one = threads.submit(() -> {
            start.await();
            return first.call();
        });
        Future<B> two = threads.submit(() -> {
            start.await();
            return second.call();
        });
        return new Outcome<>(one.get(), two.get());
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
