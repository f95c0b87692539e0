package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.LinkSigningKeys;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.application.port.out.StoreHealth;
import io.flowhex.testkit.contract.AccessKeyRepositoryContract;
import io.flowhex.testkit.contract.AccountRepositoryContract;
import io.flowhex.testkit.contract.CallAdmissionContract;
import io.flowhex.testkit.contract.QuotaTime;
import io.flowhex.testkit.contract.FlowRepositoryContract;
import io.flowhex.testkit.contract.LinkSigningKeysContract;
import io.flowhex.testkit.contract.NonceStoreContract;
import io.flowhex.testkit.contract.PolicyRepositoryContract;
import io.flowhex.testkit.contract.RamUserRepositoryContract;
import io.flowhex.testkit.contract.StoreAdministrationContract;
import io.flowhex.testkit.contract.StoreHealthContract;
import io.flowhex.application.ratelimit.LocalCallQuota;
import io.flowhex.testkit.MutableClock;
import io.flowhex.testkit.scenario.AuthenticationScenarios;
import io.flowhex.testkit.scenario.GateScenarios;
import io.flowhex.testkit.scenario.LifecycleScenarios;
import io.flowhex.testkit.scenario.GetFlowScenarios;
import io.flowhex.testkit.scenario.ProvisioningScenarios;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The in-memory stores against every contract and scenario suite of flow-testkit. */
@DisplayName("in-memory stores")
class InMemoryContractsTest {

    private final FlowhexStores stores = InMemoryStores.create();

    @Nested
    @DisplayName("call admission: the local quota and these nonces in turn")
    class Admission extends CallAdmissionContract {
        private final MutableClock clock = MutableClock.atDefaultStart();
        private final CallAdmission admission = CallAdmission.inTurn(LocalCallQuota.create(clock), stores.nonces());

        @Override
        protected CallAdmission admission() {
            return admission;
        }

        @Override
        protected QuotaTime time() {
            return QuotaTime.onClock(clock);
        }
    }

    @Nested
    @DisplayName("flows")
    class Flows extends FlowRepositoryContract {
        @Override
        protected FlowRepository flows() {
            return stores.flows();
        }
    }

    @Nested
    @DisplayName("accounts")
    class Accounts extends AccountRepositoryContract {
        @Override
        protected AccountRepository accounts() {
            return stores.accounts();
        }
    }

    @Nested
    @DisplayName("access keys")
    class AccessKeys extends AccessKeyRepositoryContract {
        @Override
        protected AccessKeyRepository accessKeys() {
            return stores.accessKeys();
        }
    }

    @Nested
    @DisplayName("RAM users")
    class RamUsers extends RamUserRepositoryContract {
        @Override
        protected RamUserRepository ramUsers() {
            return stores.ramUsers();
        }
    }

    @Nested
    @DisplayName("policies")
    class Policies extends PolicyRepositoryContract {
        @Override
        protected PolicyRepository policies() {
            return stores.policies();
        }
    }

    @Nested
    @DisplayName("administration")
    class Administration extends StoreAdministrationContract {
        @Override
        protected FlowhexStores stores() {
            return InMemoryStores.create();
        }
    }

    @Nested
    @DisplayName("nonces")
    class Nonces extends NonceStoreContract {
        @Override
        protected NonceStore nonces() {
            return stores.nonces();
        }

        @Override
        protected Optional<NonceStore> noncesBoundedPerKey(int maxPerKey) {
            return Optional.of(InMemoryStores.withMaxNoncesPerKey(maxPerKey).nonces());
        }
    }

    @Nested
    @DisplayName("link signing keys")
    class LinkKeys extends LinkSigningKeysContract {
        @Override
        protected Supplier<LinkSigningKeys> emptyStore() {
            InMemoryStores fresh = InMemoryStores.create();
            return () -> fresh.linkSigningKeys().orElseThrow();
        }
    }

    @Nested
    @DisplayName("health")
    class Health extends StoreHealthContract {
        @Override
        protected StoreHealth health() {
            return stores.health();
        }
    }

    @Nested
    @DisplayName("GetFlow")
    class GetFlow extends GetFlowScenarios {
        @Override
        protected FlowhexStores stores() {
            return stores;
        }
    }

    @Nested
    @DisplayName("authentication")
    class Authentication extends AuthenticationScenarios {
        @Override
        protected FlowhexStores stores() {
            return stores;
        }
    }

    @Nested
    @DisplayName("the gate every action passes")
    class Gate extends GateScenarios {
        @Override
        protected FlowhexStores stores() {
            return stores;
        }
    }

    @Nested
    @DisplayName("the flow lifecycle")
    class Lifecycle extends LifecycleScenarios {
        @Override
        protected FlowhexStores stores() {
            return stores;
        }
    }

    @Nested
    @DisplayName("provisioning")
    class Provisioning extends ProvisioningScenarios {
        @Override
        protected FlowhexStores stores() {
            return stores;
        }
    }
}
