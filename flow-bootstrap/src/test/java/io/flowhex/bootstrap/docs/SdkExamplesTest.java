package io.flowhex.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.teaopenapi.Client;
import com.aliyun.teaopenapi.models.Config;
import com.aliyun.teaopenapi.models.OpenApiRequest;
import com.aliyun.teaopenapi.models.Params;
import com.aliyun.teautil.models.RuntimeOptions;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import io.flowhex.bootstrap.cli.Main;
import io.flowhex.bootstrap.server.FlowServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's SDK examples, run against the server on its defaults (H2, the demo account) with the
 * endpoint and secret its banner prints; the README must show exactly these lines.
 */
class SdkExamplesTest {

    @TempDir
    static Path dataDir;
    private static FlowServer server;
    private static String endpoint;
    private static String secret;

    @BeforeAll
    static void startOnTheDefaults() {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        // the defaults but the port, and a wait for the first connection fit for a busy build machine
        server = Main.start(List.of("--data-dir", dataDir.toString(), "--port", "0", "--pool-timeout-ms", "60000"), Map.of(),
                new PrintStream(report, true, StandardCharsets.UTF_8));
        String banner = report.toString(StandardCharsets.UTF_8);
        endpoint = printed(banner, "SDK endpoint: (\\S+)");
        secret = printed(banner, "demo AccessKeySecret: (\\S+)");
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String printed(String banner, String line) {
        Matcher matcher = Pattern.compile(line).matcher(banner);
        assertThat(matcher.find()).as(banner).isTrue();
        return matcher.group(1);
    }

    @Test
    @DisplayName("the banner's SDK endpoint is host:port without a scheme, as Config.setEndpoint takes it")
    void endpointForm() {
        assertThat(endpoint).isEqualTo("127.0.0.1:" + server.port());
    }

    @Test
    @DisplayName("the tea-openapi example gets the demo flow")
    void teaOpenApi() throws Exception {
        // README:sdk-tea:begin
        Config config = new Config().setAccessKeyId("LTAI5tFlowhexDemoKey").setAccessKeySecret(secret)
                .setEndpoint(endpoint).setProtocol("HTTP");
        Params params = new Params().setAction("GetFlow").setVersion("2020-06-06").setProtocol("HTTPS")
                .setPathname("/").setMethod("POST").setAuthType("AK").setStyle("RPC")
                .setReqBodyType("formData").setBodyType("json");
        Map<String, ?> response = new Client(config).callApi(params,
                new OpenApiRequest().setQuery(Map.of("FlowId", "92675332812643", "CustSpaceId", "cams-demo-space")),
                new RuntimeOptions());
        Map<?, ?> body = (Map<?, ?>) response.get("body");   // {RequestId=…, Code=OK, Message=None, Data={…}}
        // README:sdk-tea:end

        assertThat(body.get("Code")).isEqualTo("OK");
        assertThat(((Map<?, ?>) body.get("Data")).get("FlowName")).isEqualTo("demo_flow");
    }

    @Test
    @DisplayName("the aliyun-java-sdk-core example gets the demo flow")
    void sdkCore() throws Exception {
        // README:sdk-core:begin
        DefaultAcsClient client = new DefaultAcsClient(
                DefaultProfile.getProfile("ap-southeast-1", "LTAI5tFlowhexDemoKey", secret));
        CommonRequest request = new CommonRequest();
        request.setSysDomain(endpoint);
        request.setSysProtocol(ProtocolType.HTTP);
        request.setSysVersion("2020-06-06");
        request.setSysAction("GetFlow");
        request.setSysMethod(MethodType.GET);
        request.putQueryParameter("FlowId", "92675332812643");
        request.putQueryParameter("CustSpaceId", "cams-demo-space");
        CommonResponse response = client.getCommonResponse(request);
        String json = response.getData();   // {"RequestId":"…","Code":"OK","Message":"None","Data":{…}}
        client.shutdown();
        // README:sdk-core:end

        assertThat(json).contains("\"Code\":\"OK\"").contains("\"FlowName\":\"demo_flow\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"sdk-tea", "sdk-core"})
    @DisplayName("the README shows each example exactly as this test runs it")
    void readmeShowsTheExample(String name) throws IOException {
        ReadmeSnippets.assertReadmeShows("SdkExamplesTest.java", name);
    }
}
