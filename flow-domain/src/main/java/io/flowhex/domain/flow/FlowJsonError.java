package io.flowhex.domain.flow;

import java.util.Objects;

/**
 * One validation error of a Flow JSON file: its code, a message, and a JSON Pointer (RFC 6901) to
 * where it is ({@code ""} for the whole document). The message and pointer are flowhex's own text and
 * array indices, never text copied from the file, so they are bounded and safe to log.
 */
public record FlowJsonError(FlowJsonErrorCode code, String message, String pointer) {

    public static final int MAX_MESSAGE_LENGTH = 500;
    public static final int MAX_POINTER_LENGTH = 200;

    public FlowJsonError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
        if (message.isBlank() || message.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("an error message is 1 to " + MAX_MESSAGE_LENGTH + " characters");
        }
        if (pointer.length() > MAX_POINTER_LENGTH || !(pointer.isEmpty() || pointer.startsWith("/"))) {
            throw new IllegalArgumentException("a pointer is empty or starts with '/', at most "
                    + MAX_POINTER_LENGTH + " characters");
        }
    }
}
