package io.flowhex.adapter.micrometer;

import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * A count and a total time, the two halves of a {@code FunctionTimer}. A full {@code Timer} also keeps a
 * decaying maximum, which reads the wall clock on every record; these meters fire several times per
 * request, so they keep count and sum only and the request path pays no clock read beyond the durations.
 */
final class CountedTime {

    private final LongAdder count = new LongAdder();
    private final LongAdder nanos = new LongAdder();

    void record(Duration duration) {
        record(duration.toNanos());
    }

    void record(long durationNanos) {
        count.increment();
        nanos.add(durationNanos);
    }

    long count() {
        return count.sum();
    }

    double totalNanos() {
        return nanos.sum();
    }
}
