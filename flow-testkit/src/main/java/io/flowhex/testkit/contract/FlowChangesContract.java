package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SchemaVersion;
import io.flowhex.testkit.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The compare-and-set changes of a {@link io.flowhex.application.port.out.FlowRepository}: update,
 * update with a Flow JSON, delete and the preview. Part of {@link FlowRepositoryContract}.
 */
abstract class FlowChangesContract extends FlowContractParts.Part {

    FlowChangesContract(FlowContractParts host) {
        super(host);
    }

    @Test
    @DisplayName("an update from the stored revision answers DONE and stores the next flow; its old name is free again")
    void updateFromStoredRevision() {
        Flow flow = created();
        Flow next = renamed(flow, "renamed " + Fixtures.next());

        assertThat(flows().update(next, flow.revision())).isEqualTo(WriteResult.DONE);

        assertThat(flows().findById(flow.id())).contains(next);
        assertThat(next.revision()).isEqualTo(flow.revision() + 1);
        Flow successor = Fixtures.flow(flow.owner(), flow.space()).name(flow.name().value()).build();
        assertThat(flows().create(successor)).as("creating a flow under the old name").isEqualTo(WriteResult.DONE);
    }

    @Test
    @DisplayName("an update from a revision the flow has left answers CONFLICT and changes nothing")
    void updateFromStaleRevision() {
        Flow flow = created();
        Flow current = renamed(flow, "first " + Fixtures.next());
        flows().update(current, flow.revision());

        assertThat(flows().update(renamed(flow, "second " + Fixtures.next()), flow.revision()))
                .isEqualTo(WriteResult.CONFLICT);

        assertThat(flows().findById(flow.id())).contains(current);
    }

    @Test
    @DisplayName("an update of an unknown flow answers CONFLICT and creates nothing")
    void updateOfUnknownFlow() {
        Flow neverStored = aFlow().build();

        assertThat(flows().update(renamed(neverStored, "x"), neverStored.revision())).isEqualTo(WriteResult.CONFLICT);
        assertThat(flows().updateWithAsset(renamed(neverStored, "y"), neverStored.revision(), validAsset("u")))
                .isEqualTo(WriteResult.CONFLICT);

        assertThat(flows().findById(neverStored.id())).isEmpty();
        assertThat(flows().findAsset(neverStored.id())).isEmpty();
    }

    @Test
    @DisplayName("an update to a name another flow of the account and space has answers NAME_TAKEN and changes nothing")
    void updateToTakenName() {
        Flow holder = created();
        Flow flow = created(Fixtures.flow(holder.owner(), holder.space()).noVersions().createdAt(T0).build());

        assertThat(flows().update(renamed(flow, holder.name().value()), flow.revision()))
                .isEqualTo(WriteResult.NAME_TAKEN);

        assertThat(flows().findById(flow.id())).contains(flow);
        assertThat(flows().findById(holder.id())).contains(holder);
    }

    @Test
    @DisplayName("an update with a Flow JSON stores the flow and the file byte for byte, validation errors in order")
    void updateWithAssetStoresBoth() {
        Flow flow = created();
        FlowAsset asset = invalidAsset();
        Flow next = withFlowJson(flow, asset);

        assertThat(flows().updateWithAsset(next, flow.revision(), asset)).isEqualTo(WriteResult.DONE);

        assertThat(flows().findById(flow.id())).contains(next);
        assertSameFile(flows().findAsset(flow.id()), asset);
    }

    @Test
    @DisplayName("a second Flow JSON replaces the first")
    void updateWithAssetReplacesTheFile() {
        Flow flow = created();
        FlowAsset first = invalidAsset();
        Flow once = withFlowJson(flow, first);
        flows().updateWithAsset(once, flow.revision(), first);
        FlowAsset second = validAsset("second");
        Flow twice = withFlowJson(once, second);

        assertThat(flows().updateWithAsset(twice, once.revision(), second)).isEqualTo(WriteResult.DONE);

        assertThat(flows().findById(flow.id())).contains(twice);
        assertSameFile(flows().findAsset(flow.id()), second);
    }

    @Test
    @DisplayName("an update with a Flow JSON from a stale revision, or to a taken name, writes neither the flow nor the file")
    void updateWithAssetRefusedWritesNothing() {
        Flow holder = created();
        Flow flow = created(Fixtures.flow(holder.owner(), holder.space()).noVersions().createdAt(T0).build());
        FlowAsset kept = validAsset("kept");
        Flow current = withFlowJson(flow, kept);
        flows().updateWithAsset(current, flow.revision(), kept);
        FlowAsset refused = invalidAsset();

        assertThat(flows().updateWithAsset(withFlowJson(flow, refused), flow.revision(), refused))
                .isEqualTo(WriteResult.CONFLICT);
        assertThat(flows().updateWithAsset(renamed(current, holder.name().value()), current.revision(), refused))
                .isEqualTo(WriteResult.NAME_TAKEN);

        assertThat(flows().findById(flow.id())).contains(current);
        assertSameFile(flows().findAsset(flow.id()), kept);
    }

    @Test
    @DisplayName("Flow JSON files of 0 bytes and of the largest size allowed are kept byte for byte")
    void extremeFileSizes() {
        byte[] largest = new byte[FlowAsset.MAX_BYTES];
        for (int i = 0; i < largest.length; i++) {
            largest[i] = (byte) (i * 31 + i / 251);
        }
        FlowJsonCheck unversioned = new FlowJsonCheck(Optional.empty(), Optional.empty(), List.of());
        FlowJsonCheck versioned = FlowJsonCheck.valid(new SchemaVersion("6.3"), Optional.empty());
        for (FlowAsset asset : new FlowAsset[] {FlowAsset.of(new byte[0], unversioned), FlowAsset.of(largest, versioned)}) {
            Flow flow = created();

            assertThat(flows().updateWithAsset(withFlowJson(flow, asset), flow.revision(), asset))
                    .isEqualTo(WriteResult.DONE);

            assertSameFile(flows().findAsset(flow.id()), asset);
        }
    }

    @Test
    @DisplayName("a delete from the stored revision answers DONE and removes the flow, its file and its name's claim")
    void deleteFromStoredRevision() {
        Flow flow = created();
        FlowAsset asset = validAsset("deleted");
        Flow current = withFlowJson(flow, asset);
        flows().updateWithAsset(current, flow.revision(), asset);

        assertThat(flows().delete(flow.id(), current.revision())).isEqualTo(WriteResult.DONE);

        assertThat(flows().findById(flow.id())).isEmpty();
        assertThat(flows().findAsset(flow.id())).isEmpty();
        assertThat(flows().delete(flow.id(), current.revision())).as("deleting again").isEqualTo(WriteResult.CONFLICT);
        assertThat(flows().create(Fixtures.flow(flow.owner(), flow.space()).name(flow.name().value()).build()))
                .as("creating a flow under the deleted one's name").isEqualTo(WriteResult.DONE);
    }

    @Test
    @DisplayName("a delete from a stale revision, or of an unknown flow, answers CONFLICT and removes nothing")
    void deleteFromStaleRevision() {
        Flow flow = created();
        FlowAsset asset = validAsset("survivor");
        Flow current = withFlowJson(flow, asset);
        flows().updateWithAsset(current, flow.revision(), asset);

        assertThat(flows().delete(flow.id(), flow.revision())).isEqualTo(WriteResult.CONFLICT);
        assertThat(flows().delete(Fixtures.flowId(), 0)).isEqualTo(WriteResult.CONFLICT);

        assertThat(flows().findById(flow.id())).contains(current);
        assertSameFile(flows().findAsset(flow.id()), asset);
    }

    @Test
    @DisplayName("a new preview leaves the revision alone, so a change read before it still applies")
    void previewIsNotAChange() {
        Flow flow = created();
        Preview preview = Preview.of("https://preview.example.com/p?t=" + Fixtures.next(), T0.plusSeconds(3600));

        assertThat(flows().updatePreview(flow.id(), preview)).isTrue();

        Flow read = flows().findById(flow.id()).orElseThrow();
        assertThat(read.revision()).isEqualTo(flow.revision());
        assertThat(read.preview()).contains(preview);
        Flow next = renamed(read, "after preview " + Fixtures.next());
        assertThat(flows().update(next, flow.revision())).isEqualTo(WriteResult.DONE);
        assertThat(flows().findById(flow.id())).contains(next);
    }

    /** Equal as values, and the bytes themselves, so a store that mangles one byte is named by the failure. */
    static void assertSameFile(Optional<FlowAsset> found, FlowAsset expected) {
        assertThat(found).as("the stored Flow JSON").isPresent();
        FlowAsset asset = found.orElseThrow();
        assertThat(asset.content()).isEqualTo(expected.content());
        assertThat(asset.check()).isEqualTo(expected.check());
        assertThat(asset.sha256()).isEqualTo(expected.sha256());
        assertThat(asset).isEqualTo(expected);
    }
}
