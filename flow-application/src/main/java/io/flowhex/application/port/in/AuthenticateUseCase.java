package io.flowhex.application.port.in;

/**
 * Driving port: decide who signed a request, changing no state. Checks, in order: signing-time
 * format, AccessKey known, AccessKey active, signature (constant-time), signing time within the
 * window. The nonce comes back in the {@link Caller}, to be recorded by the action's gate once the
 * call is within its quota: a throttled call records nothing, and nobody can burn another caller's
 * nonces.
 */
@FunctionalInterface
public interface AuthenticateUseCase {

    Caller authenticate(AuthenticationRequest request) throws AuthenticationException;
}
