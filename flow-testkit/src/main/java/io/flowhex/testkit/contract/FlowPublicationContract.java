package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FlowRepository.CheckedFlow;
import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.FlowLifecycleException;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.PublishableVersions;
import io.flowhex.domain.flow.SchemaVersion;
import io.flowhex.testkit.Fixtures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PublishFlow's two store capabilities: the flow read with its Flow JSON's check, and the publication
 * in one step, which must accept exactly what {@link Flow#publish} accepts, in every status, with every
 * kind of file, with and without an endpoint, and store exactly what it returns. Part of
 * {@link FlowRepositoryContract}.
 */
abstract class FlowPublicationContract extends FlowContractParts.Part {

    FlowPublicationContract(FlowContractParts host) {
        super(host);
    }

    private static final PublishableVersions DEFAULTS = PublishableVersions.ofDefaults();

    /** The kinds of stored file PublishFlow's rule tells apart, by name (none: no file). */
    private static Map<String, Optional<FlowAsset>> files() {
        Map<String, Optional<FlowAsset>> files = new LinkedHashMap<>();
        files.put("no file", Optional.empty());
        files.put("valid, with a data_api_version", Optional.of(validAsset("p" + Fixtures.next())));
        files.put("valid, no data_api_version", Optional.of(file("6.0", Optional.empty())));
        files.put("valid, a version not publishable", Optional.of(file("3.1", Optional.empty())));
        files.put("with validation errors", Optional.of(invalidAsset()));
        return files;
    }

    private static FlowAsset file(String version, Optional<SchemaVersion> dataApi) {
        String json = "{\"version\":\"" + version + "\",\"screens\":[{\"id\":\"S" + Fixtures.next() + "\"}]}";
        return FlowAsset.of(json.getBytes(StandardCharsets.UTF_8),
                FlowJsonCheck.valid(new SchemaVersion(version), dataApi));
    }

    /** A flow in {@code status}, with or without an endpoint, stored with {@code file} when given. */
    private Flow stored(FlowStatus status, boolean endpoint, Optional<FlowAsset> file) {
        Flow flow = created(aFlow().status(status).endpoint(endpoint ? "https://example.com/e" : null).build());
        if (file.isEmpty()) {
            return flow;
        }
        FlowJsonCheck check = file.get().check();
        // the file's versions become the flow's, as an upload makes them, the status left as it is
        Flow withFile = new Flow(flow.id(), flow.owner(), flow.space(), flow.name(), flow.categories(), status,
                check.version(), check.dataApiVersion(), flow.endpointUri(), flow.preview(), flow.createdAt(),
                flow.revision() + 1);
        assertThat(flows().updateWithAsset(withFile, flow.revision(), file.get())).isEqualTo(WriteResult.DONE);
        return withFile;
    }

    /** What the domain makes of publishing {@code flow} with {@code file}: the published flow, or empty if refused. */
    private static Optional<Flow> domainPublishes(Flow flow, Optional<FlowAsset> file, PublishableVersions publishable) {
        try {
            return Optional.of(flow.publish(file.map(FlowAsset::check), publishable));
        } catch (FlowLifecycleException refused) {
            return Optional.empty();
        }
    }

    @Test
    @DisplayName("reads a flow with its file's check, or with none when it has no file; an unknown id is empty")
    void findsTheFlowWithItsCheck() {
        List<String> cells = new ArrayList<>();
        files().forEach((kind, file) -> {
            Flow flow = stored(FlowStatus.DRAFT, true, file);

            assertThat(flows().findWithFlowJsonCheck(flow.id())).as(kind)
                    .contains(new CheckedFlow(flow, file.map(FlowAsset::check)));
            cells.add(kind);
        });
        assertThat(cells).hasSize(5);
        assertThat(flows().findWithFlowJsonCheck(Fixtures.flowId())).isEmpty();
    }

    @Test
    @DisplayName("publishes in one step exactly what the domain publishes, in every status, file and endpoint, and stores its result")
    void acceptsWhatTheDomainAccepts() {
        int published = 0;
        for (FlowStatus status : FlowStatus.values()) {
            for (boolean endpoint : new boolean[] {true, false}) {
                for (Map.Entry<String, Optional<FlowAsset>> file : files().entrySet()) {
                    Flow flow = stored(status, endpoint, file.getValue());
                    Optional<Flow> expected = domainPublishes(flow, file.getValue(), DEFAULTS);
                    String cell = status + ", endpoint " + endpoint + ", " + file.getKey();

                    assertThat(flows().publishIfAccepted(flow.id(), flow.owner(), Optional.empty(), DEFAULTS))
                            .as(cell).isEqualTo(expected.isPresent());

                    assertThat(flows().findById(flow.id())).as(cell).contains(expected.orElse(flow));
                    assertThat(flows().findWithFlowJsonCheck(flow.id())).as(cell)
                            .contains(new CheckedFlow(expected.orElse(flow), file.getValue().map(FlowAsset::check)));
                    published += expected.isPresent() ? 1 : 0;
                }
            }
        }
        // a DRAFT with a valid file: both with an endpoint, the one without a data_api_version without
        assertThat(published).isEqualTo(3);
    }

    @Test
    @DisplayName("publishes the versions it is given as publishable, and no other")
    void publishableVersionsAreTheCallers() {
        Flow old = stored(FlowStatus.DRAFT, true, Optional.of(file("3.1", Optional.empty())));
        Flow current = stored(FlowStatus.DRAFT, true, Optional.of(file("7.0", Optional.empty())));
        PublishableVersions onlyOld = PublishableVersions.of("3.1", "2.1");

        assertThat(flows().publishIfAccepted(current.id(), current.owner(), Optional.empty(), onlyOld)).isFalse();
        assertThat(flows().publishIfAccepted(old.id(), old.owner(), Optional.empty(), onlyOld)).isTrue();

        assertThat(flows().findById(current.id())).contains(current);
        assertThat(flows().findById(old.id()).map(Flow::status)).contains(FlowStatus.PUBLISHED);
    }

    @Test
    @DisplayName("publishes only the owner's flow, in the space named when one is; an unknown id changes nothing")
    void onlyTheOwnersFlow() {
        Flow flow = stored(FlowStatus.DRAFT, true, Optional.of(validAsset("o" + Fixtures.next())));

        assertThat(flows().publishIfAccepted(flow.id(), Fixtures.accountId(), Optional.empty(), DEFAULTS)).isFalse();
        assertThat(flows().publishIfAccepted(flow.id(), flow.owner(), Optional.of(Fixtures.spaceId()), DEFAULTS))
                .isFalse();
        assertThat(flows().publishIfAccepted(Fixtures.flowId(), flow.owner(), Optional.empty(), DEFAULTS)).isFalse();
        assertThat(flows().findById(flow.id())).contains(flow);

        assertThat(flows().publishIfAccepted(flow.id(), flow.owner(), Optional.of(flow.space()), DEFAULTS)).isTrue();
        assertThat(flows().findById(flow.id())).contains(domainPublishes(flow, flows().findAsset(flow.id()), DEFAULTS)
                .orElseThrow());
    }
}
