package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The account read cache: reused for its TTL, dropped by the store's own saves, off at zero. The
 * cache's interval timer is a counter the test moves, so no check depends on how fast it runs.
 */
abstract class AccountCacheChecks {

    abstract DataSource freshDatabase();

    private static final Duration TTL = Duration.ofSeconds(1);

    private DataSource database;
    private JdbcFlowStore otherInstance;
    private final AtomicLong nanoTime = new AtomicLong();
    private final AccountId id = Ids.accountId();
    private final Account before = new Account(id, true, Set.of(), OptionalInt.of(5));
    private final Account after = new Account(id, false, Set.of(), OptionalInt.of(7));

    @BeforeEach
    void createAccount() {
        database = freshDatabase();
        otherInstance = JdbcFlowStore.create(database);
        otherInstance.accounts().save(before);
    }

    private JdbcAccountRepository cachedFor(Duration ttl) {
        return new JdbcAccountRepository(new Database(database), ttl, nanoTime::get);
    }

    @Test
    @DisplayName("with a TTL of zero, reads a change saved through another store at once")
    void offReadsEveryTime() {
        JdbcFlowStore store = JdbcFlowStore.create(database,
                JdbcStoreOptions.custom().schemaOnStart(SchemaOnStart.NONE).accountCacheTtl(Duration.ZERO).build());
        assertThat(store.accounts().findById(id)).contains(before);

        otherInstance.accounts().save(after);

        assertThat(store.accounts().findById(id)).contains(after);
    }

    @Test
    @DisplayName("reuses a read within its TTL, but applies its own saves at once")
    void reusesReadsButNotOverOwnSaves() {
        JdbcAccountRepository accounts = cachedFor(TTL);
        assertThat(accounts.findById(id)).contains(before);

        otherInstance.accounts().save(after);
        nanoTime.addAndGet(TTL.toNanos() - 1);
        assertThat(accounts.findById(id)).as("one nanosecond before the TTL").contains(before);

        accounts.save(after.withQps(9));
        assertThat(accounts.findById(id)).contains(after.withQps(9));
    }

    @Test
    @DisplayName("reads again once the TTL has passed")
    void readsAgainAfterTtl() {
        JdbcAccountRepository accounts = cachedFor(TTL);
        assertThat(accounts.findById(id)).contains(before);

        otherInstance.accounts().save(after);
        nanoTime.addAndGet(TTL.toNanos());

        assertThat(accounts.findById(id)).contains(after);
    }

    @Test
    @DisplayName("keeps an account's absence for the TTL too, and then finds the account created meanwhile")
    void cachesAbsence() {
        JdbcAccountRepository accounts = cachedFor(TTL);
        AccountId later = Ids.accountId();
        assertThat(accounts.findById(later)).isEmpty();

        otherInstance.accounts().save(new Account(later, true, Set.of(), OptionalInt.empty()));
        assertThat(accounts.findById(later)).isEmpty();
        nanoTime.addAndGet(TTL.toNanos());

        assertThat(accounts.findById(later)).isPresent();
    }
}
