package io.flowhex.application;

import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.SchemaVersion;
import io.flowhex.domain.flow.SpaceId;
import java.time.Instant;
import java.util.Optional;

/** Fixed flows for the application's unit tests; no random parts. */
public final class TestFlows {

    private TestFlows() {
    }

    /** A draft flow without a preview, owned by {@code owner} in space {@code cams-abc}. */
    public static Flow draft(String flowId, AccountId owner) {
        return new Flow(FlowId.of(flowId), owner, new SpaceId("cams-abc"), new FlowName("flow_001"),
                FlowCategories.of(FlowCategory.SIGN_UP), FlowStatus.DRAFT, Optional.of(new SchemaVersion("2.1")),
                Optional.of(new SchemaVersion("3.0")), Optional.of(EndpointUri.parse("https://example.com/endpoint")),
                Optional.empty(), Instant.EPOCH, 0);
    }
}
