package io.flowhex.spring.boot.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.tea.TeaException;
import com.jayway.jsonpath.JsonPath;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.spring.boot.autoconfigure.FlowhexEndpoint;
import io.flowhex.spring.boot.autoconfigure.TeaCalls;
import io.flowhex.spring.boot.autoconfigure.Tenant;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(classes = HostApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:host-application;DB_CLOSE_DELAY=-1",
    "flowhex.server.port=0",
    "management.endpoints.web.exposure.include=health,prometheus",
    "management.endpoint.health.show-details=always",
    "management.endpoint.health.probes.enabled=true",
    "management.endpoint.health.group.readiness.include=readinessState,flowhex"})
@DisplayName("a Spring Boot application with the starter on its classpath")
class HostApplicationTest {

    /** Publishable, and declaring a data API: PublishFlow then needs the flow's EndpointUri. */
    private static final String FLOW_JSON = "{\"version\":\"7.0\",\"data_api_version\":\"3.0\",\"routing_model\":{},"
            + "\"screens\":[{\"id\":\"WELCOME\",\"title\":\"Hi\",\"layout\":{\"type\":\"SingleColumnLayout\","
            + "\"children\":[]}}]}";

    @LocalServerPort
    private int hostPort;

    @Autowired
    private FlowhexEndpoint endpoint;

    @Autowired
    private FlowhexApplication application;

    @Autowired
    private DataSource dataSource;

    @Test
    @DisplayName("serves a whole flow lifecycle to the official SDK on the CAMS endpoint, and keeps its data in the host's database")
    void wholeLifecycle() throws Exception {
        Tenant tenant = Tenant.provision(application.provision());
        TeaCalls cams = new TeaCalls("127.0.0.1:" + endpoint.port(), tenant);
        String name = "onboarding";

        String id;
        Map<String, Object> got;
        List<?> listed;
        TeaException deleteRefused;
        try (OneFileServer files = new OneFileServer(FLOW_JSON.getBytes(StandardCharsets.UTF_8))) {
            id = (String) cams.data("CreateFlow", Map.of("FlowName", name, "Categories", "[\"SIGN_UP\"]",
                    "CustSpaceId", tenant.space().value(), "EndpointUri", "https://example.com/ep")).get("FlowId");
            cams.data("UpdateFlowJSONAsset", Map.of("FlowId", id, "FilePath", files.url().toString()));
            got = cams.data("GetFlow", Map.of("FlowId", id));
            assertThat(cams.call("PublishFlow", Map.of("FlowId", id)).get("Code")).isEqualTo("OK");
            listed = (List<?>) cams.call("ListFlow", Map.of("FlowName", name, "Page", "{\"Index\":1,\"Size\":5}"))
                    .get("Data");
            assertThat(cams.call("DeprecateFlow", Map.of("FlowId", id)).get("Code")).isEqualTo("OK");
            deleteRefused = catchThrowableOfType(TeaException.class, () -> cams.call("DeleteFlow", Map.of("FlowId", id)));
        }

        assertThat(id).matches("[0-9]{16}");
        assertThat(got).containsEntry("Status", "DRAFT").containsEntry("JSONVersion", "7.0")
                .containsEntry("DataApiVersion", "3.0");
        assertThat((String) got.get("PreviewUrl")).startsWith("http://127.0.0.1:" + endpoint.port() + "/flows/" + id);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("FlowId", id).containsEntry("FlowName", name);
        assertThat(deleteRefused.getCode()).isEqualTo("Flow.CannotDelete");
        assertThat(deleteRefused.getMessage()).contains("(#139004) Can't delete deprecated Flow.");
        assertThat(cams.data("GetFlow", Map.of("FlowId", id))).containsEntry("Status", "DEPRECATED");
        assertThat(rows("SELECT COUNT(*) FROM \"flowhex_schema_history\"")).isPositive();
        assertThat(tableCount("flyway_schema_history")).isZero();
        assertThat(get(hostPort, "/").body()).isEqualTo("host home");
    }

    @Test
    @DisplayName("shows flowhex in /actuator/health and the readiness group")
    void health() throws Exception {
        HttpResponse<String> health = get(hostPort, "/actuator/health");
        HttpResponse<String> readiness = get(hostPort, "/actuator/health/readiness");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(health.body(), "$.components.flowhex.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(health.body(), "$.components.flowhex.details.stores")).isEqualTo("answering");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(readiness.body(), "$.components.flowhex.status")).isEqualTo("UP");
    }

    @Test
    @DisplayName("reports the CAMS request timer, by action, code and status, on the host's /actuator/prometheus")
    void prometheus() throws Exception {
        Tenant tenant = Tenant.provision(application.provision());
        TeaCalls cams = new TeaCalls("127.0.0.1:" + endpoint.port(), tenant);
        cams.call("ListFlow", Map.of("Page", "{\"Index\":1,\"Size\":5}"));
        catchThrowableOfType(TeaException.class, () -> cams.call("GetFlow", Map.of("FlowId", "1234567890123456")));

        String scrape = get(hostPort, "/actuator/prometheus").body();

        assertThat(scrape.lines().filter(line -> line.startsWith("cams_requests_seconds_count{"))
                .filter(line -> line.contains("action=\"ListFlow\"") && line.contains("code=\"OK\"")
                        && line.contains("status=\"200\"")))
                .hasSize(1);
        assertThat(scrape.lines().filter(line -> line.startsWith("cams_requests_seconds_count{"))
                .filter(line -> line.contains("action=\"GetFlow\"") && line.contains("code=\"Unknown.ResourceOwnerId\"")))
                .hasSize(1);
        assertThat(scrape).doesNotContain(tenant.account().value()).doesNotContain(tenant.rootKey().id().value());
    }

    private int rows(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private int tableCount(String table) throws Exception {
        return rows("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + table + "'");
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
