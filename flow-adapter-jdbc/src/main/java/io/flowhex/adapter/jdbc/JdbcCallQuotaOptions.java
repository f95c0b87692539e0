package io.flowhex.adapter.jdbc;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the shared call quota ({@link JdbcFlowStore#callQuota(JdbcCallQuotaOptions)});
 * immutable, validated when built.
 *
 * <table>
 *   <caption>Settings and their defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code whenUnavailable}</td><td>{@link WhenUnavailable#FAIL_CLOSED}</td>
 *       <td>what a decision is when the database does not answer: refused with
 *       {@code ServiceUnavailable} (closed), or allowed (open)</td></tr>
 *   <tr><td>{@code window}</td><td>1 second</td>
 *       <td>how long a budget of {@code permitsPerSecond} calls lasts, from the first call after the
 *       previous window ended; the port's contract is one second, longer is for tests</td></tr>
 *   <tr><td>{@code purgeInterval}</td><td>{@value #DEFAULT_PURGE_INTERVAL}</td>
 *       <td>every how many decisions of this instance rows whose window is over are purged</td></tr>
 *   <tr><td>{@code purgeBatchSize}</td><td>{@value #DEFAULT_PURGE_BATCH_SIZE}</td>
 *       <td>the most rows one purge deletes</td></tr>
 * </table>
 */
public final class JdbcCallQuotaOptions {

    /** What a decision is when the database does not answer it. */
    public enum WhenUnavailable {
        /** The call is refused: the application answers {@code ServiceUnavailable}, as for any store failure. */
        FAIL_CLOSED,
        /** The call is allowed, unlimited for as long as the database does not answer. */
        FAIL_OPEN
    }

    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(1);
    public static final Duration MAX_WINDOW = Duration.ofDays(1);
    public static final int DEFAULT_PURGE_INTERVAL = 100;
    public static final int DEFAULT_PURGE_BATCH_SIZE = 500;
    public static final int MAX_PURGE_BATCH_SIZE = 10_000;

    private static final JdbcCallQuotaOptions DEFAULTS = custom().build();

    private final WhenUnavailable whenUnavailable;
    private final Duration window;
    private final int purgeInterval;
    private final int purgeBatchSize;

    private JdbcCallQuotaOptions(Builder builder) {
        this.whenUnavailable = builder.whenUnavailable;
        this.window = builder.window;
        this.purgeInterval = builder.purgeInterval;
        this.purgeBatchSize = builder.purgeBatchSize;
    }

    public static JdbcCallQuotaOptions ofDefaults() {
        return DEFAULTS;
    }

    public static Builder custom() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public static Builder from(JdbcCallQuotaOptions options) {
        return new Builder()
                .whenUnavailable(options.whenUnavailable)
                .window(options.window)
                .purgeInterval(options.purgeInterval)
                .purgeBatchSize(options.purgeBatchSize);
    }

    public WhenUnavailable whenUnavailable() {
        return whenUnavailable;
    }

    public Duration window() {
        return window;
    }

    public int purgeInterval() {
        return purgeInterval;
    }

    public int purgeBatchSize() {
        return purgeBatchSize;
    }

    @Override
    public String toString() {
        return "JdbcCallQuotaOptions[whenUnavailable=" + whenUnavailable + ", window=" + window
                + ", purgeInterval=" + purgeInterval + ", purgeBatchSize=" + purgeBatchSize + "]";
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {

        private WhenUnavailable whenUnavailable = WhenUnavailable.FAIL_CLOSED;
        private Duration window = DEFAULT_WINDOW;
        private int purgeInterval = DEFAULT_PURGE_INTERVAL;
        private int purgeBatchSize = DEFAULT_PURGE_BATCH_SIZE;

        private Builder() {
        }

        public Builder whenUnavailable(WhenUnavailable value) {
            this.whenUnavailable = Objects.requireNonNull(value, "whenUnavailable");
            return this;
        }

        /** How long one budget lasts; whole microseconds, the databases' precision. */
        public Builder window(Duration value) {
            this.window = Objects.requireNonNull(value, "window");
            return this;
        }

        public Builder purgeInterval(int decisions) {
            this.purgeInterval = decisions;
            return this;
        }

        public Builder purgeBatchSize(int rows) {
            this.purgeBatchSize = rows;
            return this;
        }

        public JdbcCallQuotaOptions build() {
            if (window.compareTo(Duration.ofNanos(1_000)) < 0 || window.compareTo(MAX_WINDOW) > 0
                    || window.toNanosPart() % 1_000 != 0) {
                throw new IllegalArgumentException("window must be whole microseconds, 1 microsecond to " + MAX_WINDOW);
            }
            if (purgeInterval < 1) {
                throw new IllegalArgumentException("purgeInterval must be at least 1");
            }
            if (purgeBatchSize < 1 || purgeBatchSize > MAX_PURGE_BATCH_SIZE) {
                throw new IllegalArgumentException("purgeBatchSize must be 1 to " + MAX_PURGE_BATCH_SIZE);
            }
            return new JdbcCallQuotaOptions(this);
        }
    }
}
