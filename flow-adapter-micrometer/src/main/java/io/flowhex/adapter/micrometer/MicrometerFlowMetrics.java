package io.flowhex.adapter.micrometer;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.out.FlowMetrics.StoreCallRecorder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * {@link FlowMetrics} on a Micrometer {@link MeterRegistry}, and the HTTP request timer
 * ({@link #requestAnswered}) a protocol adapter reports to. Thread-safe; never throws on the request
 * path. The registry stays the host's: this class registers meters on it and closes nothing; one instance
 * per registry. The three timers keep count and total time (function timers, {@code _count} and
 * {@code _sum} in Prometheus), no decaying maximum: a maximum reads the wall clock on every record, and
 * with six records per GetFlow those reads alone cost more than issue 15's budget of 5% (ADR 0012).
 *
 * <pre>{@code
 * MicrometerFlowMetrics metrics = MicrometerFlowMetrics.of(registry);
 * FlowhexApplication app = FlowhexApplication.custom().stores(stores).metrics(metrics).build();
 * }</pre>
 */
public final class MicrometerFlowMetrics implements FlowMetrics {

    private final MeterRegistry registry;
    private final Map<CamsAction, Counter> denials = new EnumMap<>(CamsAction.class);
    private final MeterCache<ActionOutcome, CountedTime> actions;
    private final MeterCache<RequestOutcome, CountedTime> requests;
    private final MeterCache<String, Counter> authenticationFailures;
    private final MeterCache<StoreCall, CountedTime> storeCalls;

    private MicrometerFlowMetrics(MeterRegistry registry) {
        this.registry = registry;
        // every action's denial counter exists from the start, so a dashboard sees 0 rather than no series
        for (CamsAction action : CamsAction.values()) {
            denials.put(action, Counter.builder(MeterNames.QUOTA_DENIALS)
                    .description("Calls refused by the per-account call quota (System.LimitControl)")
                    .tag(MeterNames.TAG_ACTION, action.wireName())
                    .register(registry));
        }
        this.actions = new MeterCache<>(key -> counted(MeterNames.ACTIONS, Tags.of(
                MeterNames.TAG_ACTION, key.action().wireName(), MeterNames.TAG_CODE, key.code()),
                "Calls that reached the application's gate, by action and the code answered"));
        this.requests = new MeterCache<>(key -> counted(MeterNames.REQUESTS, Tags.of(
                MeterNames.TAG_ACTION, key.action(), MeterNames.TAG_CODE, key.code(),
                MeterNames.TAG_STATUS, Integer.toString(key.status())),
                "HTTP requests answered, by action, code and HTTP status"));
        this.authenticationFailures = new MeterCache<>(reason -> Counter.builder(MeterNames.AUTHENTICATION_FAILURES)
                .description("Requests whose signature or key was refused, by the error code answered")
                .tag(MeterNames.TAG_REASON, reason)
                .register(registry));
        this.storeCalls = new MeterCache<>(key -> counted(MeterNames.STORE_CALLS, Tags.of(
                MeterNames.TAG_STORE, key.store(), MeterNames.TAG_OPERATION, key.operation(),
                MeterNames.TAG_OUTCOME, key.failed() ? "error" : "ok"),
                "Calls of the driven store ports, by store, operation and outcome"));
    }

    /**
     * A function timer (count and total, no maximum) on state this adapter keeps: the registry holds the
     * state only weakly, the cache holds it for good. Another MicrometerFlowMetrics on the same registry
     * would find these ids taken and its records would not be seen: one per registry.
     */
    private CountedTime counted(String name, Tags tags, String description) {
        CountedTime state = new CountedTime();
        FunctionTimer.builder(name, state, CountedTime::count, CountedTime::totalNanos, TimeUnit.NANOSECONDS)
                .description(description).tags(tags).register(registry);
        return state;
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
     * The operation's two timers (ok and error), each looked up on its first record and kept: the request
     * path then records a store call with no lookup, key or boxed duration.
     */
    @Override
    public StoreCallRecorder storeCalls(String store, String operation) {
        return new StoreCallTimers(new StoreCall(store, operation, false), new StoreCall(store, operation, true));
    }

    private final class StoreCallTimers implements StoreCallRecorder {
        /** The ok and the error key, indexed by {@code failed}. */
        private final StoreCall[] keys;
        // racing first records find the same meter in the cache, and a CountedTime's fields are final, so
        // one read through a plain array slot without ordering is safe
        private final CountedTime[] meters = new CountedTime[2];

        StoreCallTimers(StoreCall okKey, StoreCall errorKey) {
            this.keys = new StoreCall[] {okKey, errorKey};
        }

        @Override
        public void finished(long nanos, boolean failed) {
            int outcome = failed ? 1 : 0;
            CountedTime meter = meters[outcome];
            if (meter == null) {
                meter = storeCalls.get(keys[outcome]);
                meters[outcome] = meter;
            }
            meter.record(nanos);
        }
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
