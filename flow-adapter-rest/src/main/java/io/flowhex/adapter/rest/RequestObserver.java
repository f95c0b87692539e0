package io.flowhex.adapter.rest;

import java.time.Duration;

/**
 * Told of every request the handler answered, for an HTTP request timer (e.g. flow-adapter-micrometer's
 * {@code MicrometerFlowMetrics::requestAnswered}). Called once per request on the request's thread, after
 * the answer is built: it must be cheap, thread-safe and must not throw.
 *
 * <p>Every value is from a bounded set: {@code action} is a served action's wire name, an operator
 * route's {@linkplain HostRoute#name() name}, {@code health}, a link kind, or {@link #UNKNOWN} for a
 * request refused before its action was found in the route table (an unknown action name a client
 * sent is never passed on); {@code code} is {@code OK} or the error code answered; {@code status} the
 * HTTP status. No account, key or FlowId.
 */
@FunctionalInterface
public interface RequestObserver {

    /** The action of a request refused before it named one this handler serves. */
    String UNKNOWN = "unknown";

    void requestAnswered(String action, String code, int status, Duration duration);

    /** Observes nothing: the default. */
    static RequestObserver none() {
        return (action, code, status, duration) -> { };
    }
}
