package io.flowhex.domain.flow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What checking a Flow JSON file found: its {@code version} and {@code data_api_version} when they
 * could be read as versions, and its validation errors (none for a valid file), at most
 * {@link #MAX_ERRORS}. Publication needs only this, not the file's bytes.
 */
public record FlowJsonCheck(
        Optional<SchemaVersion> version,
        Optional<SchemaVersion> dataApiVersion,
        List<FlowJsonError> errors) {

    /** Errors beyond this many say nothing a fix of the first ones would not; the checker stops there. */
    public static final int MAX_ERRORS = 100;

    public FlowJsonCheck {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dataApiVersion, "dataApiVersion");
        errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        if (errors.size() > MAX_ERRORS) {
            throw new IllegalArgumentException("at most " + MAX_ERRORS + " validation errors are kept");
        }
    }

    /** A file without validation errors. */
    public static FlowJsonCheck valid(SchemaVersion version, Optional<SchemaVersion> dataApiVersion) {
        return new FlowJsonCheck(Optional.of(version), dataApiVersion, List.of());
    }

    public boolean isValid() {
        return errors.isEmpty();
    }
}
