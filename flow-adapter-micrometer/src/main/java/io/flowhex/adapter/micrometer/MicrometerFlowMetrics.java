package io.flowhex.adapter.micrometer;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.out.FlowMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link FlowMetrics} on a Micrometer {@link MeterRegistry}, and the HTTP request timer
 * ({@link #requestAnswered}) a protocol adapter reports to. Thread-safe; never throws on the request
 * path. The registry stays the host's: this class registers meters on it and closes nothing.
 *
 * <pre>{@code
 * MicrometerFlowMetrics metrics = MicrometerFlowMetrics.of(registry);
 * FlowhexApplication app = FlowhexApplication.custom().stores(stores).metrics(metrics).build();
 * }</pre>
 */
public final class MicrometerFlowMetrics implements FlowMetrics {

    private final MeterRegistry registry;
    private final Map<CamsAction, Counter> denials = new EnumMap<>(CamsAction.class);
    private final MeterCache<ActionOutcome, Timer> actions;
    private final MeterCache<RequestOutcome, Timer> requests;
    private final MeterCache<String, Counter> authenticationFailures;
    private final MeterCache<StoreCall, Timer> storeCalls;

    private MicrometerFlowMetrics(MeterRegistry registry) {
        this.registry = registry;
        // every action's denial counter exists from the start, so a dashboard sees 0 rather than no series
        for (CamsAction action : CamsAction.values()) {
            denials.put(action, Counter.builder(MeterNames.QUOTA_DENIALS)
                    .description("Calls refused by the per-account call quota (System.LimitControl)")
                    .tag(MeterNames.TAG_ACTION, action.wireName())
                    .register(registry));
        }
        this.actions = new MeterCache<>(key -> Timer.builder(MeterNames.ACTIONS)
                .description("Calls that reached the application's gate, by action and the code answered")
                .tag(MeterNames.TAG_ACTION, key.action().wireName())
                .tag(MeterNames.TAG_CODE, key.code())
                .register(registry));
        this.requests = new MeterCache<>(key -> Timer.builder(MeterNames.REQUESTS)
                .description("HTTP requests answered, by action, code and HTTP status")
                .tag(MeterNames.TAG_ACTION, key.action())
                .tag(MeterNames.TAG_CODE, key.code())
                .tag(MeterNames.TAG_STATUS, Integer.toString(key.status()))
                .register(registry));
        this.authenticationFailures = new MeterCache<>(reason -> Counter.builder(MeterNames.AUTHENTICATION_FAILURES)
                .description("Requests whose signature or key was refused, by the error code answered")
                .tag(MeterNames.TAG_REASON, reason)
                .register(registry));
        this.storeCalls = new MeterCache<>(key -> Timer.builder(MeterNames.STORE_CALLS)
                .description("Calls of the driven store ports, by store, operation and outcome")
                .tag(MeterNames.TAG_STORE, key.store())
                .tag(MeterNames.TAG_OPERATION, key.operation())
                .tag(MeterNames.TAG_OUTCOME, key.failed() ? "error" : "ok")
                .register(registry));
    }

    /** Registers this adapter's meters on {@code registry} (the host's; it is never closed here). */
    public static MicrometerFlowMetrics of(MeterRegistry registry) {
        return new MicrometerFlowMetrics(Objects.requireNonNull(registry, "registry"));
    }

    public MeterRegistry registry() {
        return registry;
    }

    @Override
    public void actionFinished(CamsAction action, String code, Duration duration) {
        actions.get(new ActionOutcome(action, code)).record(duration);
    }

    @Override
    public void quotaDenied(CamsAction action) {
        denials.get(action).increment();
    }

    @Override
    public void authenticationFailed(String code) {
        authenticationFailures.get(code).increment();
    }

    @Override
    public void storeCallFinished(String store, String operation, Duration duration, boolean failed) {
        storeCalls.get(new StoreCall(store, operation, failed)).record(duration);
    }

    /**
     * One HTTP request answered, as the protocol adapter saw it: {@code action} a served action's name or
     * one of the adapter's own fixed names (never a name a client sent that is not served), {@code code}
     * {@code OK} or the error code, {@code status} the HTTP status. Fits flow-adapter-rest's
     * {@code RequestObserver} as a method reference.
     */
    public void requestAnswered(String action, String code, int status, Duration duration) {
        requests.get(new RequestOutcome(action, code, status)).record(duration);
    }

    private record ActionOutcome(CamsAction action, String code) {
        ActionOutcome {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(code, "code");
        }
    }

    private record RequestOutcome(String action, String code, int status) {
        RequestOutcome {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(code, "code");
        }
    }

    private record StoreCall(String store, String operation, boolean failed) {
        StoreCall {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(operation, "operation");
        }
    }
}
