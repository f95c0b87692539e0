package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.testkit.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link RamUserRepository} must do. */
public abstract class RamUserRepositoryContract extends SeedingHooks {

    protected abstract RamUserRepository ramUsers();

    @Test
    @DisplayName("a saved user is found by account and name")
    void savedUserIsFound() {
        RamUser user = new RamUser(newAccount(), Fixtures.userName());

        ramUsers().save(user);

        assertThat(ramUsers().find(user.account(), user.name())).contains(user);
    }

    @Test
    @DisplayName("the same user name in another account is another user")
    void namesAreScopedByAccount() {
        PrincipalName name = Fixtures.userName();
        RamUser user = new RamUser(newAccount(), name);
        ramUsers().save(user);

        assertThat(ramUsers().find(newAccount(), name)).isEmpty();
    }

    @Test
    @DisplayName("saving a user twice is the same as once")
    void savingTwiceIsIdempotent() {
        RamUser user = new RamUser(newAccount(), new PrincipalName("a.b@c_d-" + Fixtures.next()));

        ramUsers().save(user);
        ramUsers().save(user);

        assertThat(ramUsers().find(user.account(), user.name())).contains(user);
    }

    @Test
    @DisplayName("an unknown user finds nothing")
    void unknownUserFindsNothing() {
        assertThat(ramUsers().find(newAccount(), Fixtures.userName())).isEmpty();
    }
}
