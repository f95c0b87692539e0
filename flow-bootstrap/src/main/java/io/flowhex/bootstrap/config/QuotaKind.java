package io.flowhex.bootstrap.config;

/** Where the call quota counts: in this process, or in the database every instance shares. */
public enum QuotaKind {
    LOCAL,
    SHARED
}
