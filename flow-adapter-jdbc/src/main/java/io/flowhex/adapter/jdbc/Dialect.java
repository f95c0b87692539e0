package io.flowhex.adapter.jdbc;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The two SQL dialects the adapter speaks. The schema and the reads are common SQL; only the
 * single-statement "insert or replace" and the nonce check-and-record differ, because neither
 * database accepts the other's upsert syntax (H2 has no {@code ON CONFLICT ... DO UPDATE}; PostgreSQL
 * has no {@code MERGE ... KEY}).
 */
enum Dialect {

    H2 {
        @Override
        String upsert(String table, List<String> keys, List<String> others) {
            // MERGE ... KEY updates the row with these keys, or inserts it (in any H2 compatibility mode)
            List<String> columns = Stream.concat(keys.stream(), others.stream()).toList();
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", keys)
                    + ") VALUES (" + parameterMarkers(columns.size()) + ")";
        }

        @Override
        String recordNonce() {
            // Standard MERGE: inserts a new nonce, or takes over an expired record. Two sessions that
            // both find no row both try the insert; the primary key lets one through and fails the
            // other with a unique violation, which the nonce store reads as "already used".
            return """
                    MERGE INTO flowhex_nonce n
                    USING (VALUES (CAST(? AS VARCHAR(128)), CAST(? AS VARCHAR(64)), CAST(? AS TIMESTAMP WITH TIME ZONE)))
                          AS s (access_key_id, nonce_digest, expires_at)
                    ON n.access_key_id = s.access_key_id AND n.nonce_digest = s.nonce_digest
                    WHEN MATCHED AND n.expires_at <= ? THEN UPDATE SET expires_at = s.expires_at
                    WHEN NOT MATCHED THEN INSERT (access_key_id, nonce_digest, expires_at)
                         VALUES (s.access_key_id, s.nonce_digest, s.expires_at)""";
        }
    },

    POSTGRESQL {
        @Override
        String upsert(String table, List<String> keys, List<String> others) {
            List<String> columns = Stream.concat(keys.stream(), others.stream()).toList();
            String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + parameterMarkers(columns.size()) + ") ON CONFLICT (" + String.join(", ", keys) + ") DO ";
            if (others.isEmpty()) {
                return insert + "NOTHING";
            }
            return insert + "UPDATE SET "
                    + others.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        }

        @Override
        String recordNonce() {
            // ON CONFLICT is atomic under concurrency: exactly one statement inserts or takes over an
            // expired record (row count 1); every other one finds a live record and changes nothing (0).
            return "INSERT INTO flowhex_nonce AS n (access_key_id, nonce_digest, expires_at) VALUES (?, ?, ?)\n"
                    + NONCE_CONFLICT;
        }
    };

    /**
     * PostgreSQL's answer to a nonce already recorded: take the record over only if it has expired by the
     * last parameter (now). The nonce store and the joined admission ({@link QuotaStatements}) both end so.
     */
    static final String NONCE_CONFLICT = """
            ON CONFLICT (access_key_id, nonce_digest)
            DO UPDATE SET expires_at = EXCLUDED.expires_at WHERE n.expires_at <= ?""";

    /**
     * One statement that inserts the row, or replaces its {@code others} columns when a row with the
     * same {@code keys} exists (with no other columns: inserts it unless it exists). Parameters: the
     * keys, then the others, in the order given.
     */
    abstract String upsert(String table, List<String> keys, List<String> others);

    /**
     * The nonce check-and-record as one statement. Parameters: access key id, nonce digest, expiry,
     * now. Updates one row when the nonce was new or its record had expired, none when it is in use.
     */
    abstract String recordNonce();

    static Dialect of(String databaseProductName) {
        return switch (databaseProductName) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default -> throw new IllegalStateException(
                    "flowhex's JDBC adapter supports H2 and PostgreSQL, not " + databaseProductName);
        };
    }

    private static String parameterMarkers(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }
}
