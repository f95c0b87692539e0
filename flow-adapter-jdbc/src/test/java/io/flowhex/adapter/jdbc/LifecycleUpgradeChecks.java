package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RootPrincipal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A database written at schema version 1, with rows in every table, started with this flowhex: the
 * lifecycle migration keeps every row readable, gives old flows the epoch and revision 0, turns ''
 * versions into absent ones, and renames all but the first of flows sharing a name.
 */
abstract class LifecycleUpgradeChecks {

    private static final String INSERT_VERSION_1_FLOW = "INSERT INTO flowhex_flow (id, account_id, space_id, name,"
            + " categories, status, json_version, data_api_version, endpoint_uri, preview_url, preview_expires_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    abstract DataSource freshDatabase();

    private DataSource database;
    private final AccountId owner = Ids.accountId();
    private final SpaceId space = new SpaceId("cams-space-1");
    private final Flow full = Samples.flow(Ids.flowId(), owner);
    private final Flow unversioned = Samples.bareFlow(Ids.flowId(), owner);
    private final FlowId firstDuplicate = Ids.flowId();
    private final FlowId secondDuplicate = Ids.flowId();
    private final FlowId longFirst = Ids.flowId();
    private final FlowId longSecond = Ids.flowId();
    /** 200 code points whose rename must cut it short, a surrogate pair where H2 (counting UTF-16) cuts. */
    private final String longName = "a".repeat(196 - longSecond.value().length()) + "🚀" + "b".repeat(12);
    private final RamUser user = new RamUser(owner, new PrincipalName("reader"));
    private final AccessKey key = new AccessKey(Ids.accessKeyId(), AccessKeySecret.of("UpgradeSecret1"),
            new RootPrincipal(owner), AccessKeyStatus.ACTIVE);
    private final PolicyName policy = new PolicyName("ReadFlows");

    @BeforeEach
    void writeAtVersion1() throws SQLException {
        database = freshDatabase();
        Flyway.configure().dataSource(database).locations(SchemaMigrations.COMMON_LOCATION)
                .table(JdbcStoreOptions.DEFAULT_HISTORY_TABLE).target("1").load().migrate();
        try (Connection connection = database.getConnection()) {
            VersionOneRows.execute(connection, "INSERT INTO flowhex_account (id, subscribed, qps_override) VALUES (?, ?, ?)",
                    owner.value(), true, 7);
            VersionOneRows.execute(connection, "INSERT INTO flowhex_account_space (account_id, space_id) VALUES (?, ?)",
                    owner.value(), space.value());
            insertFlow(connection, full.id(), full.name().value(), "6.3", "3.0", full);
            insertFlow(connection, unversioned.id(), unversioned.name().value(), "", "", unversioned);
            insertFlow(connection, firstDuplicate, "Sign up", "", "", full);
            insertFlow(connection, secondDuplicate, "Sign up", "", "", full);
            insertFlow(connection, longFirst, longName, "", "", full);
            insertFlow(connection, longSecond, longName, "", "", full);
        }
        // the other tables' statements have not changed since version 1
        JdbcFlowStore version1 = JdbcFlowStore.create(database,
                JdbcStoreOptions.custom().schemaOnStart(SchemaOnStart.NONE).build());
        version1.ramUsers().save(user);
        version1.accessKeys().save(key);
        version1.policies().put(owner, policy, "{\"v\":1}");
        version1.policies().attach(owner, policy, PolicyHolder.user(user.name()));
        version1.nonces().recordIfAbsent(key.id(), "spent-at-version-1", Samples.T0, Samples.T0.plusSeconds(900));
    }

    /** A flow row as version 1 wrote it, with '' for an absent version, as the store did then. */
    private static void insertFlow(Connection connection, FlowId id, String name, String jsonVersion,
            String dataApiVersion, Flow like) throws SQLException {
        VersionOneRows.execute(connection, INSERT_VERSION_1_FLOW, id.value(), like.owner().value(), like.space().value(), name,
                String.join(",", like.categories().names()), like.status().name(), jsonVersion, dataApiVersion,
                like.endpointUri().map(Object::toString).orElse(null),
                like.preview().map(p -> p.url().toString()).orElse(null),
                like.preview().map(p -> OffsetDateTime.ofInstant(p.expiresAt(), ZoneOffset.UTC))
                        .orElse(null));
    }

    @Test
    @DisplayName("every row is kept, and every flow reads back as version 1 read it: created at the epoch, revision 0")
    void everyRowKept() throws SQLException {
        Map<String, Integer> before = VersionOneRows.rowCounts(database);

        JdbcFlowStore upgraded = JdbcFlowStore.create(database);

        assertThat(VersionOneRows.rowCounts(database)).isEqualTo(before).allSatisfy((table, rows) -> assertThat(rows).isPositive());
        assertThat(upgraded.flows().findById(full.id())).contains(full);
        assertThat(upgraded.flows().findById(unversioned.id())).contains(unversioned);
        assertThat(upgraded.flows().findById(unversioned.id()).orElseThrow().jsonVersion()).isEmpty();
        assertThat(upgraded.accounts().findById(owner))
                .contains(new Account(owner, true, Set.of(space), OptionalInt.of(7)));
        assertThat(upgraded.accessKeys().findById(key.id())).contains(key);
        assertThat(upgraded.ramUsers().find(owner, user.name())).contains(user);
        assertThat(upgraded.policies().attachedTo(owner, List.of(PolicyHolder.user(user.name()))))
                .singleElement().satisfies(attached -> assertThat(attached.policy().document()).isEqualTo("{\"v\":1}"));
        assertThat(upgraded.nonces().recordIfAbsent(key.id(), "spent-at-version-1", Samples.T0,
                Samples.T0.plusSeconds(900))).as("a nonce recorded at version 1 is still spent").isFalse();
    }

    @Test
    @DisplayName("of flows sharing a name, the first by FlowId keeps it and the others get their FlowId appended, within 200 characters")
    void sharedNamesRenamed() {
        JdbcFlowStore upgraded = JdbcFlowStore.create(database);

        assertThat(name(upgraded, firstDuplicate)).isEqualTo("Sign up");
        assertThat(name(upgraded, secondDuplicate)).isEqualTo("Sign up (" + secondDuplicate.value() + ")");
        assertThat(name(upgraded, longFirst)).isEqualTo(longName);
        String renamed = name(upgraded, longSecond);
        String suffix = " (" + longSecond.value() + ")";
        assertThat(renamed).endsWith(suffix);
        assertThat(longName).startsWith(renamed.substring(0, renamed.length() - suffix.length()));
        assertThat(renamed.codePointCount(0, renamed.length())).isBetween(195, FlowName.MAX_LENGTH);
    }

    @Test
    @DisplayName("after the upgrade, names are unique, old flows change from revision 0 and list oldest, by FlowId")
    void lifecycleWorksOnOldRows() {
        JdbcFlowStore upgraded = JdbcFlowStore.create(database);
        Flow newcomer = new Flow(Ids.flowId(), owner, space, new FlowName("Sign up"), full.categories(),
                unversioned.status(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Samples.T0, 0);
        Flow modified = unversioned.modify(new FlowName("Modified"), unversioned.categories(), Optional.empty(),
                EditPublishedRule.REVERT_TO_DRAFT);

        assertThat(upgraded.flows().create(newcomer)).isEqualTo(WriteResult.NAME_TAKEN);
        assertThat(upgraded.flows().update(modified, 0)).isEqualTo(WriteResult.DONE);
        assertThat(upgraded.flows().findById(unversioned.id())).contains(modified);
        List<FlowSummary> listed = upgraded.flows().list(owner, Optional.empty(), Optional.empty(),
                PageRequest.ofDefaults());
        assertThat(listed).extracting(FlowSummary::createdAt).containsOnly(Instant.EPOCH);
        assertThat(listed).extracting(summary -> summary.id().value())
                .containsExactly(List.of(full.id(), unversioned.id(), firstDuplicate, secondDuplicate, longFirst,
                        longSecond).stream().map(FlowId::value).sorted().toArray(String[]::new));
    }

    private static String name(JdbcFlowStore store, FlowId id) {
        return store.flows().findById(id).orElseThrow().name().value();
    }


}
