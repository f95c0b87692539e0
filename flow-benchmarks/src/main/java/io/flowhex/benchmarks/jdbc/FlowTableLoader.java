package io.flowhex.benchmarks.jdbc;

import io.flowhex.benchmarks.Tenants;
import io.flowhex.domain.flow.FlowId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;

/**
 * Fills the adapter's {@code flowhex_flow} table (schema V2 of flow-adapter-jdbc's migrations) with
 * generated flows, in batched INSERTs of {@link #BATCH} rows, one transaction per batch, then has the
 * database gather its statistics ({@code ANALYZE}), as autovacuum would within a minute of a bulk load
 * in production, so that no figure is taken while the planner still sees an empty table. Each row is
 * what the adapter itself would write for a DRAFT with a valid preview link and no Flow JSON, owned
 * round-robin by the given tenants (in their space), created one millisecond after the one before
 * (all in the past), so GetFlow reads it without writing anything back and ListFlow finds one order.
 */
final class FlowTableLoader {

    static final int BATCH = 1_000;

    private static final String INSERT = """
            INSERT INTO flowhex_flow (id, account_id, space_id, name, categories, status, json_version,
                                      data_api_version, endpoint_uri, preview_url, preview_expires_at,
                                      created_at, revision)
            VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?, 0)""";

    private FlowTableLoader() {
    }

    /** The id of generated flow number {@code index} (0-based): 8 followed by 13 digits. */
    static FlowId flowId(long index) {
        return new FlowId("8" + String.format("%013d", index));
    }

    /** The tenant that owns generated flow number {@code index} when {@code owners} were loaded. */
    static Tenants.Tenant owner(List<Tenants.Tenant> owners, long index) {
        return owners.get((int) (index % owners.size()));
    }

    /**
     * The generated flow that sample {@code i} of {@code sample} reads, of {@code flows}: spread evenly
     * over the whole table and visited in scattered order (an odd multiplier), so reads touch every
     * part of the index, not one hot page, and not in key order.
     */
    static long spread(int i, int sample, int flows) {
        return ((long) i * 2_654_435_761L % sample) * flows / sample;
    }

    static void load(DataSource dataSource, List<Tenants.Tenant> owners, int flows) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        OffsetDateTime previewExpiry = OffsetDateTime.ofInstant(now.plus(30, ChronoUnit.DAYS), ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < flows; i++) {
                    Tenants.Tenant owner = owner(owners, i);
                    String id = flowId(i).value();
                    insert.setString(1, id);
                    insert.setString(2, owner.account().value());
                    insert.setString(3, owner.space().value());
                    insert.setString(4, "bench_flow_" + i);
                    insert.setString(5, "SIGN_UP,OTHER");
                    insert.setString(6, "DRAFT");
                    insert.setString(7, "https://example.com/endpoint");
                    insert.setString(8, "https://preview.flowhex.invalid/flows/" + id + "?token=bench");
                    insert.setObject(9, previewExpiry);
                    insert.setObject(10, OffsetDateTime.ofInstant(now.minusMillis(flows - i), ZoneOffset.UTC));
                    insert.addBatch();
                    if ((i + 1) % BATCH == 0 || i + 1 == flows) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            } finally {
                connection.setAutoCommit(true);
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load of " + flows + " flows failed", e);
        }
    }
}
