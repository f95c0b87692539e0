package io.flowhex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.flow.SpaceId;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An account")
class AccountTest {

    private static final AccountId ID = new AccountId("1000000000000001");
    private static final SpaceId HOME = new SpaceId("cams-home");
    private static final SpaceId OTHER = new SpaceId("cams-other");

    private final Account account = Account.subscribed(ID, Set.of(HOME));

    @Test
    @DisplayName("created as subscribed has no QPS override and owns exactly its spaces")
    void subscribedFactory() {
        assertThat(account.id()).isEqualTo(ID);
        assertThat(account.subscribed()).isTrue();
        assertThat(account.qpsOverride()).isEmpty();
        assertThat(account.owns(HOME)).isTrue();
        assertThat(account.owns(OTHER)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1, 5, 100_000})
    @DisplayName("accepts a QPS override from 1 to 100000")
    void acceptsQps(int qps) {
        assertThat(account.withQps(qps).qpsOverride()).hasValue(qps);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -1, 100_001, Integer.MAX_VALUE, Integer.MIN_VALUE})
    @DisplayName("rejects a QPS override outside 1 to 100000")
    void rejectsQps(int qps) {
        assertThatThrownBy(() -> account.withQps(qps))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("qps must be 1 to 100000");
        assertThatThrownBy(() -> new Account(ID, true, Set.of(), OptionalInt.of(qps)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("qps must be 1 to 100000");
    }

    @Test
    @DisplayName("copies the given spaces, so changing the set afterwards changes nothing")
    void copiesSpaces() {
        Set<SpaceId> source = new HashSet<>(Set.of(HOME));
        Account copied = new Account(ID, true, source, OptionalInt.empty());

        source.add(OTHER);
        source.remove(HOME);

        assertThat(copied.spaces()).containsExactly(HOME);
        assertThatThrownBy(() -> copied.spaces().add(OTHER)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("returns changed copies from its with-methods and stays as it was")
    void withMethodsReturnCopies() {
        Account limited = account.withQps(20);
        Account unsubscribed = account.withSubscription(false);
        Account wider = account.withSpace(OTHER);

        assertThat(limited).isEqualTo(new Account(ID, true, Set.of(HOME), OptionalInt.of(20)));
        assertThat(unsubscribed).isEqualTo(new Account(ID, false, Set.of(HOME), OptionalInt.empty()));
        assertThat(wider.spaces()).containsExactlyInAnyOrder(HOME, OTHER);
        assertThat(wider.owns(OTHER)).isTrue();
        assertThat(account).isEqualTo(Account.subscribed(ID, Set.of(HOME)));
        assertThat(account.owns(OTHER)).isFalse();
    }

    @Test
    @DisplayName("keeps its other settings through each with-method")
    void withMethodsKeepTheRest() {
        Account changed = account.withQps(7).withSubscription(false).withSpace(OTHER);

        assertThat(changed.id()).isEqualTo(ID);
        assertThat(changed.qpsOverride()).hasValue(7);
        assertThat(changed.subscribed()).isFalse();
        assertThat(changed.spaces()).containsExactlyInAnyOrder(HOME, OTHER);
    }

    @Test
    @DisplayName("requires an id, a set of spaces and an override (possibly empty)")
    void requiresParts() {
        assertThatNullPointerException().isThrownBy(() -> new Account(null, true, Set.of(), OptionalInt.empty()))
                .withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> new Account(ID, true, null, OptionalInt.empty()))
                .withMessage("spaces");
        assertThatNullPointerException().isThrownBy(() -> new Account(ID, true, Set.of(), null))
                .withMessage("qpsOverride");
    }
}
