package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.application.port.in.CheckHealthUseCase;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Actuator's view of flowhex: UP while its stores answer, DOWN when they do not, so that a readiness
 * group including {@code flowhex} takes the instance out of rotation. Says nothing more (no URL, no
 * error text).
 */
public final class FlowhexHealthIndicator implements HealthIndicator {

    private final CheckHealthUseCase health;

    public FlowhexHealthIndicator(CheckHealthUseCase health) {
        this.health = health;
    }

    @Override
    public Health health() {
        boolean answering = health.isHealthy();
        return (answering ? Health.up() : Health.down()).withDetail("stores", answering ? "answering" : "not answering")
                .build();
    }
}
