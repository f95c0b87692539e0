package io.flowhex.application.metrics;

import io.flowhex.application.port.out.FlowMetrics;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Times the calls of one store port and reports each, failed or not, under the store's name. */
final class StoreCalls {

    private final String store;
    private final FlowMetrics metrics;
    private final LongSupplier ticker;

    StoreCalls(String store, FlowMetrics metrics, LongSupplier ticker) {
        this.store = store;
        this.metrics = metrics;
        this.ticker = ticker;
    }

    <T> T call(String operation, Supplier<T> body) {
        long start = ticker.getAsLong();
        boolean failed = true;
        try {
            T result = body.get();
            failed = false;
            return result;
        } finally {
            report(operation, start, failed);
        }
    }

    boolean test(String operation, BooleanSupplier body) {
        // Boolean.valueOf's two cached instances: no allocation for the box
        return call(operation, body::getAsBoolean);
    }

    void run(String operation, Runnable body) {
        call(operation, () -> {
            body.run();
            return null;
        });
    }

    private void report(String operation, long start, boolean failed) {
        metrics.storeCallFinished(store, operation, Duration.ofNanos(ticker.getAsLong() - start), failed);
    }
}
