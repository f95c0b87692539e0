package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.ResponseAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.flow.Flow;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("GetFlowJSONAssest's download link, through the handler")
class FlowJsonLinkTest {

    /** Not how a serializer would write it: spacing, key order, escapes and a BOM-less UTF-8 multi-byte name. */
    private static final byte[] FILE = ("{ \"version\" : \"6.0\",\r\n\t\"screens\":[{\"layout\":{\"type\":"
            + "\"SingleColumnLayout\",\"children\":[]},\"id\":\"WELCOME\",\"title\":\"Grüße \\u00e9 ✓\"}] }\n")
            .getBytes(StandardCharsets.UTF_8);

    private final LinkWorld links = new LinkWorld();
    private final Flow flow = links.flow("links_flow");

    private void assertRefused(CamsHttpResponse response) {
        assertError(response, 403, "Forbidden.InvalidLink");
        assertThat(response.bodyText()).doesNotContain(flow.id().value());
    }

    @Test
    @DisplayName("serves the stored file byte for byte as application/json, with no CAMS signature")
    void roundTrip() {
        links.upload(flow, FILE);

        CamsHttpResponse response = links.get(links.assetLink(flow));

        assertThat(response.status()).as(response.bodyText()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(FILE);
        assertThat(response.headers()).containsEntry("Content-Type", "application/json")
                .containsEntry("X-Content-Type-Options", "nosniff").containsEntry("Cache-Control", "no-store")
                .containsKey("x-acs-request-id");
    }

    @Test
    @DisplayName("the link stops working when it expires, one hour after it was issued")
    void expires() {
        links.upload(flow, FILE);
        URI link = links.assetLink(flow);

        links.world.clock.advance(Duration.ofMinutes(59));
        assertThat(links.get(link).status()).isEqualTo(200);
        links.world.clock.advance(Duration.ofMinutes(1));
        assertRefused(links.get(link));
    }

    @Test
    @DisplayName("a link to an earlier file does not open the file that replaced it")
    void replacedFile() {
        links.upload(flow, FILE);
        URI old = links.assetLink(flow);
        byte[] second = "{\"version\":\"7.0\",\"screens\":[]}".getBytes(StandardCharsets.UTF_8);
        links.upload(flow, second);

        assertRefused(links.get(old));
        assertThat(links.get(links.assetLink(flow)).body()).isEqualTo(second);
    }

    @Test
    @DisplayName("a changed expiry, a changed token, another flow's id or an unknown id is refused alike")
    void tampered() {
        Flow other = links.flow("other_flow");
        links.upload(flow, FILE);
        links.upload(other, FILE);
        URI link = links.assetLink(flow);
        String query = link.getRawQuery();
        String path = "/flows/" + flow.id().value() + "/asset";
        long expires = Long.parseLong(query.replaceAll(".*expires=(\\d+).*", "$1"));
        String token = query.replaceAll(".*token=([^&]+).*", "$1");
        String flipped = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

        assertRefused(links.get(path, "expires=" + (expires + 1) + "&token=" + token));
        assertRefused(links.get(path, "expires=" + expires + "&token=" + flipped));
        assertRefused(links.get("/flows/" + other.id().value() + "/asset", query));
        assertRefused(links.get("/flows/99999999999999999/asset", query));
        // the same file under another flow: the token names the flow, not only the content
        assertThat(links.get(links.assetLink(other)).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "query \"{0}\"")
    @ValueSource(strings = {"", "expires=1", "token=abc", "expires=&token=abc", "expires=12x&token=abc",
        "expires=1&expires=1&token=abc", "expires=1&token=abc&token=abc", "expires=1&token=",
        "expires=99999999999999999999&token=abc"})
    @DisplayName("a malformed query is refused like a bad token")
    void malformedQuery(String query) {
        links.upload(flow, FILE);

        assertRefused(links.get("/flows/" + flow.id().value() + "/asset", query));
    }

    @Test
    @DisplayName("an id that is not a FlowId, a flow without a file and a deleted flow are refused alike")
    void noSuchFile() {
        links.upload(flow, FILE);
        URI link = links.assetLink(flow);

        assertRefused(links.get("/flows/12a/asset", link.getRawQuery()));
        links.delete(flow);
        assertRefused(links.get(link));
    }

    @Test
    @DisplayName("only GET opens a link; a POST, or a handler without link routes, answers 404 as for any unknown path")
    void onlyGet() {
        links.upload(flow, FILE);
        URI link = links.assetLink(flow);
        String path = link.getRawPath().substring(io.flowhex.testkit.scenario.World.PREVIEW_BASE.getRawPath().length());

        CamsHttpResponse post = links.handler.handle(CamsHttpRequest.builder("POST", path).rawQuery(link.getRawQuery())
                .remoteAddress("127.0.0.1").build());
        CamsHttpResponse unrouted = new CamsRpcHandler(links.app.authenticate(),
                ActionRoutes.custom().getFlow(links.app.getFlow()).build(), links.app.health(), RestSettings.ofDefaults())
                .handle(CamsHttpRequest.builder("GET", path).rawQuery(link.getRawQuery()).build());

        assertError(post, 404, "InvalidAction.NotFound");
        assertError(unrouted, 404, "InvalidAction.NotFound");
    }
}
