package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.StoreHealth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link StoreHealth} must do while its store is up; adapters add the "down" case they can cause. */
public abstract class StoreHealthContract {

    protected abstract StoreHealth health();

    @Test
    @DisplayName("a running store reports itself available, repeatedly")
    void runningStoreIsAvailable() {
        assertThat(health().isAvailable()).isTrue();
        assertThat(health().isAvailable()).isTrue();
    }
}
