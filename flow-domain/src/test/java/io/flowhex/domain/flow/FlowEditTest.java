package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.account.AccountId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Editing a flow")
class FlowEditTest {

    private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");
    private static final Preview PREVIEW = Preview.of("https://preview.example.com/p", CREATED.plusSeconds(60));

    private static Flow published() {
        return new Flow(FlowId.of("1000000000000042"), new AccountId("1000000000000001"), new SpaceId("cams-a"),
                new FlowName("original"), FlowCategories.of(FlowCategory.SIGN_UP), FlowStatus.PUBLISHED,
                Optional.of(new SchemaVersion("6.0")), Optional.of(new SchemaVersion("3.0")),
                Optional.of(EndpointUri.parse("https://example.com/data")), Optional.of(PREVIEW), CREATED, 3);
    }

    @Test
    @DisplayName("ModifyFlow replaces name, categories and endpoint and keeps identity, versions and preview")
    void modifyReplacesItsFields() {
        Flow before = published();
        EndpointUri other = EndpointUri.parse("https://example.com/other");

        Flow after = before.modify(new FlowName("renamed"), FlowCategories.of(FlowCategory.SURVEY, FlowCategory.OTHER),
                Optional.of(other), EditPublishedRule.REVERT_TO_DRAFT);

        assertThat(after.name()).isEqualTo(new FlowName("renamed"));
        assertThat(after.categories().names()).containsExactly("SURVEY", "OTHER");
        assertThat(after.endpointUri()).contains(other);
        assertThat(after.status()).isEqualTo(FlowStatus.DRAFT);
        assertThat(after.revision()).isEqualTo(4);
        assertThat(after).usingRecursiveComparison()
                .ignoringFields("name", "categories", "endpointUri", "status", "revision").isEqualTo(before);
    }

    @Test
    @DisplayName("ModifyFlow with an empty endpoint removes it")
    void modifyRemovesEndpoint() {
        Flow after = published().modify(new FlowName("x"), FlowCategories.of(FlowCategory.OTHER), Optional.empty(),
                EditPublishedRule.REVERT_TO_DRAFT);

        assertThat(after.endpointUri()).isEmpty();
    }

    @Test
    @DisplayName("a new Flow JSON brings its versions, or none, and leaves the other fields alone")
    void updateFlowJsonTakesItsVersions() {
        Flow before = published();

        Flow newer = before.updateFlowJson(FlowJsonCheck.valid(new SchemaVersion("7.3"), Optional.empty()),
                EditPublishedRule.REVERT_TO_DRAFT);
        Flow unreadable = newer.updateFlowJson(new FlowJsonCheck(Optional.empty(), Optional.empty(),
                List.of(new FlowJsonError(FlowJsonErrorCode.INVALID_FLOW_JSON, "not JSON", ""))),
                EditPublishedRule.REVERT_TO_DRAFT);

        assertThat(newer.jsonVersion()).contains(new SchemaVersion("7.3"));
        assertThat(newer.dataApiVersion()).isEmpty();
        assertThat(newer.status()).isEqualTo(FlowStatus.DRAFT);
        assertThat(newer.revision()).isEqualTo(4);
        assertThat(newer).usingRecursiveComparison()
                .ignoringFields("jsonVersion", "dataApiVersion", "status", "revision").isEqualTo(before);
        assertThat(unreadable.jsonVersion()).isEmpty();
        assertThat(unreadable.status()).isEqualTo(FlowStatus.DRAFT);
        assertThat(unreadable.revision()).isEqualTo(5);
    }

    @Test
    @DisplayName("every change counts one revision, and a preview refresh counts none")
    void revisionsCount() {
        Flow draft = Flow.draft(FlowId.of("1000000000000043"), new AccountId("1000000000000001"),
                new SpaceId("cams-a"), new FlowName("f"), FlowCategories.of(FlowCategory.OTHER),
                Optional.of(EndpointUri.parse("https://example.com/data")), CREATED);

        Flow withJson = draft.updateFlowJson(FlowJsonCheck.valid(new SchemaVersion("7.0"), Optional.empty()),
                EditPublishedRule.REFUSE);
        Flow live = withJson.publish(withJson.jsonVersion().map(v -> FlowJsonCheck.valid(v, Optional.empty())),
                PublishableVersions.ofDefaults());
        Flow previewed = live.withPreview(PREVIEW);
        Flow throttled = previewed.throttle();
        Flow gone = throttled.deprecate();

        assertThat(List.of(draft, withJson, live, previewed, throttled, gone)).extracting(Flow::revision)
                .containsExactly(0L, 1L, 2L, 2L, 3L, 4L);
        assertThat(gone.status()).isEqualTo(FlowStatus.DEPRECATED);
        assertThat(gone.preview()).contains(PREVIEW);
    }
}
