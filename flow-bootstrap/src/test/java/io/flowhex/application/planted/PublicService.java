package io.flowhex.application.planted;

import io.flowhex.application.port.in.CheckHealthUseCase;

/** Planted violation: a service that anyone could construct, bypassing the builder. */
public final class PublicService implements CheckHealthUseCase {

    @Override
    public boolean isHealthy() {
        return true;
    }
}
