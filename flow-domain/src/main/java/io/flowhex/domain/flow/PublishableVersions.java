package io.flowhex.domain.flow;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * The Flow JSON versions PublishFlow accepts (a setting). Other known versions are stored and read,
 * never published.
 */
public record PublishableVersions(Set<SchemaVersion> versions) {

    private static final PublishableVersions DEFAULTS = of("5.1", "6.0", "6.1", "6.2", "6.3", "7.0", "7.1", "7.2",
            "7.3");

    public PublishableVersions {
        versions = Set.copyOf(Objects.requireNonNull(versions, "versions"));
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("at least one Flow JSON version must be publishable");
        }
    }

    /** AWS's 2026 list, as the spec gives it: 5.1, 6.0 to 6.3, 7.0 to 7.3. */
    public static PublishableVersions ofDefaults() {
        return DEFAULTS;
    }

    public static PublishableVersions of(String... versions) {
        return new PublishableVersions(Set.copyOf(Arrays.stream(versions).map(SchemaVersion::new).toList()));
    }

    public boolean contains(SchemaVersion version) {
        return versions.contains(version);
    }
}
