package io.flowhex.application.port.out;

/** Driven port: a cheap probe that the stores answer (for {@code GET /health}). */
@FunctionalInterface
public interface StoreHealth {

    /** True when a trivial round trip to every store succeeded just now. Never throws. */
    boolean isAvailable();
}
