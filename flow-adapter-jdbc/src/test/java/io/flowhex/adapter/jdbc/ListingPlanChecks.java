package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * ListFlow's statements read a page in the order of an index, never sorting the account's flows:
 * what the database itself says it will do (EXPLAIN), for each shape of the query.
 */
abstract class ListingPlanChecks {

    abstract DataSource freshDatabase();

    private DataSource database;
    private final AccountId owner = Ids.accountId();

    @BeforeEach
    void flows() throws SQLException {
        database = freshDatabase();
        JdbcFlowStore.create(database);
        // one batch on one connection: the store's own writes would open a connection per flow here
        try (Connection connection = database.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO flowhex_flow (id, account_id,"
                        + " space_id, name, categories, status, created_at, revision) VALUES (?, ?, ?, ?, 'OTHER', 'DRAFT', ?, 0)")) {
            for (int i = 0; i < 300; i++) {
                insert.setString(1, Ids.flowId().value());
                insert.setString(2, i % 2 == 0 ? owner.value() : Ids.accountId().value());
                insert.setString(3, "cams-space-" + i % 3);
                insert.setString(4, "flow " + i);
                insert.setObject(5, OffsetDateTime.ofInstant(Samples.T0.plusSeconds(i), ZoneOffset.UTC));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Test
    @DisplayName("a page of one space, or of every space, filtered by name or not, is read in the order of its index")
    void everyShapeReadsInIndexOrder() throws SQLException {
        for (boolean byName : new boolean[] {false, true}) {
            assertThat(plan(FlowListing.statement(true, byName, PageRequest.ofDefaults()), true, byName))
                    .as("one space, filtered by name: %s", byName)
                    .satisfies(plan -> assertReadInIndexOrder(plan, "flowhex_flow_list_space_idx"));
            assertThat(plan(FlowListing.statement(false, byName, PageRequest.ofDefaults()), false, byName))
                    .as("every space, filtered by name: %s", byName)
                    .satisfies(plan -> assertReadInIndexOrder(plan, "flowhex_flow_list_account_idx"));
        }
    }

    private static void assertReadInIndexOrder(String plan, String index) {
        assertThat(plan.toLowerCase()).contains(index);
        if (plan.contains("/*")) {
            // H2 writes the plan as SQL with comments, and says so when the index gives the order
            assertThat(plan).contains("index sorted");
        } else {
            assertThat(plan).doesNotContain("Sort");
        }
    }

    private String plan(String statement, boolean inSpace, boolean byName) throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(owner.value()));
        if (inSpace) {
            parameters.add("cams-space-1");
        }
        if (byName) {
            parameters.add(FlowListing.containing("flow"));
        }
        try (Connection connection = database.getConnection()) {
            if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
                try (Statement settings = connection.createStatement()) {
                    // a table this small is cheaper to scan and sort; the question is whether the index can serve
                    settings.execute("SET enable_seqscan = off");
                    settings.execute("SET enable_sort = off");
                    settings.execute("ANALYZE flowhex_flow");
                }
            }
            StringBuilder plan = new StringBuilder();
            try (PreparedStatement explain = Database.prepare(connection, "EXPLAIN " + statement, parameters.toArray());
                    ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
