package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.jdbc.JdbcStoreOptions.SchemaOnStart;
import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SpaceId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Reused decodings: only for a row identical to the one decoded, bounded, off at zero. */
abstract class DecodedFlowChecks {

    abstract DataSource freshDatabase();

    private DataSource database;
    private JdbcFlowStore otherInstance;
    private final AccountId owner = Ids.accountId();
    private final FlowId id = Ids.flowId();
    private final Flow original = Samples.flow(id, owner);

    @BeforeEach
    void saveFlow() {
        database = freshDatabase();
        otherInstance = JdbcFlowStore.create(database);
        otherInstance.flows().save(original);
    }

    private JdbcFlowStore storeKeeping(int flows) {
        return JdbcFlowStore.create(database,
                JdbcStoreOptions.custom().schemaOnStart(SchemaOnStart.NONE).decodedFlowCacheSize(flows).build());
    }

    @Test
    @DisplayName("reuse the decoding of an unchanged row")
    void reusesUnchangedRow() {
        JdbcFlowStore store = storeKeeping(10);

        Flow first = store.flows().findById(id).orElseThrow();
        Flow second = store.flows().findById(id).orElseThrow();

        assertThat(first).isEqualTo(original);
        assertThat(second).isSameAs(first);
    }

    @Test
    @DisplayName("never answer a stale flow: a change saved through another store shows on the next read")
    void changedRowIsDecodedAgain() {
        JdbcFlowStore store = storeKeeping(10);
        store.flows().findById(id).orElseThrow();
        Flow renamed = Samples.flow(id, owner, new SpaceId("cams-space-9"), new FlowName("Renamed"));

        otherInstance.flows().save(renamed);
        assertThat(store.flows().findById(id)).contains(renamed);

        Preview fresh = Preview.of("https://preview.example.com/p/2?token=new", Samples.T0.plusSeconds(7200));
        otherInstance.flows().updatePreview(id, fresh);
        assertThat(store.flows().findById(id)).contains(renamed.withPreview(fresh));
    }

    @Test
    @DisplayName("never answer a stale flow: an update shows on the next read, a delete drops the decoding")
    void updateAndDeleteThroughTheSameStore() {
        JdbcFlowStore store = storeKeeping(10);
        Flow read = store.flows().findById(id).orElseThrow();
        Flow deprecated = read.deprecate();

        assertThat(store.flows().update(deprecated, read.revision())).isEqualTo(WriteResult.DONE);
        assertThat(store.flows().findById(id)).contains(deprecated);
        assertThat(store.flows().delete(id, deprecated.revision())).isEqualTo(WriteResult.DONE);

        assertThat(store.flows().findById(id)).isEmpty();
        assertThat(((JdbcFlowRepository) store.flows()).decodedFlows()).isZero();
        assertThat(otherInstance.flows().create(original)).isEqualTo(WriteResult.DONE);
        assertThat(store.flows().findById(id)).as("the same id created again").contains(original);
    }

    @Test
    @DisplayName("keep at most the configured number of decodings, and still answer every flow right")
    void bounded() {
        JdbcFlowStore store = storeKeeping(2);
        List<Flow> saved = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Flow flow = Samples.flow(Ids.flowId(), owner, new SpaceId("cams-space-1"), new FlowName("flow " + i));
            assertThat(otherInstance.flows().save(flow)).isEqualTo(WriteResult.DONE);
            saved.add(flow);
        }

        for (int round = 0; round < 2; round++) {
            for (Flow flow : saved) {
                assertThat(store.flows().findById(flow.id())).contains(flow);
            }
        }

        assertThat(((JdbcFlowRepository) store.flows()).decodedFlows()).isEqualTo(2);
    }

    @Test
    @DisplayName("decode every read when the size is 0")
    void off() {
        JdbcFlowStore store = storeKeeping(0);

        Flow first = store.flows().findById(id).orElseThrow();
        Flow second = store.flows().findById(id).orElseThrow();

        assertThat(second).isEqualTo(first).isNotSameAs(first);
        assertThat(((JdbcFlowRepository) store.flows()).decodedFlows()).isZero();
    }
}
