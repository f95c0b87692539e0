package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RootPrincipal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A database that an earlier flowhex wrote at schema version 1, with rows in every table, started
 * with this flowhex: it migrates to the current version and keeps every row, readable as before.
 */
abstract class UpgradeChecks {


    /** A database nobody has used yet. */
    abstract DataSource freshDatabase();

    @Test
    @DisplayName("A version 1 database with data in every table migrates to the latest version and keeps every row")
    void upgradeKeepsEveryRow() throws SQLException {
        DataSource database = freshDatabase();
        Flyway.configure().dataSource(database).locations(SchemaMigrations.COMMON_LOCATION)
                .table(JdbcStoreOptions.DEFAULT_HISTORY_TABLE).target("1").load().migrate();
        assertThat(appliedVersions(database)).containsExactly("1");
        Written written = writeAsVersion1(database);
        Map<String, Integer> before = VersionOneRows.rowCounts(database);
        assertThat(before).as("rows written at version 1").allSatisfy((table, rows) -> assertThat(rows).isPositive());

        JdbcFlowStore upgraded = JdbcFlowStore.create(database);

        assertThat(appliedVersions(database)).containsExactly("1", "2", "3", "4");
        assertThat(VersionOneRows.rowCounts(database)).isEqualTo(before);
        assertThat(upgraded.accounts().findById(written.account.id())).contains(written.account);
        assertThat(upgraded.flows().findById(written.flow.id())).contains(written.flow);
        assertThat(upgraded.accessKeys().findById(written.key.id())).contains(written.key);
        assertThat(upgraded.ramUsers().find(written.user.account(), written.user.name())).contains(written.user);
        assertThat(upgraded.policies().attachedTo(written.account.id(), List.of(PolicyHolder.user(written.user.name()))))
                .singleElement().satisfies(attached -> assertThat(attached.policy().document()).isEqualTo("{\"v\":1}"));
        assertThat(upgraded.nonces().recordIfAbsent(written.key.id(), "spent-at-version-1", Samples.T0, Samples.T0.plusSeconds(900)))
                .as("a nonce recorded at version 1 is still spent").isFalse();

        Account withOverrides = written.account.withActionQps("CreateFlow", 2);
        upgraded.accounts().save(withOverrides);
        assertThat(upgraded.accounts().findById(withOverrides.id())).contains(withOverrides);
    }

    /** What the test wrote before the upgrade. */
    private record Written(Account account, Flow flow, AccessKey key, RamUser user) {
    }

    /**
     * Rows as flowhex wrote them at version 1: the account and the flow with that version's statements
     * (today's stores read and write version 2 columns and tables for them), everything else through
     * today's stores, whose statements for those tables are unchanged.
     */
    private static Written writeAsVersion1(DataSource database) throws SQLException {
        AccountId id = Ids.accountId();
        Account account = new Account(id, true, Set.of(new SpaceId("cams-space-1"), new SpaceId("cams-space-2")),
                OptionalInt.of(7));
        try (Connection connection = database.getConnection()) {
            VersionOneRows.execute(connection, "INSERT INTO flowhex_account (id, subscribed, qps_override) VALUES (?, ?, ?)",
                    id.value(), true, 7);
            for (SpaceId space : account.spaces()) {
                VersionOneRows.execute(connection, "INSERT INTO flowhex_account_space (account_id, space_id) VALUES (?, ?)",
                        id.value(), space.value());
            }
        }
        JdbcFlowStore version1 = JdbcFlowStore.create(database,
                JdbcStoreOptions.custom().schemaOnStart(SchemaOnStart.NONE).build());
        Flow flow = Samples.flow(Ids.flowId(), id);
        try (Connection connection = database.getConnection()) {
            // the flow table changed in version 2: the row as version 1 wrote it
            VersionOneRows.execute(connection, "INSERT INTO flowhex_flow (id, account_id, space_id, name, categories, status,"
                    + " json_version, data_api_version, endpoint_uri, preview_url, preview_expires_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", flow.id().value(), id.value(), flow.space().value(),
                    flow.name().value(), String.join(",", flow.categories().names()), flow.status().name(),
                    flow.jsonVersion().map(Object::toString).orElse(""),
                    flow.dataApiVersion().map(Object::toString).orElse(""),
                    flow.endpointUri().map(Object::toString).orElse(null),
                    flow.preview().map(p -> p.url().toString()).orElse(null),
                    flow.preview().map(p -> OffsetDateTime.ofInstant(p.expiresAt(), ZoneOffset.UTC)).orElse(null));
        }
        RamUser user = new RamUser(id, new PrincipalName("reader"));
        version1.ramUsers().save(user);
        AccessKey key = new AccessKey(Ids.accessKeyId(), AccessKeySecret.of("UpgradeSecret1"), new RootPrincipal(id),
                AccessKeyStatus.ACTIVE);
        version1.accessKeys().save(key);
        PolicyName policy = new PolicyName("ReadFlows");
        version1.policies().put(id, policy, "{\"v\":1}");
        version1.policies().attach(id, policy, PolicyHolder.user(user.name()));
        version1.nonces().recordIfAbsent(key.id(), "spent-at-version-1", Samples.T0, Samples.T0.plusSeconds(900));
        return new Written(account, flow, key, user);
    }



    private static List<String> appliedVersions(DataSource database) throws SQLException {
        List<String> versions = new ArrayList<>();
        // Flyway creates its table with a quoted lower-case name on both databases
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\" FROM \"" + JdbcStoreOptions.DEFAULT_HISTORY_TABLE
                        + "\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }
}
