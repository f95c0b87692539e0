package io.flowhex.adapter.jdbc;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** A statement written once per dialect when a repository is built, so no call assembles SQL. */
final class PerDialect {

    private final Map<Dialect, String> statements = new EnumMap<>(Dialect.class);

    private PerDialect(Function<Dialect, String> writer) {
        for (Dialect dialect : Dialect.values()) {
            statements.put(dialect, writer.apply(dialect));
        }
    }

    static PerDialect of(Function<Dialect, String> writer) {
        return new PerDialect(writer);
    }

    String in(Dialect dialect) {
        return statements.get(dialect);
    }
}
