package io.flowhex.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.jdbc.JdbcStoreOptions;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.PublishableVersions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

@DisplayName("the flowhex.* properties")
class FlowhexPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FlowhexAutoConfiguration.class))
            .withPropertyValues("flowhex.server.port=0");

    @Test
    @DisplayName("bind in Spring's relaxed forms and reach the components they configure")
    void bound() {
        runner.withPropertyValues("flowhex.default-qps=7", "flowhex.action-qps.CreateFlow=2",
                "flowhex.signature-tolerance=5m", "flowhex.edit-published=refuse",
                "flowhex.publishable-versions=7.0,7.1", "flowhex.links.preview-validity=2d",
                "flowhex.jdbc.history-table=app_flowhex_history", "flowhex.jdbc.schema-on-start=validate",
                "flowhex.server.max-threads=12", "flowhex.server.trusted-proxies=10.0.0.0/8,192.0.2.1",
                "flowhex.server.host-id=cams.cn-hangzhou.aliyuncs.com", "flowhex.server.request-timeout=3s",
                "flowhex.asset-fetch.allowed-hosts=files.example.com,*.example.org",
                "flowhex.asset-fetch.allow-private-addresses=false").run(context -> {
                    FlowhexProperties properties = context.getBean(FlowhexProperties.class);
                    RestSettings rest = context.getBean(RestSettings.class);
                    JdbcStoreOptions jdbc = SettingsMapping.jdbc(properties.getJdbc());

                    assertThat(properties.getDefaultQps()).isEqualTo(7);
                    assertThat(SettingsMapping.action(properties.getActionQps().keySet().iterator().next()))
                            .map(a -> a.wireName()).contains("CreateFlow");
                    assertThat(properties.getSignatureTolerance()).isEqualTo(Duration.ofMinutes(5));
                    assertThat(properties.getEditPublished()).isEqualTo(EditPublishedRule.REFUSE);
                    assertThat(properties.getPublishableVersions()).containsExactly("7.0", "7.1");
                    assertThat(properties.getLinks().getPreviewValidity()).isEqualTo(Duration.ofDays(2));
                    assertThat(jdbc.historyTable()).isEqualTo("app_flowhex_history");
                    assertThat(jdbc.schemaOnStart()).isEqualTo(JdbcStoreOptions.SchemaOnStart.VALIDATE);
                    assertThat(rest.maxThreads()).isEqualTo(12);
                    assertThat(rest.trustedProxies()).containsExactly("10.0.0.0/8", "192.0.2.1");
                    assertThat(rest.hostId()).isEqualTo("cams.cn-hangzhou.aliyuncs.com");
                    assertThat(rest.requestTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(SettingsMapping.fetch(properties.getAssetFetch()).allowedHosts())
                            .isEqualTo(List.of("files.example.com", "*.example.org"));
                    assertThat(SettingsMapping.fetch(properties.getAssetFetch()).allowPrivateAddresses()).isFalse();
                });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "flowhex.default-qps            | 0                     | must be 1 to 100000",
        "flowhex.action-qps.NoSuchThing | 3                     | has no action NoSuchThing; the actions are GetFlow",
        "flowhex.action-qps.CreateFlow  | 0                     | must be 1 to 100000",
        "flowhex.signature-tolerance    | 2h                    | must be more than 0 and at most 1 hour",
        "flowhex.policy-cache-size      | 0                     | must be positive",
        "flowhex.publishable-versions   | seven                 | version is dotted numbers such as 3.0",
        "flowhex.links.preview-validity | 0s                    | ",
        "flowhex.asset-fetch.max-bytes  | 0                     | must be 1 to 10485760, was 0",
        "flowhex.jdbc.history-table     | flyway_schema_history | must not be flyway_schema_history",
        "flowhex.jdbc.account-cache-ttl | 2m                    | must be 0 to PT1M",
        "flowhex.memory.max-nonces-per-key | 0                  | ",
        "flowhex.server.shutdown-timeout | 11m                 | must be 0 to 10 minutes",
        "flowhex.server.host            | 'host name'           | must be a host name or IP address",
        "flowhex.server.port            | 70000                 | must be 0 to 65535",
        "flowhex.server.max-threads     | 2                     | must be 8 to 10000, was 2",
        "flowhex.server.trusted-proxies | not-an-ip             | ",
        "flowhex.server.host-id         | no spaces             | must be a host name",
    })
    @DisplayName("stop the start with one message naming the property and what is wrong with its value")
    void invalid(String property, String value, String reason) {
        runner.withPropertyValues(property + "=" + value).run(context -> {
            assertThat(context).hasFailed();
            String message = FlowhexAutoConfigurationTest.rootCause(context.getStartupFailure()).getMessage();
            assertThat(message).contains(property + (reason == null ? "" : " " + reason));
        });
    }

    @Test
    @DisplayName("default to the components' own defaults: the endpoint's RestSettings and the publishable versions")
    void defaultsAreTheComponents() {
        FlowhexProperties defaults = new FlowhexProperties();

        assertThat(SettingsMapping.rest(defaults.getServer())).isEqualTo(RestSettings.ofDefaults());
        assertThat(PublishableVersions.of(defaults.getPublishableVersions().toArray(String[]::new)))
                .isEqualTo(PublishableVersions.ofDefaults());
    }

    @Test
    @DisplayName("refuse a short link signing key without printing it")
    void secretNotShown() {
        runner.withPropertyValues("flowhex.links.signing-key=tooShortSecret").run(context -> {
            assertThat(context).hasFailed();
            String message = FlowhexAutoConfigurationTest.rootCause(context.getStartupFailure()).getMessage();
            assertThat(message).contains("flowhex.links.signing-key must be at least 32 characters")
                    .doesNotContain("tooShortSecret");
        });
    }

    @Test
    @DisplayName("refuse a value of the wrong type through Spring's own binding, naming the property")
    void wrongType() {
        runner.withPropertyValues("flowhex.server.max-threads=many").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("flowhex.server.max-threads");
        });
    }
}
