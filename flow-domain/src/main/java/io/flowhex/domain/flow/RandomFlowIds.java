package io.flowhex.domain.flow;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Random;

/**
 * FlowIds as CAMS issues them: 16 random decimal digits, the first not 0 (so the id keeps its length
 * when a client reads it as a number). 9 × 10^15 values: two of a million flows collide with a
 * probability near 5 × 10^-5, which the store's unique key catches.
 */
public final class RandomFlowIds implements FlowIdGenerator {

    public static final int LENGTH = 16;

    private static final long LOWEST = 1_000_000_000_000_000L;
    private static final long ABOVE_HIGHEST = 10_000_000_000_000_000L;

    private final Random random;

    /** {@code random} is shared by every caller; {@link Random} and {@link SecureRandom} are thread-safe. */
    public RandomFlowIds(Random random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Unpredictable ids, from a {@link SecureRandom}. */
    public static RandomFlowIds ofDefaults() {
        return new RandomFlowIds(new SecureRandom());
    }

    @Override
    public FlowId next() {
        return new FlowId(Long.toString(random.nextLong(LOWEST, ABOVE_HIGHEST)));
    }
}
