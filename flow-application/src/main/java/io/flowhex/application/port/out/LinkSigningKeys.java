package io.flowhex.application.port.out;

/**
 * Driven port: the one link signing key of a store, shared by every application on it, so that a
 * link one server instance issued opens on any other. The key is created once, by whichever
 * instance asks first, and never changes afterwards.
 */
@FunctionalInterface
public interface LinkSigningKeys {

    /**
     * The stored key; when none is stored yet, {@code candidate}, stored now. Atomic: of two first
     * calls racing, even through two instances of the store, both get the same key.
     *
     * @throws StoreUnavailableException when the store does not answer
     */
    LinkSigningKey keyOrStore(LinkSigningKey candidate);
}
