package io.flowhex.adapter.micrometer.planted;

import io.flowhex.adapter.rest.RequestObserver;
import java.time.Duration;

/**
 * Planted violation: the metrics adapter implementing the REST adapter's observer itself, which would tie
 * the two adapters together; the composition root binds them with a method reference instead (ADR 0012).
 */
public final class ImplementsTheRestObserver implements RequestObserver {

    @Override
    public void requestAnswered(String action, String code, int status, Duration duration) {
        // the dependency is the violation
    }
}
