package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.LinkSigningKey;
import io.flowhex.application.port.out.LinkSigningKeys;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/**
 * The link key in {@code flowhex_signing_key}: read, or inserted when missing. Of two instances
 * inserting at once the primary key lets one win; the other's unique-key violation is answered by
 * reading the winner's row, so both get the same key. The key never appears in an error or a log.
 */
final class JdbcLinkSigningKeys implements LinkSigningKeys {

    private static final String STORE = "signing key store";
    private static final String PURPOSE = "links";
    private static final String FIND = "SELECT key_base64 FROM flowhex_signing_key WHERE purpose = ?";
    private static final String INSERT = "INSERT INTO flowhex_signing_key (purpose, key_base64) VALUES (?, ?)";

    private final Database database;

    JdbcLinkSigningKeys(Database database) {
        this.database = database;
    }

    @Override
    public LinkSigningKey keyOrStore(LinkSigningKey candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return database.call(STORE, connection -> {
            Optional<LinkSigningKey> stored = find(connection);
            if (stored.isPresent()) {
                return stored.get();
            }
            Database.update(connection, INSERT, PURPOSE, candidate.base64());
            return candidate;
        }, connection -> find(connection).orElseThrow(
                () -> new SQLException("the signing key row that won the insert is gone")));
    }

    private static Optional<LinkSigningKey> find(Connection connection) throws SQLException {
        return Database.query(connection, FIND,
                rows -> rows.next() ? Optional.of(LinkSigningKey.ofBase64(rows.getString(1)))
                        : Optional.<LinkSigningKey>empty(), PURPOSE);
    }
}
