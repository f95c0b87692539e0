package io.flowhex.application;

import io.flowhex.application.port.in.CheckHealthUseCase;
import io.flowhex.application.port.out.StoreHealth;

/** Healthy exactly when the stores answer; a probe that throws counts as not answering. */
final class HealthService implements CheckHealthUseCase {

    private final StoreHealth stores;

    HealthService(StoreHealth stores) {
        this.stores = stores;
    }

    @Override
    public boolean isHealthy() {
        try {
            return stores.isAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
