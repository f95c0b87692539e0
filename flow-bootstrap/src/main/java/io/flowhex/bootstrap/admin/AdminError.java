package io.flowhex.bootstrap.admin;

import java.util.Map;
import java.util.Objects;

/**
 * An admin request refused: the HTTP status, the code and message of its JSON body, and any headers
 * the refusal carries ({@code WWW-Authenticate}, {@code Allow}). Expected answers, so no stack trace.
 */
final class AdminError extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> headers;

    AdminError(int status, String code, String message) {
        this(status, code, message, Map.of());
    }

    AdminError(int status, String code, String message, Map<String, String> headers) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx");
        }
        this.status = status;
        this.code = Objects.requireNonNull(code, "code");
        this.headers = Map.copyOf(headers);
    }

    static AdminError unauthorized() {
        // one answer for a missing, malformed or wrong token: nothing says how close a guess came
        return new AdminError(401, "Admin.Unauthorized", "A valid admin token is required in the Authorization header.",
                Map.of("WWW-Authenticate", "Bearer realm=\"flowhex-admin\""));
    }

    static AdminError badRequest(String code, String message) {
        return new AdminError(400, code, message);
    }

    static AdminError storeUnavailable() {
        return new AdminError(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    Map<String, String> headers() {
        return headers;
    }
}
