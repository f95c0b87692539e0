package io.flowhex.bootstrap.config;

import java.util.Locale;

/** Which driven adapter holds the data. */
public enum StoreKind {
    MEMORY,
    H2,
    POSTGRESQL,
    /** PostgreSQL too, started by the server itself from the binaries it ships, its data under {@code --data-dir}. */
    POSTGRESQL_EMBEDDED;

    /** As a setting writes it: {@code postgresql-embedded}. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
