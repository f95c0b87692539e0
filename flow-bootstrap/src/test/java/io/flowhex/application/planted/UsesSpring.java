package io.flowhex.application.planted;

import org.springframework.planted.SpringStandIn;

/** Planted violation: an application class reaching for Spring. Only the architecture test loads it. */
public final class UsesSpring {

    public Object wire() {
        return SpringStandIn.bean();
    }
}
