package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.FlowParameters.categories;
import static io.flowhex.adapter.rest.FlowParameters.endpointUri;
import static io.flowhex.adapter.rest.FlowParameters.filePath;
import static io.flowhex.adapter.rest.FlowParameters.flowId;
import static io.flowhex.adapter.rest.FlowParameters.flowName;
import static io.flowhex.adapter.rest.FlowParameters.space;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.CreateFlowCommand;
import io.flowhex.application.port.in.CreateFlowUseCase;
import io.flowhex.application.port.in.DeleteFlowUseCase;
import io.flowhex.application.port.in.DeprecateFlowUseCase;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.application.port.in.GetFlowJsonAssetUseCase;
import io.flowhex.application.port.in.GetFlowPreviewUrlUseCase;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.application.port.in.ListFlowQuery;
import io.flowhex.application.port.in.ListFlowUseCase;
import io.flowhex.application.port.in.ModifyFlowCommand;
import io.flowhex.application.port.in.ModifyFlowUseCase;
import io.flowhex.application.port.in.PublishFlowUseCase;
import io.flowhex.application.port.in.UpdateFlowJsonAssetCommand;
import io.flowhex.application.port.in.UpdateFlowJsonAssetUseCase;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The actions a {@link CamsRpcHandler} serves: for each, its parameter reader, its driving port and
 * its {@code Data} writer. Built once from the driving ports the embedder has; an action not in the
 * table answers {@code InvalidAction.NotFound} (404) before anything is authenticated. Immutable.
 *
 * <pre>{@code
 * ActionRoutes all = ActionRoutes.allOf(FlowPorts.of(app));
 * ActionRoutes readOnly = ActionRoutes.custom().getFlow(app.getFlow()).listFlow(app.listFlow()).build();
 * }</pre>
 */
public final class ActionRoutes {

    private final Map<CamsAction, ActionRoute<?, ?>> routes;

    private ActionRoutes(Map<CamsAction, ActionRoute<?, ?>> routes) {
        this.routes = Collections.unmodifiableMap(new EnumMap<>(routes));
    }

    public static Builder custom() {
        return new Builder();
    }

    /** Every action of the flow API, each to its port. */
    public static ActionRoutes allOf(FlowPorts ports) {
        Objects.requireNonNull(ports, "ports");
        return custom().getFlow(ports.getFlow()).createFlow(ports.createFlow()).listFlow(ports.listFlow())
                .modifyFlow(ports.modifyFlow()).deleteFlow(ports.deleteFlow()).publishFlow(ports.publishFlow())
                .deprecateFlow(ports.deprecateFlow()).getFlowJsonAsset(ports.getFlowJsonAsset())
                .updateFlowJsonAsset(ports.updateFlowJsonAsset()).getFlowPreviewUrl(ports.getFlowPreviewUrl())
                .build();
    }

    /** The actions served. */
    public Set<CamsAction> actions() {
        return routes.keySet();
    }

    Optional<ActionRoute<?, ?>> find(String wireName) {
        Optional<CamsAction> action = CamsAction.fromWire(wireName);
        return action.isEmpty() ? Optional.empty() : Optional.ofNullable(routes.get(action.get()));
    }

    /** Collects one route per action; each action may be routed once. */
    public static final class Builder {

        private final Map<CamsAction, ActionRoute<?, ?>> routes = new EnumMap<>(CamsAction.class);

        private Builder() {
        }

        public Builder getFlow(GetFlowUseCase useCase) {
            return add(new ActionRoute<>(CamsAction.GET_FLOW,
                    (p, caller, context) -> new GetFlowQuery(caller, flowId(p), space(p), context),
                    required(useCase)::getFlow, FlowData::details));
        }

        public Builder createFlow(CreateFlowUseCase useCase) {
            return add(new ActionRoute<>(CamsAction.CREATE_FLOW,
                    (p, caller, context) -> new CreateFlowCommand(caller, flowName(p), categories(p), space(p),
                            endpointUri(p), context),
                    required(useCase)::createFlow, FlowData::created));
        }

        public Builder listFlow(ListFlowUseCase useCase) {
            return add(new ActionRoute<>(CamsAction.LIST_FLOW,
                    (p, caller, context) -> new ListFlowQuery(caller, space(p), FlowParameters.nameFilter(p),
                            FlowParameters.page(p), context),
                    required(useCase)::listFlows, FlowData::page));
        }

        public Builder modifyFlow(ModifyFlowUseCase useCase) {
            return add(new ActionRoute<>(CamsAction.MODIFY_FLOW,
                    (p, caller, context) -> new ModifyFlowCommand(caller, flowId(p), flowName(p), categories(p),
                            space(p), endpointUri(p), context),
                    required(useCase)::modifyFlow, FlowData::modified));
        }

        public Builder deleteFlow(DeleteFlowUseCase useCase) {
            return withoutData(CamsAction.DELETE_FLOW, required(useCase)::deleteFlow);
        }

        public Builder publishFlow(PublishFlowUseCase useCase) {
            return withoutData(CamsAction.PUBLISH_FLOW, required(useCase)::publishFlow);
        }

        public Builder deprecateFlow(DeprecateFlowUseCase useCase) {
            return withoutData(CamsAction.DEPRECATE_FLOW, required(useCase)::deprecateFlow);
        }

        /** GetFlowJSONAssest (CAMS's spelling on the wire). */
        public Builder getFlowJsonAsset(GetFlowJsonAssetUseCase useCase) {
            return add(new ActionRoute<>(CamsAction.GET_FLOW_JSON_ASSET, FlowParameters::flowCommand,
                    required(useCase)::getFlowJsonAsset, FlowData::jsonLink));
        }

        public Builder updateFlowJsonAsset(UpdateFlowJsonAssetUseCase useCase) {
            return add(new ActionRoute<>(CamsAction.UPDATE_FLOW_JSON_ASSET,
                    (p, caller, context) -> new UpdateFlowJsonAssetCommand(caller, flowId(p), filePath(p), space(p),
                            context),
                    required(useCase)::updateFlowJsonAsset, FlowData::flowId));
        }

        public Builder getFlowPreviewUrl(GetFlowPreviewUrlUseCase useCase) {
            return add(new ActionRoute<>(CamsAction.GET_FLOW_PREVIEW_URL, FlowParameters::flowCommand,
                    required(useCase)::getFlowPreviewUrl, FlowData::preview));
        }

        /** An action on one flow whose answer is the envelope alone: the command itself stands in as the result. */
        private Builder withoutData(CamsAction action, Consumer<FlowCommand> useCase) {
            return add(new ActionRoute<FlowCommand, FlowCommand>(action, FlowParameters::flowCommand, command -> {
                useCase.accept(command);
                return command;
            }, DataWriter.none()));
        }

        private static <U> U required(U useCase) {
            return Objects.requireNonNull(useCase, "useCase");
        }

        private Builder add(ActionRoute<?, ?> route) {
            if (routes.putIfAbsent(route.action(), route) != null) {
                throw new IllegalStateException(route.action().wireName() + " is routed twice");
            }
            return this;
        }

        public ActionRoutes build() {
            if (routes.isEmpty()) {
                throw new IllegalStateException("at least one action must be routed");
            }
            return new ActionRoutes(routes);
        }
    }
}
