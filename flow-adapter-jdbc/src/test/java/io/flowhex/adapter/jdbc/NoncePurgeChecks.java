package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.NonceStore;
import io.flowhex.domain.account.AccessKeyId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Expired nonces go in bounded batches, oldest first, on every N-th recording. */
abstract class NoncePurgeChecks {

    /** A database nobody has used yet, so the nonce table holds only this test's rows. */
    abstract DataSource freshDatabase();

    @Test
    @DisplayName("Every second recording deletes at most three expired nonces, the oldest first, and never a live one")
    void boundedPurge() throws SQLException {
        DataSource database = freshDatabase();
        NonceStore nonces = JdbcFlowStore.create(database,
                JdbcStoreOptions.custom().noncePurgeInterval(2).noncePurgeBatchSize(3).build()).nonces();
        AccessKeyId key = Ids.accessKeyId();
        for (int i = 1; i <= 10; i++) {
            nonces.recordIfAbsent(key, "old-" + i, Samples.T0, Samples.T0.plusSeconds(i));
        }
        assertThat(rows(database)).as("nothing had expired at T0").isEqualTo(10);
        Instant later = Samples.T0.plusSeconds(100);

        nonces.recordIfAbsent(key, "new-11", later, later.plusSeconds(900));
        assertThat(rows(database)).as("the 11th recording does not purge").isEqualTo(11);
        nonces.recordIfAbsent(key, "new-12", later, later.plusSeconds(900));

        assertThat(rows(database)).as("the 12th purges three").isEqualTo(9);
        assertThat(nonces.recordIfAbsent(key, "old-3", later, later.plusSeconds(900))).as("old-3 was purged").isTrue();
        assertThat(nonces.recordIfAbsent(key, "old-4", later, later.plusSeconds(900))).as("old-4 expired").isTrue();
        assertThat(nonces.recordIfAbsent(key, "new-12", later, later.plusSeconds(900))).as("live").isFalse();
    }

    private static int rows(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM flowhex_nonce")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
