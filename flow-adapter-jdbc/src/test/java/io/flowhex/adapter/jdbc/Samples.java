package io.flowhex.adapter.jdbc;

import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SchemaVersion;
import io.flowhex.domain.flow.SpaceId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/** Deterministic domain values for the adapter's own tests, and values that look like SQL. */
final class Samples {

    static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

    /** Quotes, wildcards, comment markers, backslashes: legal in a CustSpaceId, dangerous in SQL text. */
    static final String HOSTILE_ASCII = "x');DROP/**/TABLE/**/flowhex_flow;--%_\\\"'`$$";

    private Samples() {
    }

    static Flow flow(FlowId id, AccountId owner) {
        return flow(id, owner, new SpaceId("cams-space-1"), new FlowName("Sign up, then survey"));
    }

    static Flow flow(FlowId id, AccountId owner, SpaceId space, FlowName name) {
        return new Flow(id, owner, space, name,
                FlowCategories.of(FlowCategory.SURVEY, FlowCategory.SIGN_UP, FlowCategory.OTHER),
                FlowStatus.PUBLISHED,
                Optional.of(new SchemaVersion("6.3")),
                Optional.of(new SchemaVersion("3.0")),
                Optional.of(EndpointUri.parse("https://flows.example.com/data?tenant=a%27b&x=_%25")),
                Optional.of(Preview.of("https://preview.example.com/p/1?token=abc", T0.plusSeconds(3600))),
                Instant.EPOCH, 0);
    }

    /** A small valid Flow JSON file. */
    static FlowAsset asset() {
        return FlowAsset.of("{\"version\":\"6.3\",\"screens\":[{\"id\":\"A\",\"layout\":{}}]}"
                .getBytes(StandardCharsets.UTF_8), FlowJsonCheck.valid(new SchemaVersion("6.3"), Optional.empty()));
    }

    static Flow bareFlow(FlowId id, AccountId owner) {
        return new Flow(id, owner, new SpaceId("cams-space-2"), new FlowName("Bare"),
                FlowCategories.of(FlowCategory.OTHER), FlowStatus.DRAFT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH, 0);
    }
}
