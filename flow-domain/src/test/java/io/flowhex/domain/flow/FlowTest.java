package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.flowhex.domain.account.AccountId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A flow")
class FlowTest {

    private static final AccountId OWNER = new AccountId("1000000000000001");
    private static final SpaceId SPACE = new SpaceId("cams-owner");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static Flow flow(Optional<Preview> preview) {
        return new Flow(FlowId.of("926753328126430"), OWNER, SPACE, new FlowName("flow_001"),
                FlowCategories.of(FlowCategory.SIGN_UP), FlowStatus.DRAFT, Optional.of(new SchemaVersion("2.1")),
                Optional.of(new SchemaVersion("3.0")), Optional.of(EndpointUri.parse("https://example.com/endpoint")),
                preview, NOW.minusSeconds(3600), 4);
    }

    private static Preview previewExpiringAt(Instant expiry) {
        return Preview.of("https://preview.example.com/flows/926753328126430/preview", expiry);
    }

    @ParameterizedTest(name = "caller {0}, space ''{1}'' -> {2}")
    @CsvSource({
            "1000000000000001, ,             true",
            "1000000000000001, cams-owner,   true",
            "1000000000000001, cams-other,   false",
            "1000000000000002, ,             false",
            "1000000000000002, cams-owner,   false",
            "1000000000000002, cams-other,   false",
    })
    @DisplayName("is visible only to its owner, and only in its own space when a space is named")
    void visibility(String caller, String space, boolean visible) {
        Optional<SpaceId> requested = Optional.ofNullable(space).map(SpaceId::new);

        assertThat(flow(Optional.empty()).isVisibleTo(new AccountId(caller), requested)).isEqualTo(visible);
    }

    @Test
    @DisplayName("needs a fresh preview when it has none")
    void needsPreviewWhenMissing() {
        assertThat(flow(Optional.empty()).needsFreshPreview(NOW)).isTrue();
    }

    @Test
    @DisplayName("keeps a preview that is still valid now")
    void keepsValidPreview() {
        assertThat(flow(Optional.of(previewExpiringAt(NOW.plusMillis(1)))).needsFreshPreview(NOW)).isFalse();
    }

    @Test
    @DisplayName("needs a fresh preview when the stored one expires now or expired before")
    void needsPreviewWhenExpired() {
        assertThat(flow(Optional.of(previewExpiringAt(NOW))).needsFreshPreview(NOW)).isTrue();
        assertThat(flow(Optional.of(previewExpiringAt(NOW.minusSeconds(1)))).needsFreshPreview(NOW)).isTrue();
    }

    @Test
    @DisplayName("returns a new flow with the fresh preview and leaves itself unchanged")
    void withPreviewReturnsCopy() {
        Flow original = flow(Optional.empty());
        Preview fresh = previewExpiringAt(NOW.plusSeconds(60));

        Flow renewed = original.withPreview(fresh);

        assertThat(renewed.preview()).contains(fresh);
        assertThat(renewed.needsFreshPreview(NOW)).isFalse();
        assertThat(renewed).usingRecursiveComparison().ignoringFields("preview").isEqualTo(original);
        assertThat(original.preview()).isEmpty();
    }

    @Test
    @DisplayName("requires every part, optional ones as Optional.empty() rather than null")
    void requiresEveryPart() {
        Flow valid = flow(Optional.empty());

        assertThatNullPointerException().isThrownBy(() -> new Flow(null, valid.owner(), valid.space(), valid.name(),
                valid.categories(), valid.status(), valid.jsonVersion(), valid.dataApiVersion(), valid.endpointUri(),
                valid.preview(), valid.createdAt(), valid.revision())).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> new Flow(valid.id(), valid.owner(), valid.space(),
                valid.name(), valid.categories(), valid.status(), valid.jsonVersion(), valid.dataApiVersion(), null,
                valid.preview(), valid.createdAt(), valid.revision())).withMessage("endpointUri");
        assertThatNullPointerException().isThrownBy(() -> new Flow(valid.id(), valid.owner(), valid.space(),
                valid.name(), valid.categories(), valid.status(), valid.jsonVersion(), valid.dataApiVersion(),
                valid.endpointUri(), null, valid.createdAt(), valid.revision())).withMessage("preview");
        assertThatNullPointerException().isThrownBy(() -> new Flow(valid.id(), valid.owner(), valid.space(),
                valid.name(), valid.categories(), valid.status(), Optional.empty(), Optional.empty(),
                valid.endpointUri(), valid.preview(), null, valid.revision())).withMessage("createdAt");
    }

    @Test
    @DisplayName("refuses a negative revision")
    void refusesNegativeRevision() {
        Flow valid = flow(Optional.empty());

        assertThatIllegalArgumentException().isThrownBy(() -> new Flow(valid.id(), valid.owner(), valid.space(),
                valid.name(), valid.categories(), valid.status(), valid.jsonVersion(), valid.dataApiVersion(),
                valid.endpointUri(), valid.preview(), valid.createdAt(), -1)).withMessageContaining("revision");
    }

    @Test
    @DisplayName("is created as a DRAFT without Flow JSON versions, preview or earlier revision")
    void draftStartsEmpty() {
        Flow created = Flow.draft(FlowId.of("1234567890123456"), OWNER, SPACE, new FlowName("new"),
                FlowCategories.of(FlowCategory.OTHER), Optional.empty(), NOW);

        assertThat(created.status()).isEqualTo(FlowStatus.DRAFT);
        assertThat(created.jsonVersion()).isEmpty();
        assertThat(created.dataApiVersion()).isEmpty();
        assertThat(created.preview()).isEmpty();
        assertThat(created.createdAt()).isEqualTo(NOW);
        assertThat(created.revision()).isZero();
    }
}
