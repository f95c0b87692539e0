package io.flowhex.domain.flow;

import io.flowhex.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A WhatsApp Flow as CAMS stores it for one account and one space. Immutable: changes return a new
 * value, so a flow read by one request is never altered under another.
 *
 * <p>{@code jsonVersion} and {@code dataApiVersion} are those of the stored Flow JSON (absent until a
 * file gives them). {@code createdAt} orders listings, newest first. {@code revision} counts the
 * changes to the flow's lifecycle fields (everything but the preview, which is a cached link with its
 * own update), so a store can apply a change only to the revision it was computed from.
 *
 * <p>The lifecycle ({@code flow-lifecycle.md}) is in the methods below: each returns the changed flow
 * with the next revision, or throws {@link FlowLifecycleException} naming the rule that refused. The
 * API's use cases and the operator's provisioning call the same methods, so the two cannot drift apart.
 */
public record Flow(
        FlowId id,
        AccountId owner,
        SpaceId space,
        FlowName name,
        FlowCategories categories,
        FlowStatus status,
        Optional<SchemaVersion> jsonVersion,
        Optional<SchemaVersion> dataApiVersion,
        Optional<EndpointUri> endpointUri,
        Optional<Preview> preview,
        Instant createdAt,
        long revision) {

    public Flow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(jsonVersion, "jsonVersion");
        Objects.requireNonNull(dataApiVersion, "dataApiVersion");
        Objects.requireNonNull(endpointUri, "endpointUri");
        Objects.requireNonNull(preview, "preview");
        Objects.requireNonNull(createdAt, "createdAt");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative");
        }
    }

    /** A flow as CreateFlow makes it: DRAFT, no Flow JSON yet, no preview, revision 0. */
    public static Flow draft(FlowId id, AccountId owner, SpaceId space, FlowName name, FlowCategories categories,
            Optional<EndpointUri> endpointUri, Instant createdAt) {
        return new Flow(id, owner, space, name, categories, FlowStatus.DRAFT, Optional.empty(), Optional.empty(),
                endpointUri, Optional.empty(), createdAt, 0);
    }

    /** Whether this flow belongs to the account and, when a space is named, to that space. */
    public boolean isVisibleTo(AccountId caller, Optional<SpaceId> requestedSpace) {
        return owner.equals(caller) && requestedSpace.map(space::equals).orElse(true);
    }

    /** Whether the stored preview is missing or no longer usable at {@code now}. */
    public boolean needsFreshPreview(Instant now) {
        return preview.map(p -> !p.isValidAt(now)).orElse(true);
    }

    /** The same flow with a fresh preview; the revision stays, a preview is not a lifecycle change. */
    public Flow withPreview(Preview fresh) {
        return new Flow(id, owner, space, name, categories, status, jsonVersion, dataApiVersion, endpointUri,
                Optional.of(fresh), createdAt, revision);
    }

    /**
     * ModifyFlow: the new name, categories and endpoint (an empty endpoint removes it; keeping the old
     * one when the request names none is the caller's choice). A DRAFT stays DRAFT; a published flow
     * follows {@code rule}; a DEPRECATED one refuses.
     */
    public Flow modify(FlowName newName, FlowCategories newCategories, Optional<EndpointUri> newEndpoint,
            EditPublishedRule rule) {
        Objects.requireNonNull(newName, "newName");
        Objects.requireNonNull(newCategories, "newCategories");
        Objects.requireNonNull(newEndpoint, "newEndpoint");
        return next(statusAfterEdit(rule), newName, newCategories, jsonVersion, dataApiVersion, newEndpoint);
    }

    /**
     * UpdateFlowJSONAsset: the flow now has the checked file, whose versions become the flow's (absent
     * when the file gave none readable). The status changes as for {@link #modify}.
     */
    public Flow updateFlowJson(FlowJsonCheck flowJson, EditPublishedRule rule) {
        Objects.requireNonNull(flowJson, "flowJson");
        return next(statusAfterEdit(rule), name, categories, flowJson.version(), flowJson.dataApiVersion(),
                endpointUri);
    }

    /**
     * PublishFlow: DRAFT to PUBLISHED, given the check of the flow's stored Flow JSON (empty when it has
     * none). Refused, in this order: not a DRAFT; no Flow JSON; validation errors; a version not
     * publishable; a {@code data_api_version} without an endpoint.
     */
    public Flow publish(Optional<FlowJsonCheck> flowJson, PublishableVersions publishable) {
        Objects.requireNonNull(flowJson, "flowJson");
        Objects.requireNonNull(publishable, "publishable");
        if (status != FlowStatus.DRAFT) {
            throw refused(LifecycleRefusal.PUBLISH_INVALID_STATE);
        }
        FlowJsonCheck check = flowJson.orElseThrow(() -> refused(LifecycleRefusal.PUBLISH_WITHOUT_FLOW_JSON));
        if (!check.isValid()) {
            throw refused(LifecycleRefusal.PUBLISH_WITH_VALIDATION_ERRORS);
        }
        if (check.version().filter(publishable::contains).isEmpty()) {
            throw refused(LifecycleRefusal.PUBLISH_VERSION_NOT_AVAILABLE);
        }
        if (check.dataApiVersion().isPresent() && endpointUri.isEmpty()) {
            throw refused(LifecycleRefusal.PUBLISH_WITHOUT_ENDPOINT);
        }
        return moveTo(FlowStatus.PUBLISHED);
    }

    /** DeprecateFlow, and the operator's deprecation: PUBLISHED, THROTTLED or BLOCKED to DEPRECATED, for good. */
    public Flow deprecate() {
        return switch (status) {
            case PUBLISHED, THROTTLED, BLOCKED -> moveTo(FlowStatus.DEPRECATED);
            case DRAFT -> throw refused(LifecycleRefusal.DEPRECATE_UNPUBLISHED);
            case DEPRECATED -> throw refused(LifecycleRefusal.DEPRECATE_ALREADY_DEPRECATED);
        };
    }

    /** DeleteFlow's rule: only a DRAFT may go, whatever its past (ADR 0006). Throws when it may not. */
    public void checkDeletable() {
        switch (status) {
            case DRAFT -> {
                // deletable
            }
            case PUBLISHED, THROTTLED, BLOCKED -> throw refused(LifecycleRefusal.DELETE_PUBLISHED);
            case DEPRECATED -> throw refused(LifecycleRefusal.DELETE_DEPRECATED);
        }
    }

    /** Operator: PUBLISHED to THROTTLED (in Meta, the endpoint became unhealthy). */
    public Flow throttle() {
        return operatorMove(FlowStatus.PUBLISHED, FlowStatus.THROTTLED, LifecycleRefusal.THROTTLE_NOT_PUBLISHED);
    }

    /** Operator: THROTTLED back to PUBLISHED (the endpoint recovered). */
    public Flow unthrottle() {
        return operatorMove(FlowStatus.THROTTLED, FlowStatus.PUBLISHED, LifecycleRefusal.UNTHROTTLE_NOT_THROTTLED);
    }

    /** Operator: THROTTLED to BLOCKED (the endpoint got worse). */
    public Flow block() {
        return operatorMove(FlowStatus.THROTTLED, FlowStatus.BLOCKED, LifecycleRefusal.BLOCK_NOT_THROTTLED);
    }

    /** Operator: BLOCKED back to THROTTLED. */
    public Flow unblock() {
        return operatorMove(FlowStatus.BLOCKED, FlowStatus.THROTTLED, LifecycleRefusal.UNBLOCK_NOT_BLOCKED);
    }

    /**
     * The operator's change to {@code target}, by the one method that may make it from the current
     * status: THROTTLED by {@link #throttle} or {@link #unblock}, BLOCKED by {@link #block}, PUBLISHED
     * by {@link #unthrottle}, DEPRECATED by {@link #deprecate}. DRAFT is never the operator's to set.
     * Setting the current status again is refused like any move the table lacks.
     */
    public Flow setByOperator(FlowStatus target) {
        Objects.requireNonNull(target, "target");
        return switch (target) {
            case THROTTLED -> status == FlowStatus.BLOCKED ? unblock() : throttle();
            case BLOCKED -> block();
            case PUBLISHED -> unthrottle();
            case DEPRECATED -> deprecate();
            case DRAFT -> throw refused(LifecycleRefusal.OPERATOR_CANNOT_SET_DRAFT);
        };
    }

    private FlowStatus statusAfterEdit(EditPublishedRule rule) {
        Objects.requireNonNull(rule, "rule");
        return switch (status) {
            case DRAFT -> FlowStatus.DRAFT;
            case PUBLISHED, THROTTLED, BLOCKED -> switch (rule) {
                case REVERT_TO_DRAFT -> FlowStatus.DRAFT;
                case REFUSE -> throw refused(LifecycleRefusal.UPDATE_PUBLISHED);
            };
            case DEPRECATED -> throw refused(LifecycleRefusal.UPDATE_DEPRECATED);
        };
    }

    private Flow operatorMove(FlowStatus from, FlowStatus to, LifecycleRefusal otherwise) {
        if (status != from) {
            throw refused(otherwise);
        }
        return moveTo(to);
    }

    private Flow moveTo(FlowStatus target) {
        return next(target, name, categories, jsonVersion, dataApiVersion, endpointUri);
    }

    private Flow next(FlowStatus newStatus, FlowName newName, FlowCategories newCategories,
            Optional<SchemaVersion> newJsonVersion, Optional<SchemaVersion> newDataApiVersion,
            Optional<EndpointUri> newEndpoint) {
        return new Flow(id, owner, space, newName, newCategories, newStatus, newJsonVersion, newDataApiVersion,
                newEndpoint, preview, createdAt, Math.addExact(revision, 1));
    }

    private FlowLifecycleException refused(LifecycleRefusal refusal) {
        return new FlowLifecycleException(refusal, id, status);
    }
}
