package io.flowhex.adapter.jdbc;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.application.port.out.StoreHealth;
import io.flowhex.testkit.contract.AccessKeyRepositoryContract;
import io.flowhex.testkit.contract.AccountRepositoryContract;
import io.flowhex.testkit.contract.FlowRepositoryContract;
import io.flowhex.testkit.contract.NonceStoreContract;
import io.flowhex.testkit.contract.PolicyRepositoryContract;
import io.flowhex.testkit.contract.RamUserRepositoryContract;
import io.flowhex.testkit.contract.StoreHealthContract;
import io.flowhex.testkit.scenario.AuthenticationScenarios;
import io.flowhex.testkit.scenario.GateScenarios;
import io.flowhex.testkit.scenario.GetFlowScenarios;
import io.flowhex.testkit.scenario.LifecycleScenarios;
import io.flowhex.testkit.scenario.ProvisioningScenarios;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * Every contract and scenario suite of flow-testkit over one JDBC store; each database's test class
 * nests a subclass. The suites' ids are unique, so they share the store's database without cleanup.
 */
abstract class ContractChecks {

    abstract FlowhexStores stores();

    @Nested
    @DisplayName("flows")
    class Flows extends FlowRepositoryContract {
        @Override
        protected FlowRepository flows() {
            return stores().flows();
        }
    }

    @Nested
    @DisplayName("accounts")
    class Accounts extends AccountRepositoryContract {
        @Override
        protected AccountRepository accounts() {
            return stores().accounts();
        }
    }

    @Nested
    @DisplayName("access keys")
    class AccessKeys extends AccessKeyRepositoryContract {
        @Override
        protected AccessKeyRepository accessKeys() {
            return stores().accessKeys();
        }
    }

    @Nested
    @DisplayName("RAM users")
    class RamUsers extends RamUserRepositoryContract {
        @Override
        protected RamUserRepository ramUsers() {
            return stores().ramUsers();
        }
    }

    @Nested
    @DisplayName("policies")
    class Policies extends PolicyRepositoryContract {
        @Override
        protected PolicyRepository policies() {
            return stores().policies();
        }
    }

    @Nested
    @DisplayName("nonces")
    class Nonces extends NonceStoreContract {
        @Override
        protected NonceStore nonces() {
            return stores().nonces();
        }
    }

    @Nested
    @DisplayName("health")
    class Health extends StoreHealthContract {
        @Override
        protected StoreHealth health() {
            return stores().health();
        }
    }

    @Nested
    @DisplayName("GetFlow")
    class GetFlow extends GetFlowScenarios {
        @Override
        protected FlowhexStores stores() {
            return ContractChecks.this.stores();
        }
    }

    @Nested
    @DisplayName("authentication")
    class Authentication extends AuthenticationScenarios {
        @Override
        protected FlowhexStores stores() {
            return ContractChecks.this.stores();
        }
    }

    @Nested
    @DisplayName("the gate every action passes")
    class Gate extends GateScenarios {
        @Override
        protected FlowhexStores stores() {
            return ContractChecks.this.stores();
        }
    }

    @Nested
    @DisplayName("the flow lifecycle: every action x status cell of the spec's table")
    class Lifecycle extends LifecycleScenarios {
        @Override
        protected FlowhexStores stores() {
            return ContractChecks.this.stores();
        }
    }

    @Nested
    @DisplayName("provisioning")
    class Provisioning extends ProvisioningScenarios {
        @Override
        protected FlowhexStores stores() {
            return ContractChecks.this.stores();
        }
    }
}
