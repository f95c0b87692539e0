package io.flowhex.domain.policy;

/** A statement's {@code Effect}: whether a matching statement grants or forbids. */
public enum Effect {
    ALLOW,
    DENY
}
