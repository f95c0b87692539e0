package io.flowhex.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.ProvisioningException;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A store that stops answering becomes ServiceUnavailable, never an unexpected exception. */
class StoreFailureTest {

    /** Flows that fail like a database that went away; everything else is the real in-memory store. */
    private static final class UnreachableFlows implements FlowRepository {
        @Override
        public Optional<Flow> findById(FlowId id) {
            throw new StoreUnavailableException("flows unreachable");
        }

        @Override
        public WriteResult save(Flow flow) {
            throw unreachable();
        }

        @Override
        public WriteResult create(Flow flow) {
            throw unreachable();
        }

        @Override
        public WriteResult update(Flow next, long expectedRevision) {
            throw unreachable();
        }

        @Override
        public WriteResult updateWithAsset(Flow next, long expectedRevision, FlowAsset asset) {
            throw unreachable();
        }

        @Override
        public WriteResult delete(FlowId id, long expectedRevision) {
            throw unreachable();
        }

        @Override
        public Optional<FlowAsset> findAsset(FlowId id) {
            throw unreachable();
        }

        @Override
        public List<FlowSummary> list(AccountId owner, Optional<SpaceId> space, Optional<String> nameContains,
                PageRequest page) {
            throw unreachable();
        }

        private static StoreUnavailableException unreachable() {
            return new StoreUnavailableException("flows unreachable");
        }

        @Override
        public boolean updatePreview(FlowId id, Preview preview) {
            throw new StoreUnavailableException("flows unreachable");
        }
    }

    @Test
    @DisplayName("GetFlow and provisioning answer ServiceUnavailable while the flow store is down")
    void storeDownIsServiceUnavailable() {
        FlowhexApplication app = FlowhexApplication.builder()
                .stores(InMemoryStores.create())
                .flows(new UnreachableFlows())
                .storeHealth(() -> false)
                .build();
        AccountId account = Fixtures.accountId();
        SpaceId space = Fixtures.spaceId();
        app.provision().saveAccount(Fixtures.account(account, space));
        GetFlowQuery query = new GetFlowQuery(new RootPrincipal(account), Fixtures.flowId(), Optional.empty(),
                new CallContext(Optional.empty(), false, Fixtures.accessKeyId()));

        FlowApiException getFlow = catchThrowableOfType(FlowApiException.class, () -> app.getFlow().getFlow(query));
        ProvisioningException provision = catchThrowableOfType(ProvisioningException.class,
                () -> app.provision().saveFlow(Fixtures.flow(account, space).build()));

        assertThat(getFlow.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(getFlow.code()).isEqualTo("ServiceUnavailable");
        assertThat(provision.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(app.health().isHealthy()).isFalse();
    }
}
