package io.flowhex.adapter.rest;

/**
 * A path the server answers besides the CAMS endpoint and its links: an operator's endpoint such as
 * metrics, probes or an admin API. Such a path needs no CAMS signature (a route that wants a
 * credential checks its own). Routes are asked in the order they were added, before the links and
 * the CAMS endpoint, so a route must claim only its own paths.
 */
public interface HostRoute {

    /** A short name for the access log's action field, e.g. {@code metrics}. */
    String name();

    /** Whether this route answers {@code request}: by path (and method) only, and cheaply. */
    boolean matches(CamsHttpRequest request);

    /**
     * The answer to a request this route {@linkplain #matches matched}. Should not throw: anything
     * thrown is logged by class name only and answered 500 {@code InternalError}.
     */
    CamsHttpResponse serve(CamsHttpRequest request, String requestId);
}
