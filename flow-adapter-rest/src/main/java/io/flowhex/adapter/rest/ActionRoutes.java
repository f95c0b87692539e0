package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.GetFlowUseCase;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The actions a {@link CamsRpcHandler} serves: for each, its parameter reader, its driving port and
 * its {@code Data} writer. Built once from the driving ports the embedder has; an action not in the
 * table answers {@code InvalidAction.NotFound} (404) before anything is authenticated. Immutable.
 *
 * <pre>{@code
 * ActionRoutes routes = ActionRoutes.custom().getFlow(app.getFlow()).build();
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
            Objects.requireNonNull(useCase, "useCase");
            return add(new ActionRoute<>(CamsAction.GET_FLOW,
                    (parameters, caller, context) -> new GetFlowQuery(caller, FlowParameters.flowId(parameters),
                            FlowParameters.space(parameters), context),
                    useCase::getFlow, FlowData::details));
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
