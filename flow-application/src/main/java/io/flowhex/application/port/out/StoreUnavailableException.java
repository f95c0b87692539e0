package io.flowhex.application.port.out;

/**
 * Thrown by a driven adapter when its infrastructure (database, network) does not answer. The use
 * cases turn it into {@code ServiceUnavailable}; its message must name no host, SQL or secret.
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreUnavailableException(String message) {
        super(message);
    }
}
