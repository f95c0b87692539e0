package io.flowhex.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.FlowCommand;
import io.flowhex.application.port.in.UpdateFlowJsonAssetCommand;
import io.flowhex.application.preview.SignedPreviewLinks;
import io.flowhex.bootstrap.cli.Main;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The server started by its own entry point on port 0, and the links it issues followed over HTTP the
 * way a client follows them: the preview page of GetFlow's PreviewUrl and the Flow JSON download of
 * GetFlowJSONAssest's FilePath, with the file fetched from a local HTTP server by the real fetcher.
 */
class LinksEndToEndTest {

    private static final String LINK_KEY = "flowhex-links-end-to-end-signing-key";
    private static final byte[] FILE = ("{\"version\": \"6.0\", \"screens\": [{\"id\": \"WELCOME\", \"title\": \"Hello\","
            + " \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [{\"type\": \"TextHeading\", \"text\": \"Hi"
            + " <there>\"}]}}]}\n").getBytes(StandardCharsets.UTF_8);

    private final HttpClient client = HttpClient.newHttpClient();
    private HttpServer files;
    private FlowServer server;
    private final AccountId account = Fixtures.accountId();
    private final SpaceId space = Fixtures.spaceId();
    private AccessKey key;

    @BeforeEach
    void serveTheFile() throws IOException {
        files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        files.createContext("/flow.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, FILE.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(FILE);
            }
        });
        files.start();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        files.stop(0);
    }

    private FlowhexApplication start(String... settings) {
        List<String> args = new ArrayList<>(List.of("--store", "memory", "--port", "0", "--demo-data", "false"));
        args.addAll(List.of(settings));
        server = Main.start(args, Map.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        FlowhexApplication app = server.application();
        app.provision().saveAccount(Account.subscribed(account, Set.of(space)));
        key = Fixtures.activeKey(new RootPrincipal(account));
        app.provision().saveAccessKey(key);
        return app;
    }

    private Flow flow(FlowhexApplication app, FlowStatus status) {
        Flow flow = Fixtures.flow(account, space).status(status).noPreview().build();
        app.provision().saveFlow(flow);
        return flow;
    }

    private FlowCommand command(Flow flow) {
        return new FlowCommand(new RootPrincipal(account), flow.id(), Optional.empty(),
                new CallContext(Optional.of("127.0.0.1"), false, key.id()));
    }

    private void upload(FlowhexApplication app, Flow flow) {
        app.updateFlowJsonAsset().updateFlowJsonAsset(new UpdateFlowJsonAssetCommand(new RootPrincipal(account),
                flow.id(), fileUrl(), Optional.empty(), command(flow).context()));
    }

    private URI fileUrl() {
        return URI.create("http://127.0.0.1:" + files.getAddress().getPort() + "/flow.json");
    }

    private HttpResponse<byte[]> get(String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String ownAddress() {
        return "http://127.0.0.1:" + server.port();
    }

    @Test
    @DisplayName("GetFlow's PreviewUrl, on the server's own address, opens the preview page without an AccessKey")
    void previewFromGetFlow() throws Exception {
        FlowhexApplication app = start();
        Flow flow = flow(app, FlowStatus.DRAFT);
        upload(app, flow);

        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) OfficialClients.teaGetFlow(server.port(), key.id().value(),
                key.secret().reveal(), Map.of("FlowId", flow.id().value())).get("Data");
        String previewUrl = (String) data.get("PreviewUrl");
        HttpResponse<byte[]> page = get(previewUrl);

        assertThat(previewUrl).startsWith(ownAddress() + "/flows/" + flow.id().value() + "/preview?expires=");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html;charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .contains("default-src 'none'; style-src 'unsafe-inline'");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<h1>" + flow.name().value() + "</h1>")
                .contains("<h2>Hello</h2>").contains("Hi &lt;there&gt;");
    }

    @Test
    @DisplayName("a file fetched from a local server comes back byte for byte through GetFlowJSONAssest's link; a forged one is 403")
    void assetRoundTrip() throws Exception {
        FlowhexApplication app = start();
        Flow flow = flow(app, FlowStatus.DRAFT);
        upload(app, flow);

        String filePath = app.getFlowJsonAsset().getFlowJsonAsset(command(flow)).filePath().orElseThrow().toString();
        HttpResponse<byte[]> download = get(filePath);
        HttpResponse<byte[]> forged = get(filePath.replaceAll("token=.", "token=" + (filePath.contains("token=A") ? "B" : "A")));

        assertThat(filePath).startsWith(ownAddress() + "/flows/" + flow.id().value() + "/asset?expires=");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(download.body()).isEqualTo(FILE);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(new String(forged.body(), StandardCharsets.UTF_8)).contains("\"Code\":\"Forbidden.InvalidLink\"");
    }

    @Test
    @DisplayName("--public-base-url is the base of both kinds of link, signed with --link-signing-key")
    void publicBaseAndKey() throws Exception {
        FlowhexApplication app = start("--public-base-url", "https://flowhex.example.com/", "--link-signing-key", LINK_KEY);
        Flow flow = flow(app, FlowStatus.DRAFT);
        upload(app, flow);

        URI preview = app.getFlowPreviewUrl().getFlowPreviewUrl(command(flow)).preview().url();
        URI asset = app.getFlowJsonAsset().getFlowJsonAsset(command(flow)).filePath().orElseThrow();
        String token = preview.getRawQuery().replaceAll(".*token=([^&]+).*", "$1");
        long expires = Long.parseLong(preview.getRawQuery().replaceAll(".*expires=(\\d+).*", "$1"));

        assertThat(preview.toString()).startsWith("https://flowhex.example.com/flows/" + flow.id().value() + "/preview?");
        assertThat(asset.toString()).startsWith("https://flowhex.example.com/flows/" + flow.id().value() + "/asset?");
        assertThat(SignedPreviewLinks.create(URI.create("https://other.example.com"),
                LINK_KEY.getBytes(StandardCharsets.UTF_8), SignedPreviewLinks.DEFAULT_VALIDITY)
                .verify(flow.id().value(), expires, token)).as("signed with the configured key").isTrue();
        // behind a proxy that forwards to this server, the same path and query open the page
        assertThat(get(ownAddress() + preview.getRawPath() + "?" + preview.getRawQuery()).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("--asset-allow-private-addresses=false refuses a FilePath on loopback, and nothing is stored")
    void privateAddressesRefused() {
        FlowhexApplication app = start("--asset-allow-private-addresses", "false");
        Flow flow = flow(app, FlowStatus.DRAFT);

        FlowApiException refused = catchThrowableOfType(FlowApiException.class, () -> upload(app, flow));

        assertThat(refused.errorCode()).isEqualTo(ErrorCode.FILE_PATH_INVALID);
        assertThat(app.getFlowJsonAsset().getFlowJsonAsset(command(flow)).filePath()).isEmpty();
    }

    @Test
    @DisplayName("--edit-published=refuse and --publishable-versions reach the lifecycle rules")
    void lifecycleSettings() {
        FlowhexApplication app = start("--edit-published", "refuse", "--publishable-versions", "7.0,7.1");
        Flow published = flow(app, FlowStatus.PUBLISHED);
        Flow draft = flow(app, FlowStatus.DRAFT);
        upload(app, draft);

        FlowApiException edit = catchThrowableOfType(FlowApiException.class, () -> upload(app, published));
        FlowApiException publish = catchThrowableOfType(FlowApiException.class,
                () -> app.publishFlow().publishFlow(command(draft)));

        assertThat(edit.errorCode()).isEqualTo(ErrorCode.CANNOT_UPDATE);
        assertThat(publish.errorCode()).isEqualTo(ErrorCode.CANNOT_PUBLISH);
        assertThat(publish.getMessage()).contains("not available for publishing");
    }
}
