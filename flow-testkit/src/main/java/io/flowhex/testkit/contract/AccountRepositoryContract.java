package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.testkit.Fixtures;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link AccountRepository} must do. */
public abstract class AccountRepositoryContract {

    protected abstract AccountRepository accounts();

    @Test
    @DisplayName("a saved account is found with its subscription, spaces and QPS override")
    void savedAccountIsFound() {
        Account account = new Account(Fixtures.accountId(), true, Set.of(Fixtures.spaceId(), Fixtures.spaceId()),
                OptionalInt.of(17));

        accounts().save(account);

        assertThat(accounts().findById(account.id())).contains(account);
    }

    @Test
    @DisplayName("a saved account keeps its per-action QPS overrides beside the all-actions one")
    void actionQpsRoundTrips() {
        Account account = new Account(Fixtures.accountId(), true, Set.of(Fixtures.spaceId()), OptionalInt.of(20),
                Map.of("CreateFlow", 2, "GetFlow", 7, "ListFlow", Account.MAX_QPS));

        accounts().save(account);

        Account found = accounts().findById(account.id()).orElseThrow();
        assertThat(found).isEqualTo(account);
        assertThat(found.qpsFor("CreateFlow")).hasValue(2);
        assertThat(found.qpsFor("PublishFlow")).hasValue(20);
    }

    @Test
    @DisplayName("per-action overrides need no all-actions override and no space")
    void actionQpsAlone() {
        Account account = new Account(Fixtures.accountId(), false, Set.of(), OptionalInt.empty(), Map.of("GetFlow", 1));

        accounts().save(account);

        assertThat(accounts().findById(account.id())).contains(account);
    }

    @Test
    @DisplayName("saving again replaces the whole set of per-action overrides")
    void savingAgainReplacesActionQps() {
        AccountId id = Fixtures.accountId();
        accounts().save(new Account(id, true, Set.of(), OptionalInt.empty(), Map.of("CreateFlow", 2, "GetFlow", 3)));
        Account changed = new Account(id, true, Set.of(), OptionalInt.empty(), Map.of("GetFlow", 4, "ModifyFlow", 5));

        accounts().save(changed);
        assertThat(accounts().findById(id)).contains(changed);

        Account none = new Account(id, true, Set.of(), OptionalInt.empty());
        accounts().save(none);
        assertThat(accounts().findById(id)).contains(none);
    }

    @Test
    @DisplayName("an account without spaces or override keeps both empty")
    void emptyAccountRoundTrips() {
        Account account = new Account(Fixtures.accountId(), false, Set.of(), OptionalInt.empty());

        accounts().save(account);

        assertThat(accounts().findById(account.id())).contains(account);
    }

    @Test
    @DisplayName("an unknown account finds nothing")
    void unknownAccountFindsNothing() {
        assertThat(accounts().findById(Fixtures.accountId())).isEmpty();
    }

    @Test
    @DisplayName("saving again replaces subscription, override and the whole set of spaces")
    void savingAgainReplaces() {
        AccountId id = Fixtures.accountId();
        SpaceId kept = Fixtures.spaceId();
        accounts().save(new Account(id, true, Set.of(kept, Fixtures.spaceId()), OptionalInt.of(3)));
        Account changed = new Account(id, false, Set.of(kept, Fixtures.spaceId()), OptionalInt.empty());

        accounts().save(changed);

        assertThat(accounts().findById(id)).contains(changed);
    }

    @Test
    @DisplayName("saving the same account twice leaves it as saved once")
    void savingTwiceIsIdempotent() {
        Account account = Fixtures.account(Fixtures.accountId(), Fixtures.spaceId());

        accounts().save(account);
        accounts().save(account);

        assertThat(accounts().findById(account.id())).contains(account);
    }

    @Test
    @DisplayName("space ids full of SQL and LIKE metacharacters are data")
    void hostileSpaceIds() {
        Account account = Fixtures.account(Fixtures.accountId(),
                new SpaceId("a'b\"c%d_e\\f;--" + Fixtures.next()), new SpaceId("%" + Fixtures.next()));

        accounts().save(account);

        assertThat(accounts().findById(account.id())).contains(account);
    }
}
