package io.flowhex.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.application.port.in.AuthenticationException;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.SignatureScheme;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The application's metrics")
class FlowMetricsReportingTest {

    private static final AccountId ACCOUNT = new AccountId("1000000000000001");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    /** What the port was told, as text: one line per call, durations left out. */
    private static final class Recorder implements FlowMetrics {
        final List<String> actions = new CopyOnWriteArrayList<>();
        final List<String> denials = new CopyOnWriteArrayList<>();
        final List<String> authentication = new CopyOnWriteArrayList<>();
        final List<String> storeCalls = new CopyOnWriteArrayList<>();
        final List<Duration> durations = new CopyOnWriteArrayList<>();

        @Override
        public void actionFinished(CamsAction action, String code, Duration duration) {
            actions.add(action.wireName() + " " + code);
            durations.add(duration);
        }

        @Override
        public void quotaDenied(CamsAction action) {
            denials.add(action.wireName());
        }

        @Override
        public void authenticationFailed(String code) {
            authentication.add(code);
        }

        @Override
        public void storeCallFinished(String store, String operation, Duration duration, boolean failed) {
            storeCalls.add(store + "." + operation + (failed ? " failed" : ""));
            durations.add(duration);
        }
    }

    private final MapStores stores = new MapStores();
    private final Recorder metrics = new Recorder();
    private final Flow flow = TestFlows.draft("926753328126430", ACCOUNT);

    private FlowhexApplication app(int qps) {
        stores.accounts().save(Account.subscribed(ACCOUNT, Set.of(new SpaceId("cams-abc"))));
        stores.flows().save(flow);
        return FlowhexApplication.custom().stores(stores).clock(Clock.fixed(NOW, ZoneOffset.UTC)).defaultQps(qps)
                .metrics(metrics).build();
    }

    private static GetFlowQuery getFlow(String flowId) {
        return new GetFlowQuery(new RootPrincipal(ACCOUNT), FlowId.of(flowId), Optional.empty(),
                new CallContext(Optional.of("192.0.2.1"), true, new AccessKeyId("LTAI5tExampleKeyId")));
    }

    @Test
    @DisplayName("reports each action once with OK or its error code, and each quota denial")
    void actionsAndDenials() {
        FlowhexApplication app = app(2);

        app.getFlow().getFlow(getFlow(flow.id().value()));
        assertThatThrownBy(() -> app.getFlow().getFlow(getFlow("999999999999999")))
                .isInstanceOf(FlowApiException.class);
        assertThat(catchThrowableOfType(FlowApiException.class, () -> app.getFlow().getFlow(getFlow(flow.id().value())))
                .code()).isEqualTo("System.LimitControl");

        assertThat(metrics.actions).containsExactly("GetFlow OK", "GetFlow Unknown.ResourceOwnerId",
                "GetFlow System.LimitControl");
        assertThat(metrics.denials).containsExactly("GetFlow");
        assertThat(metrics.durations).allSatisfy(d -> assertThat(d.isNegative()).isFalse());
    }

    @Test
    @DisplayName("times every store call by store and operation, through the decorated ports")
    void storeCalls() {
        FlowhexApplication app = app(5);

        app.getFlow().getFlow(getFlow(flow.id().value()));
        app.health().isHealthy();

        assertThat(metrics.storeCalls).startsWith("accounts.findById").contains("flows.findById")
                .endsWith("health.isAvailable");
        assertThat(metrics.storeCalls).noneMatch(call -> call.endsWith("failed"));
    }

    @Test
    @DisplayName("times no store call of stores in process (the in-memory ones), unless told to; actions are reported alike")
    void inProcessStoresAreNotTimed() {
        stores.inProcess(true);
        FlowhexApplication untimed = app(5);
        untimed.getFlow().getFlow(getFlow(flow.id().value()));

        assertThat(metrics.storeCalls).isEmpty();
        assertThat(metrics.actions).containsExactly("GetFlow OK");

        FlowhexApplication timed = FlowhexApplication.custom().stores(stores).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .metrics(metrics).timeStoreCalls(true).build();
        timed.getFlow().getFlow(getFlow(flow.id().value()));

        assertThat(metrics.storeCalls).contains("accounts.findById", "flows.findById");

        // a port replaced singly may be a database's: the stores' word no longer covers it
        metrics.storeCalls.clear();
        FlowhexApplication replaced = FlowhexApplication.custom().stores(stores).flows(stores.flows())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).metrics(metrics).build();
        replaced.getFlow().getFlow(getFlow(flow.id().value()));

        assertThat(metrics.storeCalls).contains("flows.findById");
    }

    @Test
    @DisplayName("reports a store that did not answer as ServiceUnavailable and its call as failed")
    void storeUnavailable() {
        FlowhexApplication app = FlowhexApplication.custom().stores(stores).metrics(metrics)
                .accounts(new AccountRepository() {
                    @Override
                    public Optional<Account> findById(AccountId id) {
                        throw new StoreUnavailableException("down");
                    }

                    @Override
                    public void save(Account account) {
                        throw new StoreUnavailableException("down");
                    }
                }).build();

        assertThat(catchThrowableOfType(FlowApiException.class, () -> app.getFlow().getFlow(getFlow(flow.id().value())))
                .code()).isEqualTo("ServiceUnavailable");

        assertThat(metrics.actions).containsExactly("GetFlow ServiceUnavailable");
        assertThat(metrics.storeCalls).containsExactly("accounts.findById failed");
    }

    @Test
    @DisplayName("reports an authentication failure by its code, and a store outage there as none")
    void authenticationFailures() {
        FlowhexApplication app = app(5);
        AuthenticationRequest unknownKey = new AuthenticationRequest("LTAI5tNoSuchKey", SignatureScheme.ACS3_HMAC_SHA256,
                List.of("ACS3-HMAC-SHA256\nhash"), "00", "2026-01-01T00:00:00Z", "nonce-1");
        AuthenticationRequest badTime = new AuthenticationRequest("LTAI5tNoSuchKey", SignatureScheme.ACS3_HMAC_SHA256,
                List.of("ACS3-HMAC-SHA256\nhash"), "00", "yesterday", "nonce-2");

        assertThatThrownBy(() -> app.authenticate().authenticate(unknownKey)).isInstanceOf(AuthenticationException.class);
        assertThatThrownBy(() -> app.authenticate().authenticate(badTime)).isInstanceOf(AuthenticationException.class);

        assertThat(metrics.authentication).containsExactly("InvalidAccessKeyId.NotFound", "InvalidTimeStamp.Format");
        assertThat(metrics.actions).isEmpty();
    }
}
