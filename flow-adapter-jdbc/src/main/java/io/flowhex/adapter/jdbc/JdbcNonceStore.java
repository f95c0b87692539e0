package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccessKeyId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Replay protection shared by every instance on the same database: a nonce is recorded by one
 * atomic statement against a primary key (see {@link Dialect#recordNonce()}), so of any number of
 * concurrent callers, on any number of servers, exactly one wins. Every {@code purgeInterval}-th
 * recording also deletes at most {@code purgeBatchSize} expired records through the expiry index,
 * so the table stays small without a background thread or a full scan.
 *
 * <p>No bound per AccessKey, so it never throws {@code NonceLimitExceededException}: the rows are on
 * disk, not in the heap, and one key's rows cost another key nothing. What bounds a key's rows is the
 * request pipeline's order (a nonce is recorded only for a call the quota allowed), which makes them
 * grow at most at its account's quota. A bound here would cost every recording a count of the key's
 * rows, or a counter row that serializes the key's calls across instances.
 */
final class JdbcNonceStore implements NonceStore {

    private static final String STORE = "nonce store";

    private static final PerDialect RECORD = PerDialect.of(Dialect::recordNonce);
    private static final String PURGE = """
            DELETE FROM flowhex_nonce WHERE (access_key_id, nonce_digest) IN (
                SELECT access_key_id, nonce_digest FROM flowhex_nonce
                WHERE expires_at <= ? ORDER BY expires_at FETCH FIRST ? ROWS ONLY)""";

    private final Database database;
    private final int purgeInterval;
    private final int purgeBatchSize;
    private final AtomicLong recordings = new AtomicLong();

    JdbcNonceStore(Database database, int purgeInterval, int purgeBatchSize) {
        this.database = database;
        this.purgeInterval = purgeInterval;
        this.purgeBatchSize = purgeBatchSize;
    }

    @Override
    public boolean recordIfAbsent(AccessKeyId accessKeyId, String nonce, Instant now, Instant expiresAt) {
        String digest = digest(nonce);
        boolean recorded = database.call(STORE,
                connection -> record(connection, accessKeyId, digest, expiresAt, now));
        recorded(now);
        return recorded;
    }

    /** Whether this store keeps its nonces in {@code other}: the database a joined admission must share. */
    boolean keptIn(Database other) {
        return database == other;
    }

    /** The recording statement on a connection the caller holds: true if the nonce was new. */
    boolean record(Connection connection, AccessKeyId accessKeyId, String digest, Instant expiresAt, Instant now)
            throws SQLException {
        try {
            return Database.update(connection, RECORD.in(database.dialect(connection)),
                    accessKeyId.value(), digest, expiresAt, now) == 1;
        } catch (SQLException e) {
            if (Database.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false; // H2: a concurrent statement inserted this nonce first
            }
            throw e;
        }
    }

    /** Counts a recording made, here or by a joined admission, and purges on every purgeInterval-th. */
    void recorded(Instant now) {
        if (recordings.incrementAndGet() % purgeInterval == 0) {
            purgeExpired(now);
        }
    }

    private void purgeExpired(Instant now) {
        try {
            database.call(STORE, connection -> Database.update(connection, PURGE, now, purgeBatchSize));
        } catch (StoreUnavailableException e) {
            // Housekeeping only: the nonce is recorded, and a later recording purges again. A database
            // that is really gone fails the next call anyway.
        }
    }

    /**
     * The key is a SHA-256 digest of the nonce, not the nonce: a fixed 64 characters whatever length
     * and alphabet a client sends, which keeps the primary key small and every index entry valid.
     */
    static String digest(String nonce) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(nonce.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
