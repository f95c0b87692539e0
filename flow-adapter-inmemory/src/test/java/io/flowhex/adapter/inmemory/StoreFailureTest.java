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
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A store that stops answering becomes ServiceUnavailable, never an unexpected exception. */
class StoreFailureTest {

    /** Flows that fail like a database that went away, in every method; everything else is the real in-memory store. */
    private static FlowRepository unreachableFlows() {
        return (FlowRepository) Proxy.newProxyInstance(FlowRepository.class.getClassLoader(),
                new Class<?>[] {FlowRepository.class}, (proxy, method, arguments) -> {
                    throw new StoreUnavailableException("flows unreachable");
                });
    }

    @Test
    @DisplayName("GetFlow and provisioning answer ServiceUnavailable while the flow store is down")
    void storeDownIsServiceUnavailable() {
        FlowhexApplication app = FlowhexApplication.custom()
                .stores(InMemoryStores.create())
                .flows(unreachableFlows())
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
