package io.flowhex.domain.planted;

import org.assertj.core.api.Assertions;

/** Planted violation: a domain class depending on a library. Only the architecture test loads it. */
public final class UsesAFramework {

    public Object leak() {
        return Assertions.assertThat(1);
    }
}
