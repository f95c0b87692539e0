package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Publishing a DRAFT flow")
class FlowPublicationTest {

    private static final PublishableVersions DEFAULTS = PublishableVersions.ofDefaults();
    private static final FlowJsonError AN_ERROR = new FlowJsonError(FlowJsonErrorCode.MISSING_REQUIRED_PROPERTY,
            "a screen needs a layout", "/screens/0");

    private static Flow draft(Optional<EndpointUri> endpoint) {
        return Flow.draft(FlowId.of("1000000000000042"), new AccountId("1000000000000001"), new SpaceId("cams-a"),
                new FlowName("f"), FlowCategories.of(FlowCategory.OTHER), endpoint, Instant.EPOCH);
    }

    private static Flow withEndpoint() {
        return draft(Optional.of(EndpointUri.parse("https://example.com/data")));
    }

    private static FlowJsonCheck json(String version, String dataApiVersion, List<FlowJsonError> errors) {
        return new FlowJsonCheck(Optional.ofNullable(version).map(SchemaVersion::new),
                Optional.ofNullable(dataApiVersion).map(SchemaVersion::new), errors);
    }

    private static void assertRefused(Runnable publish, LifecycleRefusal refusal) {
        assertThatThrownBy(publish::run).isInstanceOfSatisfying(FlowLifecycleException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(strings = {"5.1", "6.0", "6.1", "6.2", "6.3", "7.0", "7.1", "7.2", "7.3"})
    @DisplayName("succeeds with a valid Flow JSON of each default publishable version")
    void publishesEachDefaultVersion(String version) {
        Flow published = withEndpoint().publish(Optional.of(json(version, "3.0", List.of())), DEFAULTS);

        assertThat(published.status()).isEqualTo(FlowStatus.PUBLISHED);
        assertThat(published.revision()).isEqualTo(1);
    }

    @Test
    @DisplayName("is refused without a Flow JSON")
    void withoutFlowJson() {
        assertRefused(() -> withEndpoint().publish(Optional.empty(), DEFAULTS),
                LifecycleRefusal.PUBLISH_WITHOUT_FLOW_JSON);
    }

    @Test
    @DisplayName("is refused when the Flow JSON has validation errors, before its version is looked at")
    void withValidationErrors() {
        assertRefused(() -> withEndpoint().publish(Optional.of(json("7.3", null, List.of(AN_ERROR))), DEFAULTS),
                LifecycleRefusal.PUBLISH_WITH_VALIDATION_ERRORS);
        assertRefused(() -> draft(Optional.empty()).publish(Optional.of(json("2.1", "3.0", List.of(AN_ERROR))),
                DEFAULTS), LifecycleRefusal.PUBLISH_WITH_VALIDATION_ERRORS);
    }

    @ParameterizedTest(name = "version {0}")
    @ValueSource(strings = {"2.1", "3.0", "3.1", "4.0", "5.0"})
    @DisplayName("is refused for a known version outside the publishable set")
    void versionNotPublishable(String version) {
        assertRefused(() -> withEndpoint().publish(Optional.of(json(version, null, List.of())), DEFAULTS),
                LifecycleRefusal.PUBLISH_VERSION_NOT_AVAILABLE);
    }

    @Test
    @DisplayName("is refused when the Flow JSON gave no version, even without errors")
    void noVersion() {
        assertRefused(() -> withEndpoint().publish(Optional.of(json(null, null, List.of())), DEFAULTS),
                LifecycleRefusal.PUBLISH_VERSION_NOT_AVAILABLE);
    }

    @Test
    @DisplayName("follows the configured set, not the defaults")
    void configuredSet() {
        FlowJsonCheck old = json("3.0", null, List.of());

        assertThat(withEndpoint().publish(Optional.of(old), PublishableVersions.of("3.0")).status())
                .isEqualTo(FlowStatus.PUBLISHED);
        assertRefused(() -> withEndpoint().publish(Optional.of(json("7.3", null, List.of())),
                PublishableVersions.of("3.0")), LifecycleRefusal.PUBLISH_VERSION_NOT_AVAILABLE);
    }

    @Test
    @DisplayName("needs an endpoint when the Flow JSON declares data_api_version, and only then")
    void endpointRule() {
        assertRefused(() -> draft(Optional.empty()).publish(Optional.of(json("7.3", "3.0", List.of())), DEFAULTS),
                LifecycleRefusal.PUBLISH_WITHOUT_ENDPOINT);

        Flow published = draft(Optional.empty()).publish(Optional.of(json("7.3", null, List.of())), DEFAULTS);

        assertThat(published.status()).isEqualTo(FlowStatus.PUBLISHED);
        assertThat(published.endpointUri()).isEmpty();
    }

    @Test
    @DisplayName("refuses a flow that is not a DRAFT before looking at its Flow JSON")
    void stateComesFirst() {
        Flow published = withEndpoint().publish(Optional.of(json("7.3", null, List.of())), DEFAULTS);

        assertRefused(() -> published.publish(Optional.empty(), DEFAULTS), LifecycleRefusal.PUBLISH_INVALID_STATE);
    }

    @Test
    @DisplayName("leaves the flow it was called on unchanged")
    void immutable() {
        Flow draft = withEndpoint();

        draft.publish(Optional.of(json("7.3", null, List.of())), DEFAULTS);

        assertThat(draft.status()).isEqualTo(FlowStatus.DRAFT);
        assertThat(draft.revision()).isZero();
    }
}
