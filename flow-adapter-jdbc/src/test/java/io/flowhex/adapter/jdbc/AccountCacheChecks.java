package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The account read cache: reused for its TTL, dropped by the store's own saves, off at zero. */
abstract class AccountCacheChecks {

    abstract DataSource freshDatabase();

    private DataSource database;
    private JdbcFlowStore otherInstance;
    private final AccountId id = Ids.accountId();
    private final Account before = new Account(id, true, Set.of(), OptionalInt.of(5));
    private final Account after = new Account(id, false, Set.of(), OptionalInt.of(7));

    @BeforeEach
    void createAccount() {
        database = freshDatabase();
        otherInstance = JdbcFlowStore.create(database);
        otherInstance.accounts().save(before);
    }

    private JdbcFlowStore storeWithTtl(Duration ttl) {
        return JdbcFlowStore.create(database,
                JdbcStoreOptions.custom().schemaOnStart(SchemaOnStart.NONE).accountCacheTtl(ttl).build());
    }

    @Test
    @DisplayName("with a TTL of zero, reads a change saved through another store at once")
    void offReadsEveryTime() {
        JdbcFlowStore store = storeWithTtl(Duration.ZERO);
        assertThat(store.accounts().findById(id)).contains(before);

        otherInstance.accounts().save(after);

        assertThat(store.accounts().findById(id)).contains(after);
    }

    @Test
    @DisplayName("reuses a read within its TTL, but applies its own saves at once")
    void reusesReadsButNotOverOwnSaves() {
        JdbcFlowStore store = storeWithTtl(Duration.ofMinutes(1));
        assertThat(store.accounts().findById(id)).contains(before);

        otherInstance.accounts().save(after);
        assertThat(store.accounts().findById(id)).contains(before);

        store.accounts().save(after.withQps(9));
        assertThat(store.accounts().findById(id)).contains(after.withQps(9));
    }

    @Test
    @DisplayName("reads again once the TTL has passed")
    void readsAgainAfterTtl() throws InterruptedException {
        JdbcFlowStore store = storeWithTtl(Duration.ofMillis(1));
        assertThat(store.accounts().findById(id)).contains(before);

        otherInstance.accounts().save(after);
        Thread.sleep(20);

        assertThat(store.accounts().findById(id)).contains(after);
    }
}
