package io.flowhex.testkit.scenario;

import static io.flowhex.testkit.scenario.Outcomes.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.flowhex.application.port.in.CreateFlowCommand;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.application.port.in.FlowHeader;
import io.flowhex.application.port.in.FlowJsonLink;
import io.flowhex.application.port.in.ListFlowQuery;
import io.flowhex.application.port.in.ModifyFlowCommand;
import io.flowhex.application.port.in.UpdateFlowJsonAssetCommand;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.EndpointUri;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.SchemaVersion;
import io.flowhex.testkit.Fixtures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The flow lifecycle of {@code flow-lifecycle.md} over the stores an adapter provides: one scenario
 * per action × status cell of the spec's table, each asserting the status reached or the code
 * refused, plus creation, listing and Flow JSON files.
 */
public abstract class LifecycleScenarios {

    /** A valid Flow JSON of a publishable version. */
    public static final String VALID_JSON = "{\"version\":\"6.0\",\"screens\":[{\"id\":\"WELCOME\",\"title\":\"Hi\","
            + "\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":[]}}]}";

    protected abstract FlowhexStores stores();

    private World world;
    private World.Tenant tenant;

    @BeforeEach
    void startWorld() {
        world = new World(stores());
        tenant = world.tenant();
    }

    private static String messageOf(ThrowingCallable call) {
        return catchThrowable(call).getMessage();
    }

    private Flow flowIn(FlowStatus status) {
        return tenant.save(Fixtures.flow(tenant.id, tenant.space).status(status).build());
    }

    private FlowCommand command(Flow flow) {
        return new FlowCommand(tenant.root, flow.id(), Optional.empty(), World.context());
    }

    private FlowStatus statusOf(Flow flow) {
        return world.getFlow(tenant.root, flow.id()).status();
    }

    private URI file(String json) {
        URI url = URI.create("https://files.flowhex.test/" + Fixtures.next() + ".json");
        world.files.put(url, json.getBytes(StandardCharsets.UTF_8));
        return url;
    }

    private FlowId upload(Flow flow, String json) {
        return world.app.updateFlowJsonAsset().updateFlowJsonAsset(new UpdateFlowJsonAssetCommand(tenant.root,
                flow.id(), file(json), Optional.empty(), World.context()));
    }

    private FlowHeader modify(Flow flow, String name) {
        return world.app.modifyFlow().modifyFlow(new ModifyFlowCommand(tenant.root, flow.id(), new FlowName(name),
                FlowCategories.of(FlowCategory.SURVEY), Optional.empty(), Optional.empty(), World.context()));
    }

    private FlowHeader create(String name) {
        return world.app.createFlow().createFlow(new CreateFlowCommand(tenant.root, new FlowName(name),
                FlowCategories.of(FlowCategory.SIGN_UP), Optional.of(tenant.space), Optional.empty(),
                World.context()));
    }

    private List<FlowSummary> list(Optional<String> filter, PageRequest page) {
        return world.app.listFlow().listFlows(new ListFlowQuery(tenant.root, Optional.of(tenant.space), filter, page,
                World.context()));
    }

    @Nested
    @DisplayName("reads are allowed in every status")
    class Reads {

        @ParameterizedTest
        @EnumSource(FlowStatus.class)
        @DisplayName("GetFlow, GetFlowJSONAssest, GetFlowPreviewUrl and ListFlow")
        void everyRead(FlowStatus status) {
            Flow flow = flowIn(status);

            assertThat(statusOf(flow)).isEqualTo(status);
            assertThat(world.app.getFlowJsonAsset().getFlowJsonAsset(command(flow)).flowId()).isEqualTo(flow.id());
            assertThat(world.app.getFlowPreviewUrl().getFlowPreviewUrl(command(flow)).preview().url())
                    .isEqualTo(world.getFlow(tenant.root, flow.id()).preview().url());
            assertThat(list(Optional.empty(), PageRequest.ofDefaults())).extracting(FlowSummary::id).contains(flow.id());
        }
    }

    @Nested
    @DisplayName("ModifyFlow and UpdateFlowJSONAsset")
    class Edits {

        @Test
        @DisplayName("a DRAFT stays DRAFT")
        void draft() {
            Flow flow = flowIn(FlowStatus.DRAFT);

            assertThat(modify(flow, "renamed-" + Fixtures.next()).flowName().value()).startsWith("renamed-");
            upload(flow, VALID_JSON);

            assertThat(statusOf(flow)).isEqualTo(FlowStatus.DRAFT);
        }

        @ParameterizedTest
        @EnumSource(value = FlowStatus.class, names = {"PUBLISHED", "THROTTLED", "BLOCKED"})
        @DisplayName("a published flow goes back to DRAFT by default, by either action")
        void publishedRevertsToDraft(FlowStatus status) {
            Flow modified = flowIn(status);
            Flow uploaded = flowIn(status);

            modify(modified, "edited-" + Fixtures.next());
            upload(uploaded, VALID_JSON);

            assertThat(statusOf(modified)).isEqualTo(FlowStatus.DRAFT);
            assertThat(statusOf(uploaded)).isEqualTo(FlowStatus.DRAFT);
        }

        @ParameterizedTest
        @EnumSource(value = FlowStatus.class, names = {"PUBLISHED", "THROTTLED", "BLOCKED"})
        @DisplayName("a published flow is refused with Flow.CannotUpdate under the refusing rule")
        void publishedRefusedByRule(FlowStatus status) {
            world = new World(stores(), EditPublishedRule.REFUSE);
            tenant = world.tenant();
            Flow flow = flowIn(status);

            assertThat(codeOf(() -> modify(flow, "x-" + Fixtures.next()))).isEqualTo(ErrorCode.CANNOT_UPDATE);
            assertThat(codeOf(() -> upload(flow, VALID_JSON))).isEqualTo(ErrorCode.CANNOT_UPDATE);
            assertThat(statusOf(flow)).isEqualTo(status);
        }

        @Test
        @DisplayName("a DEPRECATED flow is refused with Flow.CannotUpdate, and nothing is fetched or stored")
        void deprecated() {
            Flow flow = flowIn(FlowStatus.DEPRECATED);

            assertThat(codeOf(() -> modify(flow, "x-" + Fixtures.next()))).isEqualTo(ErrorCode.CANNOT_UPDATE);
            assertThat(messageOf(() -> upload(flow, VALID_JSON)))
                    .isEqualTo("(#139001) Flow can't be updated. The flow is deprecated.");
            assertThat(world.app.getFlowJsonAsset().getFlowJsonAsset(command(flow)).filePath()).isEmpty();
        }
    }

    @Nested
    @DisplayName("PublishFlow")
    class Publish {

        @Test
        @DisplayName("publishes a DRAFT with a valid Flow JSON of a publishable version")
        void draftWithValidJson() {
            Flow flow = flowIn(FlowStatus.DRAFT);
            upload(flow, VALID_JSON);

            world.app.publishFlow().publishFlow(command(flow));

            assertThat(statusOf(flow)).isEqualTo(FlowStatus.PUBLISHED);
            assertThat(world.getFlow(tenant.root, flow.id()).jsonVersion()).contains(new SchemaVersion("6.0"));
        }

        @Test
        @DisplayName("refuses a DRAFT without a Flow JSON, with invalid JSON, or with an old version, saying why")
        void draftNotReady() {
            Flow bare = flowIn(FlowStatus.DRAFT);
            Flow invalid = flowIn(FlowStatus.DRAFT);
            Flow old = flowIn(FlowStatus.DRAFT);
            upload(invalid, "{\"version\":\"6.0\"}");
            upload(old, VALID_JSON.replace("6.0", "3.1"));

            assertThat(messageOf(() -> world.app.publishFlow().publishFlow(command(bare))))
                    .isEqualTo("(#139002) Publishing Flow without a Flow JSON.");
            assertThat(messageOf(() -> world.app.publishFlow().publishFlow(command(invalid))))
                    .isEqualTo("(#139002) Publishing Flow with validation errors.");
            assertThat(codeOf(() -> world.app.publishFlow().publishFlow(command(old))))
                    .isEqualTo(ErrorCode.CANNOT_PUBLISH);
            assertThat(statusOf(invalid)).isEqualTo(FlowStatus.DRAFT);
        }

        @ParameterizedTest
        @EnumSource(value = FlowStatus.class, names = {"PUBLISHED", "THROTTLED", "BLOCKED", "DEPRECATED"})
        @DisplayName("refuses every other status with Flow.CannotPublish")
        void otherStatuses(FlowStatus status) {
            Flow flow = flowIn(status);

            assertThat(codeOf(() -> world.app.publishFlow().publishFlow(command(flow))))
                    .isEqualTo(ErrorCode.CANNOT_PUBLISH);
            assertThat(statusOf(flow)).isEqualTo(status);
        }
    }

    @Nested
    @DisplayName("DeprecateFlow")
    class Deprecate {

        @ParameterizedTest
        @EnumSource(value = FlowStatus.class, names = {"PUBLISHED", "THROTTLED", "BLOCKED"})
        @DisplayName("deprecates a published flow for good")
        void published(FlowStatus status) {
            Flow flow = flowIn(status);

            world.app.deprecateFlow().deprecateFlow(command(flow));

            assertThat(statusOf(flow)).isEqualTo(FlowStatus.DEPRECATED);
        }

        @Test
        @DisplayName("refuses a DRAFT and a DEPRECATED flow with Flow.CannotDeprecate, saying which")
        void refused() {
            Flow draft = flowIn(FlowStatus.DRAFT);
            Flow deprecated = flowIn(FlowStatus.DEPRECATED);

            assertThat(messageOf(() -> world.app.deprecateFlow().deprecateFlow(command(draft))))
                    .isEqualTo("(#139003) Can't deprecate unpublished flow.");
            assertThat(codeOf(() -> world.app.deprecateFlow().deprecateFlow(command(deprecated))))
                    .isEqualTo(ErrorCode.CANNOT_DEPRECATE);
        }
    }

    @Nested
    @DisplayName("DeleteFlow")
    class Delete {

        @Test
        @DisplayName("deletes a DRAFT: every action on its id then answers Unknown.ResourceOwnerId")
        void draft() {
            Flow flow = flowIn(FlowStatus.DRAFT);
            upload(flow, VALID_JSON);

            world.app.deleteFlow().deleteFlow(command(flow));

            assertThat(codeOf(() -> world.getFlow(tenant.root, flow.id()))).isEqualTo(ErrorCode.RESOURCE_NOT_OWNED);
            assertThat(codeOf(() -> world.app.deleteFlow().deleteFlow(command(flow))))
                    .isEqualTo(ErrorCode.RESOURCE_NOT_OWNED);
            assertThat(codeOf(() -> world.app.getFlowJsonAsset().getFlowJsonAsset(command(flow))))
                    .isEqualTo(ErrorCode.RESOURCE_NOT_OWNED);
        }

        @ParameterizedTest
        @EnumSource(value = FlowStatus.class, names = {"PUBLISHED", "THROTTLED", "BLOCKED", "DEPRECATED"})
        @DisplayName("refuses every other status with Flow.CannotDelete")
        void otherStatuses(FlowStatus status) {
            Flow flow = flowIn(status);

            assertThat(codeOf(() -> world.app.deleteFlow().deleteFlow(command(flow)))).isEqualTo(ErrorCode.CANNOT_DELETE);
            assertThat(statusOf(flow)).isEqualTo(status);
        }
    }

    @Nested
    @DisplayName("CreateFlow and ListFlow")
    class CreateAndList {

        @Test
        @DisplayName("create a DRAFT with a 16-digit id; a second flow of the same name is InvalidParameter.FlowNameExist")
        void createAndDuplicate() {
            String name = "signup-" + Fixtures.next();
            FlowHeader created = create(name);

            assertThat(created.flowId().value()).hasSize(16);
            assertThat(world.getFlow(tenant.root, created.flowId()).status()).isEqualTo(FlowStatus.DRAFT);
            assertThat(codeOf(() -> create(name))).isEqualTo(ErrorCode.FLOW_NAME_EXISTS);
        }

        @Test
        @DisplayName("list newest first, filtered by substring, in pages")
        void listing() {
            String tag = "list-" + Fixtures.next() + "-";
            FlowHeader first = create(tag + "a");
            world.clock.advance(java.time.Duration.ofSeconds(1));
            FlowHeader second = create(tag + "b");
            world.clock.advance(java.time.Duration.ofSeconds(1));
            FlowHeader third = create(tag + "c");

            assertThat(list(Optional.of(tag), PageRequest.ofDefaults())).extracting(FlowSummary::id)
                    .containsExactly(third.flowId(), second.flowId(), first.flowId());
            assertThat(list(Optional.of(tag), new PageRequest(2, 2))).extracting(FlowSummary::id)
                    .containsExactly(first.flowId());
        }

        @Test
        @DisplayName("a space of another account is Unknown.ResourceOwnerId; several spaces and none named is MissingCustSpaceId")
        void spaces() {
            World.Tenant stranger = world.tenant();

            assertThat(codeOf(() -> world.app.createFlow().createFlow(new CreateFlowCommand(tenant.root,
                    new FlowName("x-" + Fixtures.next()), FlowCategories.of(FlowCategory.OTHER),
                    Optional.of(stranger.space), Optional.empty(), World.context()))))
                    .isEqualTo(ErrorCode.RESOURCE_NOT_OWNED);
            assertThat(codeOf(() -> world.app.createFlow().createFlow(new CreateFlowCommand(tenant.root,
                    new FlowName("x-" + Fixtures.next()), FlowCategories.of(FlowCategory.OTHER),
                    Optional.empty(), Optional.of(EndpointUri.https("https://ep.example/x")), World.context()))))
                    .isEqualTo(ErrorCode.MISSING_PARAMETER);
        }
    }

    @Nested
    @DisplayName("Flow JSON files")
    class Files {

        @Test
        @DisplayName("the stored file comes back byte for byte through GetFlowJSONAssest's link, and the link expires")
        void downloadLink() {
            Flow flow = flowIn(FlowStatus.DRAFT);
            upload(flow, VALID_JSON);

            FlowJsonLink link = world.app.getFlowJsonAsset().getFlowJsonAsset(command(flow));
            String query = link.filePath().orElseThrow().getRawQuery();
            long expires = Long.parseLong(query.replaceAll(".*expires=(\\d+).*", "$1"));
            String token = query.replaceAll(".*token=([^&]+).*", "$1");

            assertThat(world.app.downloadFlowJson().download(flow.id(), expires, token))
                    .hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(VALID_JSON));
            assertThat(world.app.downloadFlowJson().download(flow.id(), expires + 1, token)).isEmpty();
            world.clock.advance(java.time.Duration.ofHours(2));
            assertThat(world.app.downloadFlowJson().download(flow.id(), expires, token)).isEmpty();
        }

        @Test
        @DisplayName("an unreachable FilePath is InvalidParameter.FilePath and changes nothing")
        void unreachable() {
            Flow flow = flowIn(FlowStatus.PUBLISHED);

            assertThat(codeOf(() -> world.app.updateFlowJsonAsset().updateFlowJsonAsset(new UpdateFlowJsonAssetCommand(
                    tenant.root, flow.id(), URI.create("https://files.flowhex.test/missing.json"), Optional.empty(),
                    World.context())))).isEqualTo(ErrorCode.FILE_PATH_INVALID);
            assertThat(statusOf(flow)).isEqualTo(FlowStatus.PUBLISHED);
            assertThat(world.app.getFlowJsonAsset().getFlowJsonAsset(command(flow)).filePath()).isEmpty();
        }

        @Test
        @DisplayName("GetFlow's versions come from the stored file")
        void versionsFromFile() {
            Flow flow = tenant.save(Fixtures.flow(tenant.id, tenant.space).noVersions().build());
            upload(flow, VALID_JSON.replace("\"version\":\"6.0\"",
                    "\"version\":\"7.1\",\"data_api_version\":\"3.0\",\"routing_model\":{}"));

            assertThat(world.getFlow(tenant.root, flow.id()).jsonVersion()).contains(new SchemaVersion("7.1"));
            assertThat(world.getFlow(tenant.root, flow.id()).dataApiVersion()).contains(new SchemaVersion("3.0"));
        }
    }

    @Nested
    @DisplayName("the operator's path goes through the same rules")
    class Operator {

        private ErrorCode provisioning(ThrowingCallable call) {
            return codeOf(call);
        }

        @Test
        @DisplayName("throttles, blocks and unblocks a published flow; never sets DRAFT; never publishes")
        void operatorMoves() {
            Flow flow = flowIn(FlowStatus.PUBLISHED);

            world.app.provision().setFlowStatus(flow.id(), FlowStatus.THROTTLED);
            world.app.provision().setFlowStatus(flow.id(), FlowStatus.BLOCKED);
            world.app.provision().setFlowStatus(flow.id(), FlowStatus.THROTTLED);

            assertThat(statusOf(flow)).isEqualTo(FlowStatus.THROTTLED);
            assertThat(provisioning(() -> world.app.provision().setFlowStatus(flow.id(), FlowStatus.DRAFT)))
                    .isEqualTo(ErrorCode.INVALID_PARAMETER);
            Flow draft = flowIn(FlowStatus.DRAFT);
            assertThat(provisioning(() -> world.app.provision().setFlowStatus(draft.id(), FlowStatus.PUBLISHED)))
                    .isEqualTo(ErrorCode.INVALID_PARAMETER);
            assertThat(provisioning(() -> tenant.save(Fixtures.flow(tenant.id, tenant.space).id(draft.id())
                    .name(draft.name().value()).status(FlowStatus.PUBLISHED).build())))
                    .isEqualTo(ErrorCode.INVALID_PARAMETER);
            assertThat(statusOf(draft)).isEqualTo(FlowStatus.DRAFT);
            assertThat(provisioning(() -> world.app.provision().setFlowStatus(Fixtures.flowId(), FlowStatus.BLOCKED)))
                    .as("a flow that is not stored").isEqualTo(ErrorCode.RESOURCE_NOT_OWNED);
        }

        @Test
        @DisplayName("a replacement moves the revision on, so an API change read before it does not apply on top")
        void replacementBumpsRevision() {
            Flow flow = flowIn(FlowStatus.PUBLISHED);
            long before = world.app.provision().findFlow(flow.id()).orElseThrow().revision();

            world.app.provision().setFlowStatus(flow.id(), FlowStatus.THROTTLED);

            assertThat(world.app.provision().findFlow(flow.id()).orElseThrow().revision()).isGreaterThan(before);
        }
    }
}
