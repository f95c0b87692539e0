package io.flowhex.application.port.out;

import java.util.Objects;

/**
 * A {@link FlowJsonSource} could not, or would not, take a file. The message is written for the
 * client (it becomes the message of {@code InvalidParameter.FilePath}): it names the limit that was
 * hit and never an internal host, address, or exception text. There is no cause and no stack trace
 * on purpose: a refusal is an answer about the client's input, not a fault of the server.
 */
public final class FetchRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a file was not taken; one per limit of the spec. */
    public enum Reason {
        /** The URL's scheme is not http or https. */
        NOT_HTTP,
        /** Not an absolute URL with a host, or it carries a user name or password. */
        INVALID_URL,
        /** The host is not on the operator's allow-list. */
        HOST_NOT_ALLOWED,
        /** The host is, or resolves to, a link-local or cloud metadata address: never fetched. */
        LINK_LOCAL,
        /** The host is, or resolves to, a loopback or private address and the operator forbids those. */
        PRIVATE_ADDRESS,
        /** The host is unknown, refuses the connection, or the connection broke. */
        UNREACHABLE,
        /** The server answered with a status other than 200 (a redirect without a target included). */
        HTTP_STATUS,
        /** The file is larger than the limit. */
        TOO_LARGE,
        /** The whole download, redirects included, did not finish in time. */
        TOO_SLOW,
        /** More redirects than the limit. */
        TOO_MANY_REDIRECTS
    }

    private final Reason reason;

    public FetchRefusedException(Reason reason, String message) {
        super(requireText(message), null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    private static String requireText(String message) {
        if (Objects.requireNonNull(message, "message").isBlank()) {
            throw new IllegalArgumentException("a refusal says why");
        }
        return message;
    }
}
