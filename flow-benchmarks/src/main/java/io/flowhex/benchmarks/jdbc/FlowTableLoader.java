package io.flowhex.benchmarks.jdbc;

import io.flowhex.benchmarks.Tenants;
import io.flowhex.domain.flow.FlowId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Fills the adapter's {@code flowhex_flow} table (schema V1 of flow-adapter-jdbc's migration) with
 * generated flows, in batched INSERTs of {@link #BATCH} rows, one transaction per batch. Each row is
 * what the adapter itself would write for a flow with a valid preview link, owned round-robin by the
 * provisioned tenants (in their space), so GetFlow reads it without writing anything back.
 */
final class FlowTableLoader {

    static final int BATCH = 1_000;

    private static final String INSERT = """
            INSERT INTO flowhex_flow (id, account_id, space_id, name, categories, status, json_version,
                                      data_api_version, endpoint_uri, preview_url, preview_expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private FlowTableLoader() {
    }

    /** The id of generated flow number {@code index} (0-based): 8 followed by 13 digits. */
    static FlowId flowId(long index) {
        return new FlowId("8" + String.format("%013d", index));
    }

    /** The tenant that owns generated flow number {@code index}. */
    static Tenants.Tenant owner(Tenants tenants, long index) {
        return tenants.get((int) (index % tenants.size()));
    }

    static void load(DataSource dataSource, Tenants tenants, int flows) {
        OffsetDateTime previewExpiry = OffsetDateTime.ofInstant(Instant.now().plus(30, ChronoUnit.DAYS), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MILLIS);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < flows; i++) {
                    Tenants.Tenant owner = owner(tenants, i);
                    String id = flowId(i).value();
                    insert.setString(1, id);
                    insert.setString(2, owner.account().value());
                    insert.setString(3, owner.space().value());
                    insert.setString(4, "bench_flow_" + i);
                    insert.setString(5, "SIGN_UP,OTHER");
                    insert.setString(6, "DRAFT");
                    insert.setString(7, "3.0");
                    insert.setString(8, "3.0");
                    insert.setString(9, "https://example.com/endpoint");
                    insert.setString(10, "https://preview.flowhex.invalid/flows/" + id + "?token=bench");
                    insert.setObject(11, previewExpiry);
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == flows) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load of " + flows + " flows failed", e);
        }
    }
}
