package io.flowhex.application.metrics;

import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.out.FlowMetrics.StoreCallRecorder;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Times the calls of one store operation and reports each, failed or not, to the recorder the metrics
 * resolved for it when the store was wrapped: the request path pays two ticks and the record, no lookup.
 */
final class StoreCalls {

    private final StoreCallRecorder recorder;
    private final LongSupplier ticker;

    private StoreCalls(StoreCallRecorder recorder, LongSupplier ticker) {
        this.recorder = recorder;
        this.ticker = ticker;
    }

    /** The calls of {@code operation} (the port's method name) on {@code store} (the port's name). */
    static StoreCalls of(String store, String operation, FlowMetrics metrics, LongSupplier ticker) {
        return new StoreCalls(metrics.storeCalls(store, operation), ticker);
    }

    <T> T call(Supplier<T> body) {
        long start = ticker.getAsLong();
        boolean failed = true;
        try {
            T result = body.get();
            failed = false;
            return result;
        } finally {
            recorder.finished(ticker.getAsLong() - start, failed);
        }
    }

    boolean test(BooleanSupplier body) {
        // Boolean.valueOf's two cached instances: no allocation for the box
        return call(body::getAsBoolean);
    }

    void run(Runnable body) {
        call(() -> {
            body.run();
            return null;
        });
    }
}
