package io.flowhex.bootstrap.config;

/** Which driven adapter holds the data. */
public enum StoreKind {
    MEMORY,
    H2,
    POSTGRESQL
}
