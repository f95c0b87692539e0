package io.flowhex.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import io.flowhex.adapter.micrometer.MicrometerFlowMetrics;
import io.flowhex.adapter.rest.RequestObserver;
import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.jdbc.JdbcCallQuotaOptions;
import io.flowhex.adapter.jdbc.JdbcFlowStore;
import io.flowhex.adapter.jdbc.JdbcStoreOptions;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.out.FlowJsonSource;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.StoreHealth;
import io.flowhex.testkit.ForwardingStores;
import io.flowhex.testkit.InMemoryFlowJsonSource;
import io.flowhex.testkit.MutableClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

@DisplayName("the flowhex auto-configuration")
class FlowhexAutoConfigurationTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    /** No DataSource, no endpoint: the application alone. */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FlowhexAutoConfiguration.class,
                    FlowhexHealthAutoConfiguration.class, FlowhexMetricsAutoConfiguration.class))
            .withPropertyValues("flowhex.server.enabled=false");

    /** With Boot's DataSource on an H2 database of its own. */
    private ApplicationContextRunner withDataSource() {
        return runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:host" + DATABASES.incrementAndGet()
                        + ";DB_CLOSE_DELAY=-1");
    }

    private ApplicationContextRunner withEndpoint() {
        return runner.withPropertyValues("flowhex.server.enabled=true", "flowhex.server.port=0");
    }

    @Nested
    @DisplayName("stores")
    class Stores {

        @Test
        @DisplayName("are in memory when the application has no DataSource")
        void memoryWithoutDataSource() {
            runner.run(context -> {
                assertThat(context).hasSingleBean(FlowhexApplication.class);
                assertThat(context.getBean(FlowhexStores.class)).isInstanceOf(InMemoryStores.class);
            });
        }

        @Test
        @DisplayName("are JDBC on the application's DataSource, migrated under flowhex's own history table and no other")
        void jdbcOnTheDataSource() {
            withDataSource().run(context -> {
                assertThat(context.getBean(FlowhexStores.class)).isInstanceOf(JdbcFlowStore.class);
                DataSource dataSource = context.getBean(DataSource.class);
                Tenant tenant = Tenant.provision(context.getBean(FlowhexApplication.class).provision());

                assertThat(rows(dataSource, "flowhex_schema_history")).isPositive();
                assertThat(tableExists(dataSource, "flyway_schema_history")).isFalse();
                // the data is in the host's database: another store on it, which only validates, finds it
                JdbcFlowStore other = JdbcFlowStore.create(dataSource,
                        JdbcStoreOptions.custom().schemaOnStart(JdbcStoreOptions.SchemaOnStart.VALIDATE).build());
                assertThat(other.accounts().findById(tenant.account())).isPresent();
            });
        }

        @Test
        @DisplayName("record their migrations in flowhex.jdbc.history-table when it is set")
        void historyTableProperty() {
            withDataSource().withPropertyValues("flowhex.jdbc.history-table=orders_flowhex_history").run(context -> {
                DataSource dataSource = context.getBean(DataSource.class);

                assertThat(rows(dataSource, "orders_flowhex_history")).isPositive();
                assertThat(tableExists(dataSource, "flowhex_schema_history")).isFalse();
            });
        }

        @Test
        @DisplayName("stay in memory beside a DataSource when flowhex.store=memory")
        void memoryByChoice() {
            withDataSource().withPropertyValues("flowhex.store=memory").run(context -> {
                assertThat(context.getBean(FlowhexStores.class)).isInstanceOf(InMemoryStores.class);
                assertThat(tableExists(context.getBean(DataSource.class), "flowhex_schema_history")).isFalse();
            });
        }

        @Test
        @DisplayName("stop the start when flowhex.store=jdbc and there is no DataSource, saying so")
        void jdbcWithoutDataSource() {
            runner.withPropertyValues("flowhex.store=jdbc").run(context -> {
                assertThat(context).hasFailed();
                assertThat(rootCause(context.getStartupFailure()))
                        .hasMessage("flowhex.store is jdbc, but the application has no single DataSource bean");
            });
        }
    }

    @Nested
    @DisplayName("the call quota")
    class Quota {

        private static final String LIST_PAGE = "{\"Index\":1,\"Size\":5}";

        /** Rows of the shared quota's table after one ListFlow through the endpoint: none while the quota is local. */
        private int quotaRowsAfterOneCall(ConfigurableApplicationContext context) throws SQLException {
            Tenant tenant = Tenant.provision(context.getBean(FlowhexApplication.class).provision());
            new TeaCalls("127.0.0.1:" + context.getBean(FlowhexEndpoint.class).port(), tenant)
                    .call("ListFlow", Map.of("Page", LIST_PAGE));
            // unquoted: H2 keeps the name as the migration wrote it, upper-cased
            try (Connection connection = context.getBean(DataSource.class).getConnection();
                    ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM flowhex_call_quota")) {
                rows.next();
                return rows.getInt(1);
            }
        }

        @Test
        @DisplayName("is this instance's own on H2 by default: the database's quota table stays empty")
        void localOnH2() {
            withDataSource().withPropertyValues("flowhex.server.enabled=true", "flowhex.server.port=0")
                    .run(context -> assertThat(quotaRowsAfterOneCall(context)).isZero());
        }

        @Test
        @DisplayName("is shared through the database with flowhex.quota=shared: the call is counted in its table")
        void sharedByChoice() {
            withDataSource().withPropertyValues("flowhex.server.enabled=true", "flowhex.server.port=0",
                    "flowhex.quota=shared", "flowhex.quota-failure=fail-open")
                    .run(context -> {
                        assertThat(context.getBean(FlowhexProperties.class).getQuotaFailure())
                                .isEqualTo(JdbcCallQuotaOptions.WhenUnavailable.FAIL_OPEN);
                        assertThat(quotaRowsAfterOneCall(context)).isEqualTo(1);
                    });
        }

        @Test
        @DisplayName("is shared by default on PostgreSQL, the database several instances of the host share")
        void sharedOnPostgres() throws IOException {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
                runner.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class))
                        .withPropertyValues("spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                                "spring.datasource.username=postgres", "flowhex.server.enabled=true",
                                "flowhex.server.port=0")
                        .run(context -> assertThat(quotaRowsAfterOneCall(context)).isEqualTo(1));
            }
        }

        @Test
        @DisplayName("stops the start when flowhex.quota=shared and the stores are in memory, saying why")
        void sharedNeedsADataSource() {
            runner.withPropertyValues("flowhex.quota=shared").run(context -> {
                assertThat(context).hasFailed();
                assertThat(rootCause(context.getStartupFailure())).hasMessage(
                        "flowhex.quota is shared, but the stores are not on a DataSource: the quota is shared through the database");
            });
        }
    }

    @Nested
    @DisplayName("backs off")
    class BacksOff {

        @Test
        @DisplayName("when the application defines its own FlowhexApplication")
        void ownApplication() {
            FlowhexApplication own = FlowhexApplication.custom().stores(InMemoryStores.create()).build();
            runner.withBean(FlowhexApplication.class, () -> own).run(context ->
                    assertThat(context.getBean(FlowhexApplication.class)).isSameAs(own));
        }

        @Test
        @DisplayName("when the application defines its own stores, which the application then uses")
        void ownStores() {
            InMemoryStores own = InMemoryStores.create();
            withDataSource().withBean(FlowhexStores.class, () -> own).run(context -> {
                Tenant tenant = Tenant.provision(context.getBean(FlowhexApplication.class).provision());

                assertThat(context.getBean(FlowhexStores.class)).isSameAs(own);
                assertThat(own.accounts().findById(tenant.account())).isPresent();
                assertThat(tableExists(context.getBean(DataSource.class), "flowhex_schema_history")).isFalse();
            });
        }

        @Test
        @DisplayName("when the application defines its own Flow JSON source, its handler or its REST settings")
        void ownParts() {
            InMemoryFlowJsonSource files = new InMemoryFlowJsonSource();
            RestSettings rest = RestSettings.custom().maxThreads(9).build();
            withEndpoint().withBean(FlowJsonSource.class, () -> files).withBean(RestSettings.class, () -> rest)
                    .run(context -> {
                        assertThat(context.getBean(FlowJsonSource.class)).isSameAs(files);
                        assertThat(context.getBean(CamsRpcHandler.class).settings()).isSameAs(rest);
                    });
            runner.withPropertyValues("flowhex.asset-fetch.enabled=false").run(context ->
                    assertThat(context).doesNotHaveBean(FlowJsonSource.class).hasSingleBean(FlowhexApplication.class));
        }

        @Test
        @DisplayName("entirely with flowhex.enabled=false, and serves no endpoint with flowhex.server.enabled=false")
        void switchedOff() {
            runner.withPropertyValues("flowhex.enabled=false").run(context ->
                    assertThat(context).doesNotHaveBean(FlowhexApplication.class)
                            .doesNotHaveBean(FlowhexProperties.class).doesNotHaveBean(FlowhexStores.class));
            runner.run(context -> assertThat(context).hasSingleBean(FlowhexApplication.class)
                    .doesNotHaveBean(FlowhexEndpoint.class).doesNotHaveBean(FlowhexEndpointBinding.class)
                    .doesNotHaveBean(CamsRpcHandler.class));
        }

        @Test
        @DisplayName("lets customizers set what is an object rather than a value, such as the clock")
        void customizer() {
            MutableClock clock = MutableClock.at(Instant.parse("2030-01-02T03:04:05Z"));
            runner.withBean(FlowhexApplicationCustomizer.class, () -> builder -> builder.clock(clock)).run(context ->
                    assertThat(context.getBean(FlowhexApplication.class).clock()).isSameAs(clock));
        }
    }

    @Nested
    @DisplayName("the CAMS endpoint")
    class Endpoint {

        @Test
        @DisplayName("is served on its own port once the context runs, with links pointing at it, and released at close")
        void servedAndReleased() throws Exception {
            int[] port = new int[1];
            withEndpoint().run(context -> {
                port[0] = context.getBean(FlowhexEndpoint.class).port();
                HttpResponse<String> health = get(port[0], "/health");
                Tenant tenant = Tenant.provision(context.getBean(FlowhexApplication.class).provision());
                TeaCalls cams = new TeaCalls("127.0.0.1:" + port[0], tenant);
                String id = (String) cams.data("CreateFlow", Map.of("FlowName", "endpoint", "Categories",
                        "[\"OTHER\"]", "CustSpaceId", tenant.space().value())).get("FlowId");
                Map<String, Object> flow = cams.data("GetFlow", Map.of("FlowId", id));

                assertThat(port[0]).isPositive();
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(health.body()).isEqualTo("{\"Status\":\"UP\"}");
                assertThat((String) flow.get("PreviewUrl"))
                        .startsWith("http://127.0.0.1:" + port[0] + "/flows/" + id + "/preview?");
                assertThat(get(port[0], URI.create((String) flow.get("PreviewUrl")).getRawPath() + "?"
                        + URI.create((String) flow.get("PreviewUrl")).getRawQuery()).statusCode()).isEqualTo(200);
            });

            assertThat(catchThrowableOfType(ConnectException.class, () -> get(port[0], "/health"))).isNotNull();
        }

        @Test
        @DisplayName("takes flowhex.* values: default-qps 1 throttles a second call in the same instant")
        void propertiesApplied() {
            MutableClock clock = MutableClock.at(Instant.now());
            withEndpoint().withPropertyValues("flowhex.default-qps=1")
                    .withBean(FlowhexApplicationCustomizer.class, () -> builder -> builder.clock(clock))
                    .run(context -> {
                        Tenant tenant = Tenant.provision(context.getBean(FlowhexApplication.class).provision());
                        TeaCalls cams = new TeaCalls("127.0.0.1:" + context.getBean(FlowhexEndpoint.class).port(),
                                tenant);
                        Map<String, String> list = Map.of("Page", "{\"Index\":1,\"Size\":5}");

                        assertThat(cams.call("ListFlow", list).get("Code")).isEqualTo("OK");
                        TeaException second = catchThrowableOfType(TeaException.class,
                                () -> cams.call("ListFlow", list));
                        assertThat(second.getCode()).isEqualTo("System.LimitControl");
                        clock.advance(Duration.ofSeconds(1));
                        assertThat(cams.call("ListFlow", list).get("Code")).isEqualTo("OK");
                    });
        }
    }

    @Nested
    @DisplayName("the health contributor")
    class Health {

        @Test
        @DisplayName("is UP while the stores answer and DOWN when they do not")
        void upAndDown() {
            runner.run(context -> assertThat(context.getBean("flowhexHealthIndicator", FlowhexHealthIndicator.class)
                    .health().getStatus()).isEqualTo(Status.UP));
            runner.withBean(FlowhexStores.class, () -> new Unhealthy(InMemoryStores.create())).run(context -> {
                org.springframework.boot.health.contributor.Health health =
                        context.getBean(FlowhexHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                assertThat(health.getDetails()).containsEntry("stores", "not answering");
            });
        }

        @Test
        @DisplayName("backs off with management.health.flowhex.enabled=false")
        void disabled() {
            runner.withPropertyValues("management.health.flowhex.enabled=false").run(context ->
                    assertThat(context).doesNotHaveBean(FlowhexHealthIndicator.class)
                            .hasSingleBean(FlowhexApplication.class));
        }
    }

    @Nested
    @DisplayName("the metrics")
    class Metrics {

        @Test
        @DisplayName("go to the host's MeterRegistry: the application's and the endpoint's request timer")
        void onTheHostRegistry() {
            withEndpoint().withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(context -> {
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                Tenant tenant = Tenant.provision(context.getBean(FlowhexApplication.class).provision());
                TeaCalls cams = new TeaCalls("127.0.0.1:" + context.getBean(FlowhexEndpoint.class).port(), tenant);

                cams.call("ListFlow", Map.of("Page", "{\"Index\":1,\"Size\":5}"));

                assertThat(context).hasSingleBean(MicrometerFlowMetrics.class).hasSingleBean(RequestObserver.class);
                assertThat(registry.get("cams.requests").tags("action", "ListFlow", "code", "OK", "status", "200")
                        .functionTimer().count()).isEqualTo(1);
                assertThat(registry.get("cams.actions").tags("action", "ListFlow", "code", "OK").functionTimer().count())
                        .isEqualTo(1);
            });
        }

        @Test
        @DisplayName("are not bound without a MeterRegistry, and back off for the application's own FlowMetrics")
        void backOff() {
            runner.run(context -> assertThat(context).doesNotHaveBean(MicrometerFlowMetrics.class)
                    .doesNotHaveBean(RequestObserver.class).hasSingleBean(FlowhexApplication.class));
            FlowMetrics own = FlowMetrics.none();
            runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withBean(FlowMetrics.class, () -> own)
                    .run(context -> assertThat(context).doesNotHaveBean(MicrometerFlowMetrics.class)
                            .doesNotHaveBean(RequestObserver.class).hasSingleBean(FlowhexApplication.class));
        }
    }

    static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static HttpResponse<String> get(int port, String pathAndQuery) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static boolean tableExists(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
            return tables.next();
        }
    }

    /** The in-memory stores, except that their health check says they do not answer. */
    private static final class Unhealthy extends ForwardingStores {
        Unhealthy(FlowhexStores stores) {
            super(stores);
        }

        @Override
        public StoreHealth health() {
            return () -> false;
        }
    }
}
