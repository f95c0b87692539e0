package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.SchemaVersion;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A flow and its Flow JSON are written in one transaction: when the connection dies between the
 * flow's update and the file's, the database keeps neither.
 */
abstract class ConnectionLossChecks {

    abstract DataSource freshDatabase();

    private JdbcFlowStore healthy;
    private DyingConnections dying;
    private JdbcFlowStore doomed;

    @BeforeEach
    void stores() {
        DataSource database = freshDatabase();
        healthy = JdbcFlowStore.create(database);
        dying = new DyingConnections(database, "flowhex_flow_asset");
        doomed = JdbcFlowStore.create(dying, JdbcStoreOptions.custom().schemaOnStart(SchemaOnStart.NONE).build());
    }

    private static FlowAsset file(String version) {
        return FlowAsset.of(("{\"version\":\"" + version + "\"}").getBytes(StandardCharsets.UTF_8),
                FlowJsonCheck.valid(new SchemaVersion(version), Optional.empty()));
    }

    private static Flow edited(Flow flow, FlowAsset asset) {
        return flow.modify(new FlowName("edited"), flow.categories(), flow.endpointUri(), EditPublishedRule.REVERT_TO_DRAFT)
                .updateFlowJson(asset.check(), EditPublishedRule.REVERT_TO_DRAFT);
    }

    @Test
    @DisplayName("a flow without a file keeps its row as it was and gets no file")
    void firstFile() {
        Flow flow = Samples.bareFlow(Ids.flowId(), Ids.accountId());
        healthy.flows().create(flow);
        FlowAsset asset = file("7.0");

        assertThatThrownBy(() -> doomed.flows().updateWithAsset(edited(flow, asset), flow.revision(), asset))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessage("the flow store is unavailable");

        assertThat(dying.deaths()).as("the connection died on the file's statement, after the flow's").isEqualTo(1);
        assertThat(healthy.flows().findById(flow.id())).contains(flow);
        assertThat(healthy.flows().findAsset(flow.id())).isEmpty();
    }

    @Test
    @DisplayName("a flow with a file keeps both as they were, and the next writer from the same revision succeeds")
    void replacedFile() {
        Flow bare = Samples.bareFlow(Ids.flowId(), Ids.accountId());
        healthy.flows().create(bare);
        FlowAsset kept = file("6.3");
        Flow flow = edited(bare, kept);
        healthy.flows().updateWithAsset(flow, bare.revision(), kept);
        FlowAsset lost = file("7.1");

        assertThatThrownBy(() -> doomed.flows().updateWithAsset(edited(flow, lost), flow.revision(), lost))
                .isInstanceOf(StoreUnavailableException.class);

        assertThat(healthy.flows().findById(flow.id())).contains(flow);
        assertThat(healthy.flows().findAsset(flow.id())).contains(kept);
        assertThat(healthy.flows().updateWithAsset(edited(flow, lost), flow.revision(), lost))
                .as("no lock or half-written row was left behind").isEqualTo(WriteResult.DONE);
        assertThat(healthy.flows().findAsset(flow.id())).contains(lost);
    }
}
