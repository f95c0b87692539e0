package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.FlowJsonError;
import io.flowhex.domain.flow.FlowJsonErrorCode;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.SchemaVersion;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the parts of {@link FlowRepositoryContract} share: the repository, flows of fresh accounts,
 * the domain's own changes of a flow (so a part stores what the use cases would), and Flow JSON
 * files valid and invalid.
 */
abstract class FlowContractParts extends SeedingHooks {

    /** A creation time with microsecond precision, which every store keeps exactly. */
    static final Instant T0 = Instant.parse("2026-02-01T08:00:00.123456Z");

    /** The repository under test; may be the same instance for every test (ids never collide). */
    protected abstract FlowRepository flows();

    /** A part of the contract, nested in the contract an adapter extends: that one's repository and seeding. */
    abstract static class Part extends FlowContractParts {

        private final FlowContractParts host;

        Part(FlowContractParts host) {
            this.host = host;
        }

        @Override
        protected final FlowRepository flows() {
            return host.flows();
        }

        @Override
        protected final void givenAccount(Account account) {
            host.givenAccount(account);
        }
    }

    /** A flow of a new account and space, as CreateFlow makes it, not stored yet. */
    final Fixtures.FlowBuilder aFlow() {
        AccountId owner = Fixtures.accountId();
        SpaceId space = Fixtures.spaceId();
        givenAccount(Fixtures.account(owner, space));
        return Fixtures.flow(owner, space).noVersions().createdAt(T0);
    }

    /** The flow, created in the store. */
    final Flow created(Flow flow) {
        assertThat(flows().create(flow)).as("creating %s", flow.id()).isEqualTo(WriteResult.DONE);
        return flow;
    }

    /** A new flow of a new account, created in the store. */
    final Flow created() {
        return created(aFlow().build());
    }

    /** The flow renamed the way ModifyFlow does it: its next revision. */
    static Flow renamed(Flow flow, String name) {
        return flow.modify(new FlowName(name), flow.categories(), flow.endpointUri(), EditPublishedRule.REVERT_TO_DRAFT);
    }

    /** The flow with this Flow JSON, the way UpdateFlowJSONAsset does it: its next revision. */
    static Flow withFlowJson(Flow flow, FlowAsset asset) {
        return flow.updateFlowJson(asset.check(), EditPublishedRule.REVERT_TO_DRAFT);
    }

    /** A valid Flow JSON, its text made unique by {@code marker}. */
    static FlowAsset validAsset(String marker) {
        String json = "{\"version\":\"7.0\",\"data_api_version\":\"3.0\",\"routing_model\":{},"
                + "\"screens\":[{\"id\":\"S_" + marker + "\",\"layout\":{}}]}";
        return FlowAsset.of(json.getBytes(StandardCharsets.UTF_8),
                FlowJsonCheck.valid(new SchemaVersion("7.0"), Optional.of(new SchemaVersion("3.0"))));
    }

    /**
     * A file that is not UTF-8 at all, with every error a store could mangle: separators, escapes,
     * NUL and non-ASCII text in messages and pointers, in an order that is not sorted.
     */
    static FlowAsset invalidAsset() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', 0, (byte) 0xFF, (byte) 0xC3, '\\', '"', '%', '_',
            '\n', '\r', '\t', (byte) 0x80, '}'};
        List<FlowJsonError> errors = List.of(
                new FlowJsonError(FlowJsonErrorCode.MISSING_FLOW_JSON_VERSION, "no \"version\"", ""),
                new FlowJsonError(FlowJsonErrorCode.INVALID_FLOW_JSON,
                        "tab\there, line\nbreak, return\r, back\\slash \\t \\n \\\\, NUL\0, 名前 🚀, %_'", "/a~1b/~0c/0"),
                new FlowJsonError(FlowJsonErrorCode.INVALID_PROPERTY_VALUE, "screen id repeated", "/screens/1/id"),
                new FlowJsonError(FlowJsonErrorCode.INVALID_ROUTING_MODEL, "x".repeat(FlowJsonError.MAX_MESSAGE_LENGTH),
                        "/" + "p".repeat(FlowJsonError.MAX_POINTER_LENGTH - 1)));
        return FlowAsset.of(bytes, new FlowJsonCheck(Optional.empty(), Optional.of(new SchemaVersion("3.0")), errors));
    }
}
