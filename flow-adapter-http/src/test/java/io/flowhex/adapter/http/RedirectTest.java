package io.flowhex.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FetchRefusedException.Reason;
import io.flowhex.testkit.Fixtures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Redirects: followed by the adapter, counted, and every target checked like the first URL")
class RedirectTest {

    private static final byte[] FLOW = "{\"version\":\"7.0\",\"screens\":[]}".getBytes(StandardCharsets.UTF_8);

    private final TestServer server = TestServer.start();
    private final Refused refused = new Refused();

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    /** A chain of {@code redirects} redirects (301, 302, 303, 307, 308 in turn) ending at the file. */
    private URI chain(int redirects) {
        String prefix = "/chain-" + Fixtures.next() + "/";
        URI next = server.at(prefix + "file.json", TestServer.file(FLOW));
        int[] statuses = {301, 302, 303, 307, 308};
        for (int i = redirects; i > 0; i--) {
            next = server.at(prefix + i, TestServer.redirect(statuses[i % statuses.length], next.toString()));
        }
        return next;
    }

    private URI redirectTo(String location) {
        return server.at("/to-" + Fixtures.next(), TestServer.redirect(302, location));
    }

    @Test
    @DisplayName("a chain of exactly maxRedirects redirects ends at the file")
    void chainAtTheLimitIsFollowed() throws Exception {
        HttpFlowJsonSource source = HttpFlowJsonSource.ofDefaults();

        assertThat(source.fetch(chain(FetchSettings.DEFAULT_MAX_REDIRECTS))).containsExactly(FLOW);
        assertThat(server.requests()).isEqualTo(FetchSettings.DEFAULT_MAX_REDIRECTS + 1);
    }

    @Test
    @DisplayName("one redirect more than maxRedirects is refused with TOO_MANY_REDIRECTS, and the next URL is not asked for")
    void chainOverTheLimitIsRefused() {
        HttpFlowJsonSource source = new HttpFlowJsonSource(FetchSettings.custom().maxRedirects(2).build());

        assertThat(refused.reason(source, chain(3))).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(refused.message()).isEqualTo("FilePath redirects more than 2 times");
        assertThat(server.requests()).isEqualTo(3);
    }

    @Test
    @DisplayName("with maxRedirects 0 the first redirect is refused")
    void noRedirectsAtAll() {
        HttpFlowJsonSource source = new HttpFlowJsonSource(FetchSettings.custom().maxRedirects(0).build());

        assertThat(refused.reason(source, chain(1))).isEqualTo(Reason.TOO_MANY_REDIRECTS);
    }

    @Test
    @DisplayName("a redirect loop ends in TOO_MANY_REDIRECTS")
    void loopIsRefused() {
        String path = "/loop-" + Fixtures.next();
        URI loop = server.at(path, TestServer.redirect(307, path));

        assertThat(refused.reason(HttpFlowJsonSource.ofDefaults(), loop)).isEqualTo(Reason.TOO_MANY_REDIRECTS);
    }

    @Test
    @DisplayName("a relative Location is resolved against the URL that answered it")
    void relativeLocation() throws Exception {
        String prefix = "/relative-" + Fixtures.next() + "/";
        server.at(prefix + "files/flow.json", TestServer.file(FLOW));
        URI start = server.at(prefix + "start", TestServer.redirect(302, "files/flow.json"));

        assertThat(HttpFlowJsonSource.ofDefaults().fetch(start)).containsExactly(FLOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/flow.json", "jar:file:/app.jar!/flow.json"})
    @DisplayName("a redirect to another scheme is refused with NOT_HTTP")
    void redirectToOtherScheme(String location) {
        assertThat(refused.reason(HttpFlowJsonSource.ofDefaults(), redirectTo(location))).isEqualTo(Reason.NOT_HTTP);
        assertThat(refused.message()).isEqualTo("a redirect of FilePath is not an http or https URL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/iam/", "http://[fe80::1]/flow.json",
            "https://[fe80::1%25eth0]:8443/", "http://100.100.100.200/latest/meta-data/", "http://[fd00:ec2::254]/",
            "http://[::ffff:169.254.169.254]/", "http://2852039166/"})
    @DisplayName("a redirect to a link-local or metadata address is refused with LINK_LOCAL, the address not named")
    void redirectToLinkLocal(String location) {
        assertThat(refused.reason(HttpFlowJsonSource.ofDefaults(), redirectTo(location))).isEqualTo(Reason.LINK_LOCAL);
        assertThat(refused.message())
                .isEqualTo("a redirect of FilePath leads to a link-local or cloud metadata address, which is never fetched")
                .doesNotContain("169.254", "fe80", "100.100");
    }

    @Test
    @DisplayName("a redirect to a host outside the allow-list is refused with HOST_NOT_ALLOWED, the host not named")
    void redirectOutsideAllowList() {
        HttpFlowJsonSource source = new HttpFlowJsonSource(
                FetchSettings.custom().allowedHosts(List.of("127.0.0.1", "*.oss-ap-southeast-1.aliyuncs.com")).build());
        URI start = redirectTo("http://internal-files.corp.example/flow.json");

        assertThat(refused.reason(source, start)).isEqualTo(Reason.HOST_NOT_ALLOWED);
        assertThat(refused.message()).doesNotContain("corp");
    }

    @Test
    @DisplayName("a redirect to loopback is refused with PRIVATE_ADDRESS when private addresses are forbidden")
    void redirectToLoopbackWhenForbidden() {
        URI start = redirectTo("http://127.0.0.2:" + server.url("/").getPort() + "/flow.json");
        // the test server's own address passes as public; the redirect target is judged as it really is
        HostResolver serverLooksPublic = host -> host.equals("127.0.0.1")
                ? new InetAddress[] {InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 216, 34})}
                : InetAddress.getAllByName(host);
        HttpFlowJsonSource source = new HttpFlowJsonSource(
                FetchSettings.custom().allowPrivateAddresses(false).build(), serverLooksPublic);

        assertThat(refused.reason(source, start)).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(refused.message()).startsWith("a redirect of FilePath");
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    @DisplayName("a redirect without a Location is refused with HTTP_STATUS")
    void redirectWithoutLocation() {
        URI start = server.at("/nowhere-" + Fixtures.next(), TestServer.redirectWithoutLocation(302));

        assertThat(refused.reason(HttpFlowJsonSource.ofDefaults(), start)).isEqualTo(Reason.HTTP_STATUS);
        assertThat(refused.message()).isEqualTo("FilePath answered HTTP 302 without a Location to redirect to");
    }

    @Test
    @DisplayName("a redirect to a URL that is not one is refused with INVALID_URL")
    void redirectToGarbage() {
        assertThat(refused.reason(HttpFlowJsonSource.ofDefaults(), redirectTo("http://exa mple.com/<>")))
                .isEqualTo(Reason.INVALID_URL);
    }

    @Test
    @DisplayName("a status that is neither 200 nor a redirect, after a redirect, is refused with HTTP_STATUS naming it")
    void statusAfterRedirect() {
        URI gone = server.at("/gone-" + Fixtures.next(), TestServer.status(410));

        assertThat(refused.reason(HttpFlowJsonSource.ofDefaults(), redirectTo(gone.toString())))
                .isEqualTo(Reason.HTTP_STATUS);
        assertThat(refused.message()).isEqualTo("a redirect of FilePath answered HTTP 410");
    }
}
