package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.testkit.scenario.World;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the action table")
class ActionRoutesTest {

    private final World world = new World(InMemoryStores.create());

    @Test
    @DisplayName("allOf routes all ten actions, each found by its exact wire name")
    void allOf() {
        ActionRoutes routes = ActionRoutes.allOf(FlowPorts.of(world.app));

        assertThat(routes.actions()).containsExactlyInAnyOrder(CamsAction.values());
        for (CamsAction action : CamsAction.values()) {
            assertThat(routes.find(action.wireName())).get().extracting(ActionRoute::action).isEqualTo(action);
        }
        assertThat(routes.find("GetFlowJSONAsset")).as("only CAMS's own spelling, GetFlowJSONAssest").isEmpty();
        assertThat(routes.find("getflow")).isEmpty();
    }

    @Test
    @DisplayName("the builder refuses a missing port, an action routed twice, and an empty table")
    void builderChecks() {
        assertThatThrownBy(() -> ActionRoutes.custom().publishFlow(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ActionRoutes.custom().listFlow(world.app.listFlow()).listFlow(world.app.listFlow()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ListFlow is routed twice");
        assertThatThrownBy(() -> ActionRoutes.custom().build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new FlowPorts(world.app.getFlow(), world.app.createFlow(), world.app.listFlow(),
                world.app.modifyFlow(), world.app.deleteFlow(), world.app.publishFlow(), world.app.deprecateFlow(),
                world.app.getFlowJsonAsset(), null, world.app.getFlowPreviewUrl()))
                .isInstanceOf(NullPointerException.class).hasMessage("updateFlowJsonAsset");
    }
}
