package io.flowhex.domain.flow;

import java.util.Objects;

/**
 * Why the lifecycle refused a change. The messages of the API's refusals are the texts of
 * {@code flow-lifecycle.md}, with Meta's error number in front; they name no value of the flow, so a
 * client may see them as they are.
 */
public enum LifecycleRefusal {
    UPDATE_PUBLISHED(LifecycleAction.UPDATE, "(#139001) Flow can't be updated. The flow is published."),
    UPDATE_DEPRECATED(LifecycleAction.UPDATE, "(#139001) Flow can't be updated. The flow is deprecated."),

    PUBLISH_INVALID_STATE(LifecycleAction.PUBLISH, "(#139002) Publishing Flow in invalid state."),
    PUBLISH_WITHOUT_FLOW_JSON(LifecycleAction.PUBLISH, "(#139002) Publishing Flow without a Flow JSON."),
    PUBLISH_WITH_VALIDATION_ERRORS(LifecycleAction.PUBLISH, "(#139002) Publishing Flow with validation errors."),
    PUBLISH_VERSION_NOT_AVAILABLE(LifecycleAction.PUBLISH,
            "(#139002) Versions in Flow JSON file are not available for publishing."),
    PUBLISH_WITHOUT_ENDPOINT(LifecycleAction.PUBLISH, "(#139002) Publishing Flow without endpoint_uri."),

    DEPRECATE_UNPUBLISHED(LifecycleAction.DEPRECATE, "(#139003) Can't deprecate unpublished flow."),
    DEPRECATE_ALREADY_DEPRECATED(LifecycleAction.DEPRECATE, "(#139003) Flow is already deprecated."),

    DELETE_PUBLISHED(LifecycleAction.DELETE, "(#139004) Can't delete published Flow."),
    DELETE_DEPRECATED(LifecycleAction.DELETE, "(#139004) Can't delete deprecated Flow."),

    THROTTLE_NOT_PUBLISHED(LifecycleAction.OPERATOR, "Only a PUBLISHED flow can be throttled."),
    UNTHROTTLE_NOT_THROTTLED(LifecycleAction.OPERATOR, "Only a THROTTLED flow can return to PUBLISHED."),
    BLOCK_NOT_THROTTLED(LifecycleAction.OPERATOR, "Only a THROTTLED flow can be blocked."),
    UNBLOCK_NOT_BLOCKED(LifecycleAction.OPERATOR, "Only a BLOCKED flow can return to THROTTLED."),
    OPERATOR_CANNOT_SET_DRAFT(LifecycleAction.OPERATOR,
            "The operator can't set DRAFT: a flow returns to DRAFT only by an edit.");

    private final LifecycleAction action;
    private final String message;

    LifecycleRefusal(LifecycleAction action, String message) {
        this.action = Objects.requireNonNull(action);
        this.message = Objects.requireNonNull(message);
    }

    public LifecycleAction action() {
        return action;
    }

    public String message() {
        return message;
    }
}
