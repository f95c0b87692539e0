package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A lifecycle refusal")
class LifecycleRefusalTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PUBLISH_INVALID_STATE          | PUBLISH   | (#139002) Publishing Flow in invalid state.
            PUBLISH_WITH_VALIDATION_ERRORS | PUBLISH   | (#139002) Publishing Flow with validation errors.
            PUBLISH_WITHOUT_ENDPOINT       | PUBLISH   | (#139002) Publishing Flow without endpoint_uri.
            PUBLISH_WITHOUT_FLOW_JSON      | PUBLISH   | (#139002) Publishing Flow without a Flow JSON.
            PUBLISH_VERSION_NOT_AVAILABLE  | PUBLISH   | (#139002) Versions in Flow JSON file are not available for publishing.
            DEPRECATE_UNPUBLISHED          | DEPRECATE | (#139003) Can't deprecate unpublished flow.
            DEPRECATE_ALREADY_DEPRECATED   | DEPRECATE | (#139003) Flow is already deprecated.
            DELETE_PUBLISHED               | DELETE    | (#139004) Can't delete published Flow.
            DELETE_DEPRECATED              | DELETE    | (#139004) Can't delete deprecated Flow.
            UPDATE_PUBLISHED               | UPDATE    | (#139001) Flow can't be updated. The flow is published.
            UPDATE_DEPRECATED              | UPDATE    | (#139001) Flow can't be updated. The flow is deprecated.
            """)
    @DisplayName("of the API says the spec's text, with Meta's error number, under its action")
    void apiTexts(LifecycleRefusal refusal, LifecycleAction action, String message) {
        assertThat(refusal.action()).isEqualTo(action);
        assertThat(refusal.message()).isEqualTo(message);
    }

    @Test
    @DisplayName("of the operator's changes is grouped under OPERATOR, apart from the API's codes")
    void operatorRefusals() {
        assertThat(LifecycleRefusal.values()).filteredOn(r -> r.action() == LifecycleAction.OPERATOR)
                .containsExactlyInAnyOrder(LifecycleRefusal.THROTTLE_NOT_PUBLISHED,
                        LifecycleRefusal.UNTHROTTLE_NOT_THROTTLED, LifecycleRefusal.BLOCK_NOT_THROTTLED,
                        LifecycleRefusal.UNBLOCK_NOT_BLOCKED, LifecycleRefusal.OPERATOR_CANNOT_SET_DRAFT)
                .allSatisfy(r -> assertThat(r.message()).doesNotStartWith("(#"));
    }

    @Test
    @DisplayName("is thrown without a stack trace and names the flow and its status")
    void exceptionShape() {
        Flow draft = Flow.draft(FlowId.of("1000000000000042"), new AccountId("1000000000000001"),
                new SpaceId("cams-a"), new FlowName("f"), FlowCategories.of(FlowCategory.OTHER), Optional.empty(),
                Instant.EPOCH);

        FlowLifecycleException refused = new FlowLifecycleException(LifecycleRefusal.DEPRECATE_UNPUBLISHED,
                draft.id(), draft.status());

        assertThat(refused.getStackTrace()).isEmpty();
        assertThat(refused.getMessage()).isEqualTo("(#139003) Can't deprecate unpublished flow.");
        assertThat(refused.flowId()).isEqualTo(draft.id());
        assertThat(refused.status()).isEqualTo(FlowStatus.DRAFT);
        assertThat(refused.action()).isEqualTo(LifecycleAction.DEPRECATE);
    }
}
