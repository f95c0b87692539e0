package io.flowhex.bootstrap.attack;

import io.flowhex.bootstrap.attack.AttackFixture.AccountRef;
import io.flowhex.bootstrap.attack.AttackFixture.FlowRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * GetFlow calls of one account's own flow from a few threads until stopped, each call handed to a
 * sink: as fast as answers come (closed loop), or paced to a rate shared by all threads (each call
 * has its slot on a common schedule; a call whose slot has passed is sent at once, so a server that
 * falls behind shows as lower throughput, not as hidden waiting).
 */
final class SteadyLoad implements AutoCloseable {

    private final ExecutorService threads;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong slots = new AtomicLong();
    private final long startNanos = System.nanoTime();
    private final List<Future<?>> workers = new ArrayList<>();

    private SteadyLoad(AttackServer server, AccountRef account, int threadCount, double perSecond, Consumer<LoadClient.Call> sink) {
        this.threads = Executors.newFixedThreadPool(threadCount, LoadClient.clientThreads("attack-load-"));
        LoadClient client = new LoadClient(Duration.ofSeconds(10));
        FlowRef flow = account.flows().get(0);
        Map<String, String> parameters = Map.of("FlowId", flow.flowId(), "CustSpaceId", flow.spaceId());
        for (int t = 0; t < threadCount; t++) {
            CallVariant variant = CallVariant.official(t);
            workers.add(threads.submit(() -> {
                Signing signing = Signing.as(account.key(AttackFixture.Role.ROOT), server.endpoint());
                while (running.get()) {
                    if (perSecond > 0 && !waitForSlot(perSecond)) {
                        return;
                    }
                    sink.accept(client.call(signing, variant, parameters));
                }
            }));
        }
    }

    /** As fast as the server answers. */
    static SteadyLoad closedLoop(AttackServer server, AccountRef account, int threads, Consumer<LoadClient.Call> sink) {
        return new SteadyLoad(server, account, threads, 0, sink);
    }

    /** At {@code perSecond} calls a second in total, spread over the threads. */
    static SteadyLoad paced(AttackServer server, AccountRef account, int threads, double perSecond,
            Consumer<LoadClient.Call> sink) {
        return new SteadyLoad(server, account, threads, perSecond, sink);
    }

    private boolean waitForSlot(double perSecond) {
        long slot = slots.getAndIncrement();
        long due = startNanos + (long) (slot * 1e9 / perSecond);
        while (running.get()) {
            long wait = due - System.nanoTime();
            if (wait <= 0) {
                return true;
            }
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(wait, 50_000_000L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Stops issuing calls and waits for the ones in flight. */
    @Override
    public void close() {
        running.set(false);
        threads.shutdown();
        try {
            if (!threads.awaitTermination(30, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Future<?> worker : workers) {
            if (worker.isDone() && !worker.isCancelled()) {
                try {
                    worker.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a load thread failed", e.getCause());
                }
            }
        }
    }
}
