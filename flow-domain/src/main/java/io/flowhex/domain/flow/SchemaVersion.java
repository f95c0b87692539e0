package io.flowhex.domain.flow;

import java.util.Objects;
import java.util.regex.Pattern;

/** A Flow JSON or Data API version such as {@code 3.0}: dotted numbers, at most 16 characters. */
public record SchemaVersion(String value) {

    private static final Pattern DOTTED = Pattern.compile("[0-9]{1,4}(\\.[0-9]{1,4}){0,2}");

    public SchemaVersion {
        Objects.requireNonNull(value, "version must not be null");
        if (!DOTTED.matcher(value).matches()) {
            throw new IllegalArgumentException("a version is dotted numbers such as 3.0");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
