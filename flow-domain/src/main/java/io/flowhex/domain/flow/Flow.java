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
}
