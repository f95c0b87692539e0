package io.flowhex.adapter.jdbc;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of a {@link JdbcFlowStore}; immutable, validated when built.
 *
 * <table>
 *   <caption>Settings and their defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code schemaOnStart}</td><td>{@link SchemaOnStart#MIGRATE}</td>
 *       <td>what {@link JdbcFlowStore#create(javax.sql.DataSource, JdbcStoreOptions)} does with the schema</td></tr>
 *   <tr><td>{@code noncePurgeInterval}</td><td>{@value #DEFAULT_NONCE_PURGE_INTERVAL}</td>
 *       <td>every how many nonce recordings expired nonces are purged</td></tr>
 *   <tr><td>{@code noncePurgeBatchSize}</td><td>{@value #DEFAULT_NONCE_PURGE_BATCH_SIZE}</td>
 *       <td>the most expired nonces one purge deletes</td></tr>
 *   <tr><td>{@code accountCacheTtl}</td><td>1 second</td>
 *       <td>how long an account read (subscription, spaces, QPS override) is reused before it is read
 *       again; a save through the same store applies at once, one through another store (another
 *       server instance) within this time. {@link java.time.Duration#ZERO} reads every time. At most
 *       {@value #ACCOUNT_CACHE_SIZE} accounts are kept.</td></tr>
 *   <tr><td>{@code decodedFlowCacheSize}</td><td>{@value #DEFAULT_DECODED_FLOW_CACHE_SIZE}</td>
 *       <td>how many flows keep their last decoding (row to domain values), reused while a read returns
 *       an identical row; every read still goes to the database, so this never makes a flow stale.
 *       0 decodes every read.</td></tr>
 *   <tr><td>{@code historyTable}</td><td>{@value #DEFAULT_HISTORY_TABLE}</td>
 *       <td>the table Flyway records flowhex's own migrations in; never the embedder's history table
 *       ({@code flyway_schema_history}), so the two schemas migrate independently in one database. A
 *       plain SQL identifier: a letter or underscore, then letters, digits or underscores, at most
 *       {@value #MAX_HISTORY_TABLE_LENGTH} characters.</td></tr>
 * </table>
 */
public final class JdbcStoreOptions {

    /** What happens to the database schema when the store is created. */
    public enum SchemaOnStart {
        /** Apply the migrations the database lacks ("migrate on start": true). */
        MIGRATE,
        /** Change nothing, but fail unless the schema is exactly the one this version ships ("migrate on start": false). */
        VALIDATE,
        /** Touch the database only when a port is first called; the embedder vouches for the schema. */
        NONE
    }

    public static final int DEFAULT_NONCE_PURGE_INTERVAL = 100;
    public static final int DEFAULT_NONCE_PURGE_BATCH_SIZE = 500;
    public static final int MAX_NONCE_PURGE_BATCH_SIZE = 10_000;
    public static final Duration DEFAULT_ACCOUNT_CACHE_TTL = Duration.ofSeconds(1);
    public static final Duration MAX_ACCOUNT_CACHE_TTL = Duration.ofMinutes(1);
    public static final int ACCOUNT_CACHE_SIZE = 10_000;
    public static final int DEFAULT_DECODED_FLOW_CACHE_SIZE = 10_000;
    public static final int MAX_DECODED_FLOW_CACHE_SIZE = 1_000_000;
    public static final String DEFAULT_HISTORY_TABLE = "flowhex_schema_history";
    public static final int MAX_HISTORY_TABLE_LENGTH = 63;
    /** Flyway's own default: the embedder's history, which flowhex must never write to. */
    private static final String EMBEDDER_HISTORY_TABLE = "flyway_schema_history";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final JdbcStoreOptions DEFAULTS = custom().build();

    private final SchemaOnStart schemaOnStart;
    private final int noncePurgeInterval;
    private final int noncePurgeBatchSize;
    private final Duration accountCacheTtl;
    private final int decodedFlowCacheSize;
    private final String historyTable;

    private JdbcStoreOptions(Builder builder) {
        this.schemaOnStart = builder.schemaOnStart;
        this.noncePurgeInterval = builder.noncePurgeInterval;
        this.noncePurgeBatchSize = builder.noncePurgeBatchSize;
        this.accountCacheTtl = builder.accountCacheTtl;
        this.decodedFlowCacheSize = builder.decodedFlowCacheSize;
        this.historyTable = builder.historyTable;
    }

    public static JdbcStoreOptions ofDefaults() {
        return DEFAULTS;
    }

    public static Builder custom() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public static Builder from(JdbcStoreOptions options) {
        return new Builder()
                .schemaOnStart(options.schemaOnStart)
                .noncePurgeInterval(options.noncePurgeInterval)
                .noncePurgeBatchSize(options.noncePurgeBatchSize)
                .accountCacheTtl(options.accountCacheTtl)
                .decodedFlowCacheSize(options.decodedFlowCacheSize)
                .historyTable(options.historyTable);
    }

    public SchemaOnStart schemaOnStart() {
        return schemaOnStart;
    }

    public int noncePurgeInterval() {
        return noncePurgeInterval;
    }

    public int noncePurgeBatchSize() {
        return noncePurgeBatchSize;
    }

    public Duration accountCacheTtl() {
        return accountCacheTtl;
    }

    public int decodedFlowCacheSize() {
        return decodedFlowCacheSize;
    }

    /** The table flowhex's migrations are recorded in. */
    public String historyTable() {
        return historyTable;
    }

    @Override
    public String toString() {
        return "JdbcStoreOptions[schemaOnStart=" + schemaOnStart + ", noncePurgeInterval=" + noncePurgeInterval
                + ", noncePurgeBatchSize=" + noncePurgeBatchSize + ", accountCacheTtl=" + accountCacheTtl + ", decodedFlowCacheSize=" + decodedFlowCacheSize
                + ", historyTable=" + historyTable + "]";
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {

        private SchemaOnStart schemaOnStart = SchemaOnStart.MIGRATE;
        private int noncePurgeInterval = DEFAULT_NONCE_PURGE_INTERVAL;
        private int noncePurgeBatchSize = DEFAULT_NONCE_PURGE_BATCH_SIZE;
        private Duration accountCacheTtl = DEFAULT_ACCOUNT_CACHE_TTL;
        private int decodedFlowCacheSize = DEFAULT_DECODED_FLOW_CACHE_SIZE;
        private String historyTable = DEFAULT_HISTORY_TABLE;

        private Builder() {
        }

        public Builder schemaOnStart(SchemaOnStart value) {
            this.schemaOnStart = Objects.requireNonNull(value, "schemaOnStart");
            return this;
        }

        /** Shorthand: true is {@link SchemaOnStart#MIGRATE}, false is {@link SchemaOnStart#VALIDATE}. */
        public Builder migrateOnStart(boolean migrate) {
            return schemaOnStart(migrate ? SchemaOnStart.MIGRATE : SchemaOnStart.VALIDATE);
        }

        public Builder noncePurgeInterval(int recordings) {
            this.noncePurgeInterval = recordings;
            return this;
        }

        public Builder noncePurgeBatchSize(int rows) {
            this.noncePurgeBatchSize = rows;
            return this;
        }

        /** How long an account read is reused; {@link Duration#ZERO} reads the database on every call. */
        public Builder accountCacheTtl(Duration value) {
            this.accountCacheTtl = Objects.requireNonNull(value, "accountCacheTtl");
            return this;
        }

        /** How many flows keep their last decoding; 0 decodes every read. */
        public Builder decodedFlowCacheSize(int flows) {
            this.decodedFlowCacheSize = flows;
            return this;
        }

        /** The table flowhex's migrations are recorded in; see the class comment for what is accepted. */
        public Builder historyTable(String table) {
            this.historyTable = Objects.requireNonNull(table, "historyTable");
            return this;
        }

        public JdbcStoreOptions build() {
            if (noncePurgeInterval < 1) {
                throw new IllegalArgumentException("noncePurgeInterval must be at least 1");
            }
            if (noncePurgeBatchSize < 1 || noncePurgeBatchSize > MAX_NONCE_PURGE_BATCH_SIZE) {
                throw new IllegalArgumentException(
                        "noncePurgeBatchSize must be 1 to " + MAX_NONCE_PURGE_BATCH_SIZE);
            }
            if (accountCacheTtl.isNegative() || accountCacheTtl.compareTo(MAX_ACCOUNT_CACHE_TTL) > 0) {
                throw new IllegalArgumentException("accountCacheTtl must be 0 to " + MAX_ACCOUNT_CACHE_TTL);
            }
            if (decodedFlowCacheSize < 0 || decodedFlowCacheSize > MAX_DECODED_FLOW_CACHE_SIZE) {
                throw new IllegalArgumentException("decodedFlowCacheSize must be 0 to " + MAX_DECODED_FLOW_CACHE_SIZE);
            }
            if (historyTable.length() > MAX_HISTORY_TABLE_LENGTH || !IDENTIFIER.matcher(historyTable).matches()) {
                throw new IllegalArgumentException("historyTable must be a letter or underscore followed by letters, "
                        + "digits or underscores, at most " + MAX_HISTORY_TABLE_LENGTH + " characters");
            }
            if (historyTable.equalsIgnoreCase(EMBEDDER_HISTORY_TABLE)) {
                throw new IllegalArgumentException("historyTable must not be " + EMBEDDER_HISTORY_TABLE
                        + ", the embedder's own Flyway history");
            }
            return new JdbcStoreOptions(this);
        }
    }
}
