package io.flowhex.application.port.in;

/** Driving port: whether the stores behind the use cases answer right now. Reveals nothing else. */
@FunctionalInterface
public interface CheckHealthUseCase {

    boolean isHealthy();
}
