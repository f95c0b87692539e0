package io.flowhex.domain.flow;

import io.flowhex.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A WhatsApp Flow as CAMS stores it for one account and one space. Immutable: changes return a new
 * value, so a flow read by one request is never altered under another.
 */
public record Flow(
        FlowId id,
        AccountId owner,
        SpaceId space,
        FlowName name,
        FlowCategories categories,
        FlowStatus status,
        SchemaVersion jsonVersion,
        SchemaVersion dataApiVersion,
        Optional<EndpointUri> endpointUri,
        Optional<Preview> preview) {

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
    }

    /** Whether this flow belongs to the account and, when a space is named, to that space. */
    public boolean isVisibleTo(AccountId caller, Optional<SpaceId> requestedSpace) {
        return owner.equals(caller) && requestedSpace.map(space::equals).orElse(true);
    }

    /** Whether the stored preview is missing or no longer usable at {@code now}. */
    public boolean needsFreshPreview(Instant now) {
        return preview.map(p -> !p.isValidAt(now)).orElse(true);
    }

    public Flow withPreview(Preview fresh) {
        return new Flow(id, owner, space, name, categories, status, jsonVersion, dataApiVersion, endpointUri,
                Optional.of(fresh));
    }
}
