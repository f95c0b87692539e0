package io.flowhex.domain.policy;

import java.util.List;
import java.util.Objects;

/** One statement of a policy: effect, action element, resource element and conditions (all ANDed). */
public record Statement(Effect effect, PatternClause action, PatternClause resource, List<Condition> conditions) {

    public Statement {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(resource, "resource");
        conditions = List.copyOf(conditions);
    }

    /** Whether this statement speaks about the request: action, resource and every condition match. */
    public boolean appliesTo(AccessRequest request) {
        if (!action.covers(request.action()) || !resource.covers(request.resource())) {
            return false;
        }
        for (Condition condition : conditions) {
            if (!condition.isSatisfiedBy(request.context())) {
                return false;
            }
        }
        return true;
    }
}
