package io.flowhex.application.port.in;

import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.Principal;
import java.util.Objects;
import java.util.Optional;

/** ListFlow's input: one space or all of the account's, an optional name substring, and the page. */
public record ListFlowQuery(Principal caller, Optional<SpaceId> space, Optional<String> nameContains, PageRequest page, CallContext context) {

    public ListFlowQuery {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(space, "space");
        Objects.requireNonNull(nameContains, "nameContains");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(context, "context");
    }
}
