package io.flowhex.domain.policy;

import java.util.List;

/** A compiled policy document (its {@code Version} is always "1", so it is not kept). */
public record Policy(List<Statement> statements) {

    public Policy {
        statements = List.copyOf(statements);
    }

    public static Policy of(Statement... statements) {
        return new Policy(List.of(statements));
    }
}
