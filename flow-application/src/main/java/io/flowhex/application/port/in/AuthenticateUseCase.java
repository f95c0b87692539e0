package io.flowhex.application.port.in;

/**
 * Driving port: decide who signed a request. Checks, in order: signing-time format, AccessKey known,
 * AccessKey active, signature (constant-time), signing time within the window, nonce never seen.
 * The nonce is recorded only for a request whose signature verified, so nobody can burn another
 * caller's nonces.
 */
@FunctionalInterface
public interface AuthenticateUseCase {

    Caller authenticate(AuthenticationRequest request) throws AuthenticationException;
}
