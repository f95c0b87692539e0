package io.flowhex.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FetchRefusedException.Reason;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The first URL: shape, allow-list and every resolved address, checked before any connection")
class TargetCheckTest {

    private final Refused refused = new Refused();
    private final AtomicInteger lookups = new AtomicInteger();

    /** Resolves names from a table, counting lookups; IP literals as the JDK does (no DNS for those). */
    private HostResolver table(Map<String, List<String>> names) {
        return host -> {
            lookups.incrementAndGet();
            List<String> addresses = names.get(host);
            if (addresses == null) {
                return InetAddress.getAllByName(host);
            }
            InetAddress[] resolved = new InetAddress[addresses.size()];
            for (int i = 0; i < resolved.length; i++) {
                resolved[i] = InetAddress.getByAddress(host, InetAddress.getByName(addresses.get(i)).getAddress());
            }
            return resolved;
        };
    }

    @Test
    @DisplayName("a name that resolves to the metadata address is refused with LINK_LOCAL")
    void nameResolvingToLinkLocal() {
        HttpFlowJsonSource source = new HttpFlowJsonSource(FetchSettings.ofDefaults(),
                table(Map.of("metadata.flowhex.test", List.of("169.254.169.254"))));

        assertThat(refused.reason(source, URI.create("http://metadata.flowhex.test/latest/"))).isEqualTo(Reason.LINK_LOCAL);
        assertThat(refused.message()).isEqualTo(
                "FilePath leads to a link-local or cloud metadata address, which is never fetched");
    }

    @Test
    @DisplayName("a name with several addresses is refused if any one of them is link-local")
    void everyAddressIsChecked() {
        HttpFlowJsonSource source = new HttpFlowJsonSource(FetchSettings.ofDefaults(),
                table(Map.of("mixed.flowhex.test", List.of("93.184.216.34", "127.0.0.1", "fe80::1"))));

        assertThat(refused.reason(source, URI.create("https://mixed.flowhex.test/flow.json"))).isEqualTo(Reason.LINK_LOCAL);
    }

    @Test
    @DisplayName("with private addresses forbidden, loopback and private ones are refused with PRIVATE_ADDRESS")
    void privateForbidden() {
        HttpFlowJsonSource source = new HttpFlowJsonSource(FetchSettings.custom().allowPrivateAddresses(false).build(),
                table(Map.of("intranet.flowhex.test", List.of("93.184.216.34", "10.0.0.7"))));

        assertThat(refused.reason(source, URI.create("http://127.0.0.1:8080/flow.json"))).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(refused.message()).isEqualTo(
                "FilePath leads to a loopback or private address, which this server does not fetch");
        assertThat(refused.reason(source, URI.create("http://[::1]/flow.json"))).isEqualTo(Reason.PRIVATE_ADDRESS);
        assertThat(refused.reason(source, URI.create("http://intranet.flowhex.test/flow.json")))
                .isEqualTo(Reason.PRIVATE_ADDRESS);
    }

    @Test
    @DisplayName("by default loopback is fetched: a local stand-in takes files from a test server")
    void loopbackAllowedByDefault() throws Exception {
        byte[] flow = {'{', '}'};
        try (TestServer server = TestServer.start()) {
            URI url = server.at("/flow.json", TestServer.file(flow));

            assertThat(HttpFlowJsonSource.ofDefaults().fetch(url)).containsExactly(flow);
        }
    }

    @Test
    @DisplayName("a host outside the allow-list is refused with HOST_NOT_ALLOWED before it is looked up")
    void allowListBeforeLookup() {
        HttpFlowJsonSource source = new HttpFlowJsonSource(
                FetchSettings.custom().allowedHosts(List.of("*.aliyuncs.com")).build(), table(Map.of()));

        assertThat(refused.reason(source, URI.create("http://127.0.0.1/flow.json"))).isEqualTo(Reason.HOST_NOT_ALLOWED);
        assertThat(refused.reason(source, URI.create("https://aliyuncs.com.evil.test/flow.json")))
                .isEqualTo(Reason.HOST_NOT_ALLOWED);
        assertThat(refused.message()).isEqualTo("FilePath names a host that is not on this server's list of allowed hosts");
        assertThat(lookups).hasValue(0);
    }

    @Test
    @DisplayName("an allowed host is still refused if it resolves to a link-local address")
    void allowListDoesNotOverrideAddresses() {
        HttpFlowJsonSource source = new HttpFlowJsonSource(
                FetchSettings.custom().allowedHosts(List.of("files.flowhex.test")).build(),
                table(Map.of("files.flowhex.test", List.of("169.254.1.1"))));

        assertThat(refused.reason(source, URI.create("http://files.flowhex.test/flow.json"))).isEqualTo(Reason.LINK_LOCAL);
    }

    @Test
    @DisplayName("an allowed IP literal is fetched")
    void allowedLiteralIsFetched() throws Exception {
        HttpFlowJsonSource source = new HttpFlowJsonSource(FetchSettings.custom().allowedHosts(List.of("127.0.0.1")).build());
        try (TestServer server = TestServer.start()) {
            URI url = server.at("/flow.json", TestServer.file(new byte[] {'[', ']'}));

            assertThat(source.fetch(url)).containsExactly('[', ']');
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user:secret@127.0.0.1/flow.json", "http:///flow.json", "https:flow.json",
            "http://under_score.example/flow.json"})
    @DisplayName("a URL without a host, or with a user name, is refused with INVALID_URL before any lookup")
    void malformedUrls(String url) {
        HttpFlowJsonSource source = new HttpFlowJsonSource(FetchSettings.ofDefaults(), table(Map.of()));

        assertThat(refused.reason(source, URI.create(url))).isEqualTo(Reason.INVALID_URL);
        assertThat(refused.message()).doesNotContain("secret");
        assertThat(lookups).hasValue(0);
    }

    @Test
    @DisplayName("a fragment is never sent: the file is fetched without it")
    void fragmentIsDropped() throws Exception {
        try (TestServer server = TestServer.start()) {
            URI url = server.at("/flow.json", TestServer.file(new byte[] {'{', '}'}));

            assertThat(HttpFlowJsonSource.ofDefaults().fetch(URI.create(url + "#screen-2"))).containsExactly('{', '}');
        }
    }

    @Test
    @DisplayName("an empty answer from the resolver is UNREACHABLE, not a free pass")
    void emptyResolution() {
        HttpFlowJsonSource source = new HttpFlowJsonSource(FetchSettings.ofDefaults(), host -> new InetAddress[0]);

        assertThat(refused.reason(source, URI.create("http://nothing.flowhex.test/"))).isEqualTo(Reason.UNREACHABLE);
    }

    @Test
    @DisplayName("a resolver failure is UNREACHABLE and names no host")
    void resolverFailure() {
        HttpFlowJsonSource source = new HttpFlowJsonSource(FetchSettings.ofDefaults(), host -> {
            throw new UnknownHostException(host + ": Name or service not known");
        });

        assertThat(refused.reason(source, URI.create("http://secret-host.corp.test/"))).isEqualTo(Reason.UNREACHABLE);
        assertThat(refused.message()).doesNotContain("secret-host");
    }
}
