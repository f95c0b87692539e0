package io.flowhex.domain.policy;

/**
 * A policy document that RAM would refuse to load. Thrown when a policy is compiled, never while a
 * request is evaluated: a policy we cannot understand must not be half-applied (failing closed).
 *
 * <p>The reason is short and quotes at most a small fragment of the document, because policy text
 * ends up in logs and error bodies through this message.
 */
public final class InvalidPolicyException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_QUOTED_CHARACTERS = 64;

    public InvalidPolicyException(String reason) {
        super(requireReason(reason));
    }

    /** The human-readable reason, the same text as {@link #getMessage()}. */
    public String reason() {
        return getMessage();
    }

    /** Quotes a fragment of a policy for a reason, cut short so a reason never carries a document. */
    public static String quote(String fragment) {
        if (fragment == null) {
            return "null";
        }
        return fragment.length() <= MAX_QUOTED_CHARACTERS
                ? "'" + fragment + "'"
                : "'" + fragment.substring(0, MAX_QUOTED_CHARACTERS) + "...'";
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an invalid policy needs a reason");
        }
        return reason;
    }
}
