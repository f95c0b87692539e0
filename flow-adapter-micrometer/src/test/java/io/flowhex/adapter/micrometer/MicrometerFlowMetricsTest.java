package io.flowhex.adapter.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.out.FlowMetrics.StoreCallRecorder;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MicrometerFlowMetrics")
class MicrometerFlowMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerFlowMetrics metrics = MicrometerFlowMetrics.of(registry);

    @Test
    @DisplayName("times each action by its wire name and code, one series per pair")
    void actions() {
        metrics.actionFinished(CamsAction.GET_FLOW, "OK", Duration.ofMillis(3));
        metrics.actionFinished(CamsAction.GET_FLOW, "OK", Duration.ofMillis(5));
        metrics.actionFinished(CamsAction.GET_FLOW, "Unknown.ResourceOwnerId", Duration.ofMillis(1));
        metrics.actionFinished(CamsAction.GET_FLOW_JSON_ASSET, "OK", Duration.ofMillis(2));

        FunctionTimer ok = registry.get(MeterNames.ACTIONS).tag("action", "GetFlow").tag("code", "OK").functionTimer();
        assertThat(ok.count()).isEqualTo(2.0);
        assertThat(ok.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(8.0);
        assertThat(registry.get(MeterNames.ACTIONS).tag("code", "Unknown.ResourceOwnerId").functionTimer().count())
                .isEqualTo(1.0);
        // CAMS's own spelling of the action, not the enum constant
        assertThat(registry.get(MeterNames.ACTIONS).tag("action", "GetFlowJSONAssest").functionTimer().count())
                .isEqualTo(1.0);
        assertThat(registry.find(MeterNames.ACTIONS).functionTimers()).hasSize(3);
    }

    @Test
    @DisplayName("times HTTP requests by action, code and status")
    void requests() {
        metrics.requestAnswered("ListFlow", "OK", 200, Duration.ofMillis(4));
        metrics.requestAnswered("ListFlow", "System.LimitControl", 400, Duration.ofMillis(1));
        metrics.requestAnswered("ListFlow", "System.LimitControl", 400, Duration.ofMillis(1));

        FunctionTimer limited = registry.get(MeterNames.REQUESTS).tag("action", "ListFlow")
                .tag("code", "System.LimitControl").tag("status", "400").functionTimer();
        assertThat(limited.count()).isEqualTo(2.0);
        assertThat(registry.get(MeterNames.REQUESTS).tag("status", "200").functionTimer()
                .totalTime(TimeUnit.MILLISECONDS)).isEqualTo(4.0);
    }

    @Test
    @DisplayName("has a denial counter for every action from the start, and counts denials per action")
    void denials() {
        assertThat(registry.find(MeterNames.QUOTA_DENIALS).counters()).hasSize(CamsAction.values().length);

        metrics.quotaDenied(CamsAction.CREATE_FLOW);
        metrics.quotaDenied(CamsAction.CREATE_FLOW);

        assertThat(registry.get(MeterNames.QUOTA_DENIALS).tag("action", "CreateFlow").counter().count()).isEqualTo(2.0);
        assertThat(registry.get(MeterNames.QUOTA_DENIALS).tag("action", "GetFlow").counter().count()).isZero();
    }

    @Test
    @DisplayName("counts authentication failures by reason")
    void authenticationFailures() {
        metrics.authenticationFailed("SignatureDoesNotMatch");
        metrics.authenticationFailed("SignatureDoesNotMatch");
        metrics.authenticationFailed("InvalidAccessKeyId.NotFound");

        Counter mismatch = registry.get(MeterNames.AUTHENTICATION_FAILURES).tag("reason", "SignatureDoesNotMatch").counter();
        assertThat(mismatch.count()).isEqualTo(2.0);
        assertThat(registry.get(MeterNames.AUTHENTICATION_FAILURES).tag("reason", "InvalidAccessKeyId.NotFound")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("times store calls by store, operation and outcome")
    void storeCalls() {
        metrics.storeCallFinished("flows", "findById", Duration.ofNanos(700), false);
        metrics.storeCallFinished("flows", "findById", Duration.ofNanos(300), false);
        metrics.storeCallFinished("flows", "findById", Duration.ofMillis(250), true);

        FunctionTimer ok = registry.get(MeterNames.STORE_CALLS).tag("store", "flows").tag("operation", "findById")
                .tag("outcome", "ok").functionTimer();
        assertThat(ok.count()).isEqualTo(2.0);
        assertThat(ok.totalTime(TimeUnit.NANOSECONDS)).isEqualTo(1_000.0);
        assertThat(registry.get(MeterNames.STORE_CALLS).tag("outcome", "error").functionTimer().count()).isEqualTo(1.0);
    }

    @Test
    @DisplayName("an operation's resolved recorder records into the same series as storeCallFinished, each outcome registered on its first record")
    void resolvedStoreCallRecorder() {
        StoreCallRecorder findById = metrics.storeCalls("flows", "findById");
        assertThat(registry.find(MeterNames.STORE_CALLS).functionTimers()).as("nothing registered before a record").isEmpty();

        findById.finished(700, false);
        metrics.storeCallFinished("flows", "findById", Duration.ofNanos(300), false);
        findById.finished(250, true);
        findById.finished(50, true);

        FunctionTimer ok = registry.get(MeterNames.STORE_CALLS).tag("store", "flows").tag("operation", "findById")
                .tag("outcome", "ok").functionTimer();
        assertThat(ok.count()).isEqualTo(2.0);
        assertThat(ok.totalTime(TimeUnit.NANOSECONDS)).isEqualTo(1_000.0);
        FunctionTimer error = registry.get(MeterNames.STORE_CALLS).tag("outcome", "error").functionTimer();
        assertThat(error.count()).isEqualTo(2.0);
        assertThat(error.totalTime(TimeUnit.NANOSECONDS)).isEqualTo(300.0);
        assertThat(registry.find(MeterNames.STORE_CALLS).functionTimers()).hasSize(2);
    }

    @Test
    @DisplayName("registers on the registry it was given and refuses none")
    void registry() {
        assertThat(metrics.registry()).isSameAs(registry);
        assertThatThrownBy(() -> MicrometerFlowMetrics.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("registry");
    }
}
