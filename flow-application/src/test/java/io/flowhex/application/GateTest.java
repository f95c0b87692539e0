package io.flowhex.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.SignatureNonce;
import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.NonceLimitExceededException;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.application.ratelimit.LocalCallQuota;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The gate every flow action passes")
class GateTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final AccountId ACCOUNT = new AccountId("1001");
    private static final AccessKeyId KEY = new AccessKeyId("LTAI5tGateKey");

    private final MapStores stores = new MapStores();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<String> recorded = new ArrayList<>();

    private Gate gate(NonceStore nonces, QuotaLimits limits) {
        return new Gate(stores.accounts(), CallAdmission.inTurn(LocalCallQuota.create(clock), nonces), limits,
                (principal, action, context, now) -> Optional.empty(), clock, FlowMetrics.none(), System::nanoTime);
    }

    private Gate gate(Account account, QuotaLimits limits) {
        stores.accounts().save(account);
        return gate((key, nonce, now, expiresAt) -> recorded.add(nonce), limits);
    }

    private static CallContext signed(String nonce) {
        return new CallContext(Optional.empty(), false, KEY,
                Optional.of(new SignatureNonce(nonce, NOW.plusSeconds(900))));
    }

    private static String pass(Gate gate, CamsAction action, String nonce) {
        try {
            return gate.pass(action, new RootPrincipal(ACCOUNT), signed(nonce), admission -> "OK");
        } catch (FlowApiException e) {
            return e.code();
        }
    }

    private static Account account(OptionalInt all, Map<String, Integer> perAction) {
        return new Account(ACCOUNT, true, Set.of(new SpaceId("cams-gate")), all, perAction);
    }

    @Nested
    @DisplayName("records the nonce")
    class Nonces {

        private String answer(NonceStore nonces) {
            stores.accounts().save(account(OptionalInt.empty(), Map.of()));
            return pass(gate(nonces, new QuotaLimits(5, Map.of())), CamsAction.GET_FLOW, "n-1");
        }

        @Test
        @DisplayName("once: a used nonce is SignatureNonceUsed")
        void used() {
            assertThat(answer((key, nonce, now, expiresAt) -> false)).isEqualTo("SignatureNonceUsed");
        }

        @Test
        @DisplayName("a key at the store's bound of nonces is under flow control, not a failed server")
        void keyAtItsBound() {
            assertThat(answer((key, nonce, now, expiresAt) -> {
                throw new NonceLimitExceededException("this key holds as many nonces as one key may");
            })).isEqualTo("System.LimitControl");
        }

        @Test
        @DisplayName("a store that does not answer is a temporary failure of the server")
        void storeDown() {
            assertThat(answer((key, nonce, now, expiresAt) -> {
                throw new StoreUnavailableException("nonce store unavailable");
            })).isEqualTo("ServiceUnavailable");
        }

        @Test
        @DisplayName("not for a throttled call")
        void notWhenThrottled() {
            Gate gate = gate(account(OptionalInt.of(1), Map.of()), new QuotaLimits(5, Map.of()));

            assertThat(pass(gate, CamsAction.GET_FLOW, "first")).isEqualTo("OK");
            assertThat(pass(gate, CamsAction.GET_FLOW, "throttled")).isEqualTo("System.LimitControl");
            assertThat(recorded).containsExactly("first");
        }

        @Test
        @DisplayName("and a failure inside the use case is ServiceUnavailable too")
        void useCaseStoreFailure() {
            Gate gate = gate(account(OptionalInt.empty(), Map.of()), new QuotaLimits(5, Map.of()));

            FlowApiException e = catchThrowableOfType(FlowApiException.class, () -> gate.pass(CamsAction.GET_FLOW,
                    new RootPrincipal(ACCOUNT), signed("n"), admission -> {
                        throw new StoreUnavailableException("flows down");
                    }));

            assertThat(e.code()).isEqualTo("ServiceUnavailable");
        }
    }

    @Nested
    @DisplayName("takes the quota per (account, action)")
    class Quota {

        private int granted(Gate gate, CamsAction action, int calls) {
            int ok = 0;
            for (int i = 0; i < calls; i++) {
                ok += pass(gate, action, action + "-" + i).equals("OK") ? 1 : 0;
            }
            return ok;
        }

        @Test
        @DisplayName("each action has its own documented 5 calls per second")
        void ownBudgetPerAction() {
            Gate gate = gate(account(OptionalInt.empty(), Map.of()), new QuotaLimits(5, Map.of()));

            for (CamsAction action : CamsAction.values()) {
                assertThat(granted(gate, action, 8)).as(action.wireName()).isEqualTo(5);
            }
        }

        @Test
        @DisplayName("the account's per-action override wins over its all-actions override, which wins over the defaults")
        void precedence() {
            Gate gate = gate(account(OptionalInt.of(3), Map.of("CreateFlow", 1)),
                    new QuotaLimits(5, Map.of(CamsAction.LIST_FLOW, 7)));

            assertThat(granted(gate, CamsAction.CREATE_FLOW, 5)).isEqualTo(1);
            assertThat(granted(gate, CamsAction.LIST_FLOW, 9)).isEqualTo(3);
            assertThat(granted(gate, CamsAction.GET_FLOW, 9)).isEqualTo(3);
        }

        @Test
        @DisplayName("without overrides, the application's per-action default, else its default")
        void applicationDefaults() {
            Gate gate = gate(account(OptionalInt.empty(), Map.of()), new QuotaLimits(2, Map.of(CamsAction.LIST_FLOW, 7)));

            assertThat(granted(gate, CamsAction.LIST_FLOW, 9)).isEqualTo(7);
            assertThat(granted(gate, CamsAction.PUBLISH_FLOW, 9)).isEqualTo(2);
        }
    }

    @Test
    @DisplayName("checks RAM for the action's own cams:<Action>")
    void ramActionPerAction() {
        stores.accounts().save(account(OptionalInt.empty(), Map.of()));
        List<String> asked = new ArrayList<>();
        Gate gate = new Gate(stores.accounts(),
                CallAdmission.inTurn(LocalCallQuota.create(clock), (key, nonce, now, expiresAt) -> true),
                new QuotaLimits(5, Map.of()), (principal, action, context, now) -> {
                    asked.add(action);
                    return Optional.empty();
                }, clock, FlowMetrics.none(), System::nanoTime);

        pass(gate, CamsAction.GET_FLOW_JSON_ASSET, "a");
        pass(gate, CamsAction.DELETE_FLOW, "b");

        assertThat(asked).containsExactly("cams:GetFlowJSONAssest", "cams:DeleteFlow");
    }
}
