package io.flowhex.domain.policy;

import java.util.Objects;

/** What a principal asks to do: an action on a resource, with the request's condition keys. */
public record AccessRequest(String action, String resource, RequestContext context) {

    /** The resource of an action without resource-level permission, such as {@code cams:GetFlow}. */
    public static final String ALL_RESOURCES = "*";

    public AccessRequest {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("an access request needs an action");
        }
        if (resource == null || resource.isEmpty()) {
            throw new IllegalArgumentException("an access request needs a resource");
        }
        Objects.requireNonNull(context, "context");
    }

    /** A request for an action that has no resource-level permission (the resource is {@code *}). */
    public static AccessRequest onAllResources(String action, RequestContext context) {
        return new AccessRequest(action, ALL_RESOURCES, context);
    }
}
