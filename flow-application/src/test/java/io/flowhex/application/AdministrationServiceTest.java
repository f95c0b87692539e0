package io.flowhex.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.ProvisioningException;
import io.flowhex.application.port.in.StateSummary;
import io.flowhex.application.port.out.StoreAdministration;
import io.flowhex.application.port.out.StoreCounts;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.application.ratelimit.LocalCallQuota;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.SpaceId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The operator's resets and summary")
class AdministrationServiceTest {

    private static final AccountId ALICE = new AccountId("1000000000000001");
    private static final AccountId BOB = new AccountId("1000000000000002");

    private final MapStores stores = new MapStores();
    private final LocalCallQuota quota = LocalCallQuota.create(Clock.fixed(Instant.parse("2026-02-01T08:00:00Z"),
            ZoneOffset.UTC));
    private final AdministrationService service = new AdministrationService(stores.administration(), quota);

    private void given(AccountId account) {
        stores.accounts().save(new Account(account, true, Set.of(new SpaceId("s1")), OptionalInt.empty()));
        quota.tryAcquire(account, "GetFlow", 1);
        quota.tryAcquire(account, "ListFlow", 1);
    }

    @Test
    @DisplayName("the summary counts the stores and the quota's budgets")
    void summary() {
        given(ALICE);
        given(BOB);

        StateSummary summary = service.summary();

        assertThat(summary.accounts()).isEqualTo(2);
        assertThat(summary.flowsByStatus()).containsOnlyKeys(FlowStatus.values());
        assertThat(summary.limiter()).contains(new StateSummary.Limiter(2, 4));
    }

    @Test
    @DisplayName("resetting one account clears its data and its budgets only")
    void resetAccount() {
        given(ALICE);
        given(BOB);

        assertThat(service.resetAccount(ALICE)).isTrue();
        assertThat(service.resetAccount(ALICE)).isFalse();

        assertThat(stores.accounts().findById(ALICE)).isEmpty();
        assertThat(stores.accounts().findById(BOB)).isPresent();
        assertThat(service.summary().limiter()).contains(new StateSummary.Limiter(1, 2));
        assertThat(quota.tryAcquire(ALICE, "GetFlow", 1)).isTrue();
        assertThat(quota.tryAcquire(BOB, "GetFlow", 1)).isFalse();
    }

    @Test
    @DisplayName("resetting everything clears the stores and every budget")
    void resetAll() {
        given(ALICE);
        given(BOB);

        service.resetAll();

        StateSummary summary = service.summary();
        assertThat(summary.accounts()).isZero();
        assertThat(summary.limiter()).contains(new StateSummary.Limiter(0, 0));
    }

    @Test
    @DisplayName("a store that does not answer is ServiceUnavailable, and the budgets stay")
    void storeDown() {
        given(ALICE);
        StoreAdministration down = new StoreAdministration() {
            @Override
            public void clearAll() {
                throw new StoreUnavailableException("down");
            }

            @Override
            public boolean clearAccount(AccountId account) {
                throw new StoreUnavailableException("down");
            }

            @Override
            public StoreCounts counts() {
                throw new StoreUnavailableException("down");
            }
        };
        AdministrationService failing = new AdministrationService(down, quota);

        assertThatThrownBy(failing::resetAll).isInstanceOfSatisfying(ProvisioningException.class,
                e -> assertThat(e.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
        assertThatThrownBy(() -> failing.resetAccount(ALICE)).isInstanceOf(ProvisioningException.class);
        assertThatThrownBy(failing::summary).isInstanceOf(ProvisioningException.class);
        assertThat(quota.tryAcquire(ALICE, "GetFlow", 1)).isFalse();
    }

    @Test
    @DisplayName("the counts' map is complete and read-only whatever the store gave")
    void completeCounts() {
        StoreCounts counts = new StoreCounts(1, 1, Map.of(FlowStatus.DRAFT, 3L));

        assertThat(counts.flowsByStatus()).containsEntry(FlowStatus.BLOCKED, 0L).containsEntry(FlowStatus.DRAFT, 3L);
        assertThat(counts.flows()).isEqualTo(3);
        assertThatThrownBy(() -> counts.flowsByStatus().put(FlowStatus.DRAFT, 1L))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
