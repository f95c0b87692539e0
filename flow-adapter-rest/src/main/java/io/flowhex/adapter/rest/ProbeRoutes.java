package io.flowhex.adapter.rest;

import io.flowhex.application.port.in.CheckHealthUseCase;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * The orchestrator's two probes as {@link HostRoute}s: {@code GET /livez} answers 200 while the process
 * can answer at all and asks no dependency (a store outage must not get the process restarted);
 * {@code GET /readyz} answers 200 when the stores answer and 503 when they do not, so traffic is held back
 * until they are back. Both bodies are {@code {"Status":"UP"}} or {@code {"Status":"DOWN"}}, as
 * {@code /health}'s, which stays as it is.
 */
public final class ProbeRoutes {

    private ProbeRoutes() {
    }

    /** {@code GET /livez}: always 200 UP. */
    public static HostRoute liveness() {
        return new Probe("livez", "/livez", () -> true);
    }

    /** {@code GET /readyz}: 200 UP when {@code health} says the stores answer, else (or if it throws) 503 DOWN. */
    public static HostRoute readiness(CheckHealthUseCase health) {
        Objects.requireNonNull(health, "health");
        return new Probe("readyz", "/readyz", () -> {
            try {
                return health.isHealthy();
            } catch (RuntimeException e) {
                return false;
            }
        });
    }

    private record Probe(String name, String path, BooleanSupplier up) implements HostRoute {

        @Override
        public boolean matches(CamsHttpRequest request) {
            return request.path().equals(path) && request.method().equals("GET");
        }

        @Override
        public CamsHttpResponse serve(CamsHttpRequest request, String requestId) {
            return ResponseWriter.health(up.getAsBoolean());
        }
    }
}
