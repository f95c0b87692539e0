package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.CallAdmission.NonceUse;
import io.flowhex.application.port.out.CallAdmission.Verdict;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RootPrincipal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

@DisplayName("A JDBC store whose database does not answer")
class UnreachableDatabaseTest {

    private static final String PASSWORD = "hunter2-db-password";
    private static final int CLOSED_PORT = closedPort();

    abstract static class Checks {

        abstract DataSource dataSource();

        private JdbcFlowStore store() {
            return JdbcFlowStore.create(dataSource(), JdbcStoreOptions.custom().schemaOnStart(SchemaOnStart.NONE).build());
        }

        @Test
        @DisplayName("fails every port method with StoreUnavailableException naming no host, port, SQL or secret")
        void everyMethod() {
            JdbcFlowStore store = store();
            AccountId account = Ids.accountId();
            FlowId flowId = Ids.flowId();
            PolicyName policy = new PolicyName("p");
            PolicyHolder holder = PolicyHolder.control();
            AccessKey key = new AccessKey(Ids.accessKeyId(), AccessKeySecret.of("secret-never-shown"),
                    new RootPrincipal(account), AccessKeyStatus.ACTIVE);
            List<ThrowingCallable> calls = List.of(
                    () -> store.flows().findById(flowId),
                    () -> store.flows().save(Samples.flow(flowId, account)),
                    () -> store.flows().updatePreview(flowId, Preview.of("https://p.example.com/", Samples.T0)),
                    () -> store.flows().create(Samples.flow(flowId, account)),
                    () -> store.flows().update(Samples.flow(flowId, account), 0),
                    () -> store.flows().updateWithAsset(Samples.flow(flowId, account), 0, Samples.asset()),
                    () -> store.flows().delete(flowId, 0),
                    () -> store.flows().findAsset(flowId),
                    () -> store.flows().list(account, Optional.empty(), Optional.of("x"), PageRequest.ofDefaults()),
                    () -> store.accounts().findById(account),
                    () -> store.accounts().save(Account.subscribed(account, Set.of())),
                    () -> store.accessKeys().findById(key.id()),
                    () -> store.accessKeys().save(key),
                    () -> store.ramUsers().find(account, Ids.userName()),
                    () -> store.ramUsers().save(new RamUser(account, Ids.userName())),
                    () -> store.policies().put(account, policy, "{}"),
                    () -> store.policies().find(account, policy),
                    () -> store.policies().attach(account, policy, holder),
                    () -> store.policies().detach(account, policy, holder),
                    () -> store.policies().attachedTo(account, List.of(holder)),
                    () -> store.nonces().recordIfAbsent(key.id(), "n", Samples.T0, Samples.T0.plusSeconds(1)));

            for (ThrowingCallable call : calls) {
                assertUnavailable(call);
            }
        }

        @Test
        @DisplayName("fails a shared quota decision closed by default (StoreUnavailableException), open when so set")
        void callQuota() {
            AccountId account = Ids.accountId();
            JdbcCallQuota closed = store().callQuota();
            JdbcCallQuota open = store().callQuota(JdbcCallQuotaOptions.custom()
                    .whenUnavailable(JdbcCallQuotaOptions.WhenUnavailable.FAIL_OPEN).build());

            assertUnavailable(() -> closed.tryAcquire(account, "GetFlow", 5));
            for (int i = 0; i < 10; i++) {
                assertThat(open.tryAcquire(account, "GetFlow", 5)).as("call %d", i).isTrue();
            }
        }

        @Test
        @DisplayName("fails a joined admission as the quota and the nonces in turn would: closed, or open for the quota while the nonce's record still fails")
        void callAdmission() {
            AccountId account = Ids.accountId();
            JdbcFlowStore store = store();
            CallAdmission closed = store.callQuota().admissionWith(store.nonces()).orElseThrow();
            CallAdmission open = store.callQuota(JdbcCallQuotaOptions.custom()
                    .whenUnavailable(JdbcCallQuotaOptions.WhenUnavailable.FAIL_OPEN).build())
                    .admissionWith(store.nonces()).orElseThrow();
            Optional<NonceUse> nonce = Optional.of(new NonceUse(Ids.accessKeyId(), "n", Samples.T0, Samples.T0.plusSeconds(900)));

            assertUnavailable(() -> closed.admit(account, "GetFlow", 5, Optional.empty()));
            assertUnavailable(() -> closed.admit(account, "GetFlow", 5, nonce));
            assertThat(open.admit(account, "GetFlow", 5, Optional.empty())).isEqualTo(Verdict.ADMITTED);
            assertUnavailable(() -> open.admit(account, "GetFlow", 5, nonce));
        }

        @Test
        @DisplayName("reports itself unavailable without throwing")
        void health() {
            assertThat(store().health().isAvailable()).isFalse();
        }

        @Test
        @DisplayName("cannot start with a schema check, and says so with StoreUnavailableException")
        void startWithSchemaCheck() {
            for (SchemaOnStart mode : new SchemaOnStart[] {SchemaOnStart.MIGRATE, SchemaOnStart.VALIDATE}) {
                assertUnavailable(() -> JdbcFlowStore.create(dataSource(),
                        JdbcStoreOptions.custom().schemaOnStart(mode).build()));
            }
        }

        @Test
        @DisplayName("starts without a schema check, and its toString shows neither URL nor password")
        void startWithoutSchemaCheck() {
            assertThatCode(this::store).doesNotThrowAnyException();
            assertThat(store().toString()).doesNotContain(PASSWORD, String.valueOf(CLOSED_PORT), "127.0.0.1");
        }

        private static void assertUnavailable(ThrowingCallable call) {
            assertThatThrownBy(call)
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageNotContainingAny("127.0.0.1", "localhost", String.valueOf(CLOSED_PORT), PASSWORD,
                            "secret-never-shown", "SELECT", "INSERT", "flowhex_");
        }
    }

    @Nested
    @DisplayName("through the plain PostgreSQL driver")
    class PlainDriver extends Checks {
        @Override
        DataSource dataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setServerNames(new String[] {"127.0.0.1"});
            dataSource.setPortNumbers(new int[] {CLOSED_PORT});
            dataSource.setDatabaseName("flowhex");
            dataSource.setUser("flowhex");
            dataSource.setPassword(PASSWORD);
            dataSource.setConnectTimeout(1);
            return dataSource;
        }
    }

    @Nested
    @DisplayName("through a HikariCP pool that times out")
    class Pool extends Checks {

        private static final HikariDataSource POOL = pool();

        @AfterAll
        static void closePool() {
            POOL.close();
        }

        @Override
        DataSource dataSource() {
            return POOL;
        }

        private static HikariDataSource pool() {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + CLOSED_PORT + "/flowhex");
            config.setUsername("flowhex");
            config.setPassword(PASSWORD);
            config.setConnectionTimeout(250);
            config.setInitializationFailTimeout(-1); // start now, fail on use
            return new HikariDataSource(config);
        }
    }

    /** A port that nothing listens on: bound by the system, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
