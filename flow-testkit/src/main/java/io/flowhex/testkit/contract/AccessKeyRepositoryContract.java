package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RoleSession;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link AccessKeyRepository} must do. */
public abstract class AccessKeyRepositoryContract extends SeedingHooks {

    protected abstract AccessKeyRepository accessKeys();

    @Test
    @DisplayName("a root key is found with its secret, owner and status")
    void rootKeyRoundTrips() {
        AccessKey key = Fixtures.activeKey(new RootPrincipal(newAccount()));

        accessKeys().save(key);

        AccessKey found = accessKeys().findById(key.id()).orElseThrow();
        assertThat(found).isEqualTo(key);
        assertThat(found.secret().reveal()).isEqualTo(key.secret().reveal());
    }

    @Test
    @DisplayName("a RAM user's key keeps the user as its owner")
    void ramUserKeyRoundTrips() {
        RamUser user = new RamUser(newAccount(), Fixtures.userName());
        givenRamUser(user);
        AccessKey key = Fixtures.activeKey(user);

        accessKeys().save(key);

        assertThat(accessKeys().findById(key.id())).contains(key);
    }

    @Test
    @DisplayName("a role session's key keeps role, session and session policy text")
    void roleSessionKeyRoundTrips() {
        RoleSession session = new RoleSession(newAccount(), Fixtures.userName(), Fixtures.userName(),
                Optional.of(Fixtures.ALLOW_GET_FLOW));
        AccessKey key = Fixtures.activeKey(session);
        RoleSession plain = new RoleSession(newAccount(), Fixtures.userName(), Fixtures.userName(), Optional.empty());
        AccessKey plainKey = Fixtures.activeKey(plain);

        accessKeys().save(key);
        accessKeys().save(plainKey);

        assertThat(accessKeys().findById(key.id())).contains(key);
        assertThat(accessKeys().findById(plainKey.id())).contains(plainKey);
    }

    @Test
    @DisplayName("saving a key again with another status replaces the status")
    void statusChangeIsStored() {
        AccessKey key = Fixtures.activeKey(new RootPrincipal(newAccount()));
        accessKeys().save(key);

        accessKeys().save(key.withStatus(AccessKeyStatus.INACTIVE));

        assertThat(accessKeys().findById(key.id()).map(AccessKey::status)).contains(AccessKeyStatus.INACTIVE);
    }

    @Test
    @DisplayName("an unknown key finds nothing")
    void unknownKeyFindsNothing() {
        assertThat(accessKeys().findById(Fixtures.accessKeyId())).isEmpty();
    }

    @Test
    @DisplayName("a secret full of punctuation survives, and the found key never prints it")
    void punctuationSecretRoundTripsAndStaysHidden() {
        AccessKeySecret secret = AccessKeySecret.of("p'a\"s%s_w\\o;r--d/+~*" + Fixtures.next());
        AccessKey key = new AccessKey(Fixtures.accessKeyId(), secret, new RootPrincipal(newAccount()),
                AccessKeyStatus.ACTIVE);

        accessKeys().save(key);

        AccessKey found = accessKeys().findById(key.id()).orElseThrow();
        assertThat(found.secret().reveal()).isEqualTo(secret.reveal());
        assertThat(found.toString()).doesNotContain(secret.reveal());
    }
}
