package io.flowhex.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.preview.SignedPreviewLinks;
import io.flowhex.application.ratelimit.LocalCallQuota;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.principal.RootPrincipal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The application builder")
class FlowhexApplicationBuilderTest {

    private static final String INVALID = "invalid flowhex settings: ";
    private static final AccountId ACCOUNT = new AccountId("1000000000000001");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final byte[] PREVIEW_KEY = "flowhex-preview-signing-key-for-unit-tests".getBytes(StandardCharsets.US_ASCII);

    private final MapStores stores = new MapStores();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Flow flow = TestFlows.draft("926753328126430", ACCOUNT);

    /** A builder that would build: every port, a fixed clock and a fixed preview key. */
    private FlowhexApplication.Builder complete() {
        return FlowhexApplication.custom().stores(stores).clock(clock).previewSigningKey(PREVIEW_KEY);
    }

    private static GetFlowQuery rootAsksFor(Flow flow) {
        return new GetFlowQuery(new RootPrincipal(flow.owner()), flow.id(), Optional.empty(),
                new CallContext(Optional.of("192.0.2.1"), true, new AccessKeyId("LTAI5tExampleKeyId")));
    }

    private static String problemsOf(FlowhexApplication.Builder builder) {
        return catchThrowableOfType(IllegalStateException.class, builder::build).getMessage();
    }

    @Nested
    @DisplayName("with every port and no other setting")
    class Defaults {

        @Test
        @DisplayName("builds an application with the documented defaults")
        void buildsWithDefaults() {
            FlowhexApplication app = FlowhexApplication.custom().stores(stores).build();

            assertThat(app.clock()).isEqualTo(Clock.systemUTC());
            assertThat(app.getFlow()).isNotNull();
            assertThat(app.authenticate()).isNotNull();
            assertThat(app.provision()).isNotNull();
            assertThat(app.health().isHealthy()).isTrue();
        }

        @Test
        @DisplayName("is not changed by setters called on the builder after build()")
        void builtApplicationIsImmutable() {
            FlowhexApplication.Builder builder = complete();
            FlowhexApplication app = builder.build();

            builder.clock(Clock.systemUTC());

            assertThat(app.clock()).isSameAs(clock);
        }
    }

    @Nested
    @DisplayName("with a port missing")
    class MissingPorts {

        @Test
        @DisplayName("names every missing port at once")
        void namesAllMissingPorts() {
            assertThatIllegalStateException().isThrownBy(() -> FlowhexApplication.custom().build())
                    .withMessage(INVALID + "flows is required; accounts is required; accessKeys is required; "
                            + "ramUsers is required; policies is required; nonces is required; "
                            + "storeHealth is required; administration is required");
        }

        static Stream<Arguments> eachPort() {
            return Stream.of(
                    Arguments.of("flows", (UnaryOperator<FlowhexApplication.Builder>) b -> b.flows(null)),
                    Arguments.of("accounts", (UnaryOperator<FlowhexApplication.Builder>) b -> b.accounts(null)),
                    Arguments.of("accessKeys", (UnaryOperator<FlowhexApplication.Builder>) b -> b.accessKeys(null)),
                    Arguments.of("ramUsers", (UnaryOperator<FlowhexApplication.Builder>) b -> b.ramUsers(null)),
                    Arguments.of("policies", (UnaryOperator<FlowhexApplication.Builder>) b -> b.policies(null)),
                    Arguments.of("nonces", (UnaryOperator<FlowhexApplication.Builder>) b -> b.nonces(null)),
                    Arguments.of("storeHealth", (UnaryOperator<FlowhexApplication.Builder>) b -> b.storeHealth(null)),
                    Arguments.of("administration",
                            (UnaryOperator<FlowhexApplication.Builder>) b -> b.administration(null)),
                    Arguments.of("clock", (UnaryOperator<FlowhexApplication.Builder>) b -> b.clock(null)));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("eachPort")
        @DisplayName("names the one that is missing and nothing else")
        void namesTheMissingPort(String name, UnaryOperator<FlowhexApplication.Builder> unset) {
            assertThat(problemsOf(unset.apply(complete()))).isEqualTo(INVALID + name + " is required");
        }
    }

    @Nested
    @DisplayName("with a setting out of range")
    class BadSettings {

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {0, -1, 100_001})
        @DisplayName("names a default QPS outside 1 to 100000")
        void badDefaultQps(int qps) {
            assertThat(problemsOf(complete().defaultQps(qps))).isEqualTo(INVALID + "defaultQps must be 1 to 100000");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"PT0S", "-PT1S", "PT1H0.000000001S", "PT2H"})
        @DisplayName("names a signature tolerance that is not more than 0 and at most 1 hour")
        void badTolerance(String tolerance) {
            assertThat(problemsOf(complete().signatureTolerance(Duration.parse(tolerance))))
                    .isEqualTo(INVALID + "signatureTolerance must be more than 0 and at most 1 hour");
        }

        @Test
        @DisplayName("names a missing signature tolerance")
        void missingTolerance() {
            assertThat(problemsOf(complete().signatureTolerance(null)))
                    .isEqualTo(INVALID + "signatureTolerance must be more than 0 and at most 1 hour");
        }

        @Test
        @DisplayName("accepts the extreme settings that are still in range")
        void extremesInRange() {
            assertThat(complete().defaultQps(1).signatureTolerance(Duration.ofNanos(1)).policyCacheSize(1).build())
                    .isNotNull();
            assertThat(complete().defaultQps(100_000).signatureTolerance(Duration.ofHours(1)).build()).isNotNull();
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(ints = {0, -1})
        @DisplayName("names a policy cache size below one")
        void badPolicyCacheSize(int size) {
            assertThat(problemsOf(complete().policyCacheSize(size))).isEqualTo(INVALID + "policyCacheSize must be positive");
        }

        @Test
        @DisplayName("passes on the preview issuer's own refusal of its key or base URL")
        void badPreviewSettings() {
            assertThat(problemsOf(complete().previewSigningKey(new byte[31])))
                    .isEqualTo(INVALID + "preview signing key must have at least 32 bytes");
            assertThat(problemsOf(complete().previewBaseUrl(URI.create("https://preview.example.com/?a=1"))))
                    .isEqualTo(INVALID + "preview base URL must be an absolute http(s) URL without query");
        }

        @Test
        @DisplayName("names every problem at once")
        void namesAllProblems() {
            assertThat(problemsOf(complete().flows(null).defaultQps(0).policyCacheSize(0)))
                    .isEqualTo(INVALID + "flows is required; defaultQps must be 1 to 100000; "
                            + "policyCacheSize must be positive");
        }
    }

    @Nested
    @DisplayName("building twice")
    class BuildingTwice {

        private FlowhexApplication.Builder oneCallPerSecond() {
            stores.accounts().save(Account.subscribed(ACCOUNT, Set.of()));
            stores.flows().save(flow);
            return complete().defaultQps(1);
        }

        @Test
        @DisplayName("gives each application its own rate limiter")
        void independentLimiters() {
            FlowhexApplication.Builder builder = oneCallPerSecond();
            FlowhexApplication first = builder.build();
            FlowhexApplication second = builder.build();

            assertThat(first.getFlow().getFlow(rootAsksFor(flow)).flowId()).isEqualTo(flow.id());
            FlowApiException refused = catchThrowableOfType(FlowApiException.class,
                    () -> first.getFlow().getFlow(rootAsksFor(flow)));

            assertThat(refused.errorCode()).isEqualTo(ErrorCode.LIMIT_CONTROL);
            assertThat(refused.code()).isEqualTo("System.LimitControl");
            assertThat(second.getFlow().getFlow(rootAsksFor(flow)).flowId()).isEqualTo(flow.id());
        }

        @Test
        @DisplayName("shares one limiter between applications only when it is handed in")
        void sharedLimiterWhenGiven() {
            FlowhexApplication.Builder builder = oneCallPerSecond().callQuota(LocalCallQuota.create(clock));
            FlowhexApplication first = builder.build();
            FlowhexApplication second = builder.build();

            assertThat(first.getFlow().getFlow(rootAsksFor(flow)).flowId()).isEqualTo(flow.id());

            assertThat(catchThrowableOfType(FlowApiException.class, () -> second.getFlow().getFlow(rootAsksFor(flow)))
                    .code()).isEqualTo("System.LimitControl");
        }

        @Test
        @DisplayName("signs previews with a copy of the key taken when it was set")
        void copiesPreviewKey() {
            byte[] key = PREVIEW_KEY.clone();
            FlowhexApplication.Builder builder = oneCallPerSecond().previewSigningKey(key);
            key[0] ^= 0x7f;

            FlowDetails details = builder.build().getFlow().getFlow(rootAsksFor(flow));

            assertThat(details.preview()).isEqualTo(SignedPreviewLinks.create(
                    FlowhexApplication.DEFAULT_PREVIEW_BASE_URL, PREVIEW_KEY, SignedPreviewLinks.DEFAULT_VALIDITY)
                    .issue(flow, NOW));
        }
    }
}
