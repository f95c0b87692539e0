package io.flowhex.application.port.out;

import io.flowhex.application.port.in.CamsAction;
import java.time.Duration;
import java.util.Objects;

/**
 * What the application reports about its own work, for an operator's metrics: JDK types and the
 * application's own action enum only, so any metrics library can stand behind it (flow-adapter-micrometer
 * is one). Every value passed is bounded by the code that passes it: an action, an error code, a store
 * and an operation name; never an account, an AccessKeyId, a FlowId or anything else a client chooses.
 *
 * <p>Called on the request path, on the caller's thread: an implementation must be thread-safe, cheap
 * and must not throw (the application does not guard the calls). {@link #none()} is the default.
 */
public interface FlowMetrics {

    /**
     * A call of {@code action} passed through the gate and its use case: {@code code} is {@link #OK} or the
     * error code the caller receives (e.g. {@code System.LimitControl}, {@code Unknown.ResourceOwnerId});
     * {@code duration} runs from the gate's first check to the use case's answer.
     */
    void actionFinished(CamsAction action, String code, Duration duration);

    /** A call of {@code action} was refused by the per-account call quota ({@code System.LimitControl}). */
    void quotaDenied(CamsAction action);

    /**
     * A request was not authenticated; {@code code} is the reason the caller receives, e.g.
     * {@code SignatureDoesNotMatch}, {@code InvalidAccessKeyId.NotFound}, {@code InvalidTimeStamp.Expired}.
     */
    void authenticationFailed(String code);

    /**
     * One call of a driven store port finished: {@code store} names the port (e.g. {@code flows},
     * {@code accessKeys}), {@code operation} its method (e.g. {@code findById}); {@code failed} when it
     * threw (a store that did not answer, usually).
     */
    void storeCallFinished(String store, String operation, Duration duration, boolean failed);

    /**
     * What the calls of one store operation ({@code store} and {@code operation} as for
     * {@link #storeCallFinished}) are reported to: asked once per operation when the application is
     * built, so that the request path reports a call without looking its meter up or boxing its
     * duration. The default hands each call to {@link #storeCallFinished}.
     */
    default StoreCallRecorder storeCalls(String store, String operation) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(operation, "operation");
        return (nanos, failed) -> storeCallFinished(store, operation, Duration.ofNanos(nanos), failed);
    }

    /** Where one store operation's calls are reported: thread-safe, cheap, never throws. */
    @FunctionalInterface
    interface StoreCallRecorder {
        /** One call finished after {@code nanos} nanoseconds; {@code failed} when it threw. */
        void finished(long nanos, boolean failed);
    }

    /** The code of an action that succeeded. */
    String OK = "OK";

    /** Records nothing: the default when the embedder passes no metrics. */
    static FlowMetrics none() {
        return NoMetrics.INSTANCE;
    }
}
