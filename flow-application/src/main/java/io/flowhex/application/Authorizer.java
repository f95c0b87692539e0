package io.flowhex.application;

import io.flowhex.application.port.in.AccessDeniedDetail;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.domain.principal.Principal;
import java.time.Instant;
import java.util.Optional;

/** Decides whether a principal may perform an action on {@code *}; empty means allowed. */
@FunctionalInterface
interface Authorizer {

    Optional<AccessDeniedDetail> denial(Principal principal, String action, CallContext context, Instant now);
}
