package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An endpoint URI")
class EndpointUriTest {

    private static final String PREFIX = "https://example.com/";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://example.com/flow-endpoint", "http://example.com", "http://example.com:8080/x?y=1",
            "HTTPS://EXAMPLE.COM/data", "https://192.0.2.10/hook#part"})
    @DisplayName("accepts an absolute http or https URI with a host, whatever the scheme's case")
    void acceptsWebUris(String text) {
        EndpointUri endpoint = EndpointUri.parse(text);

        assertThat(endpoint.value()).isEqualTo(URI.create(text));
        assertThat(endpoint).hasToString(text);
        assertThat(new EndpointUri(URI.create(text))).isEqualTo(endpoint);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ftp://example.com/file", "/relative/path", "example.com/path", "javascript:alert(1)",
            "mailto:ops@example.com", "file:///etc/passwd", "https:///no-host", "https:opaque", "data:text/html,hi"})
    @DisplayName("rejects other schemes, relative references and URIs without a host")
    void rejectsNonWebUris(String text) {
        assertThatThrownBy(() -> EndpointUri.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endpoint URI must be an absolute http or https URI");
        assertThatThrownBy(() -> new EndpointUri(URI.create(text)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endpoint URI must be an absolute http or https URI");
    }

    @Test
    @DisplayName("rejects text that is not a URI at all")
    void rejectsSyntaxErrors() {
        assertThatThrownBy(() -> EndpointUri.parse("https://exa mple.com/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endpoint URI is not a valid URI");
    }

    @Test
    @DisplayName("accepts 2048 characters and rejects 2049, parsed or built from a URI")
    void lengthLimit() {
        String longest = PREFIX + "a".repeat(EndpointUri.MAX_LENGTH - PREFIX.length());
        String tooLong = longest + "a";

        assertThat(EndpointUri.parse(longest).toString()).hasSize(2048);
        assertThatThrownBy(() -> EndpointUri.parse(tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endpoint URI is longer than 2048 characters");
        assertThatThrownBy(() -> new EndpointUri(URI.create(tooLong)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endpoint URI is longer than 2048 characters");
    }

    @Test
    @DisplayName("rejects null, parsed or built")
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> EndpointUri.parse(null))
                .withMessage("endpoint URI must not be null");
        assertThatNullPointerException().isThrownBy(() -> new EndpointUri(null))
                .withMessage("endpoint URI must not be null");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://example.com/flow-endpoint", "HTTPS://EXAMPLE.COM/data"})
    @DisplayName("takes an https URI where the API asks for one")
    void httpsForTheApi(String text) {
        EndpointUri endpoint = EndpointUri.https(text);

        assertThat(endpoint.isHttps()).isTrue();
        assertThat(endpoint).hasToString(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://example.com/data", "ftp://example.com/file", "/relative"})
    @DisplayName("refuses plain http and everything else where the API asks for https")
    void refusesOthersForTheApi(String text) {
        assertThatThrownBy(() -> EndpointUri.https(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("endpoint URI must be an absolute http");
    }

    @Test
    @DisplayName("still holds plain http where fixtures and older rows carry it, and says it is not https")
    void plainHttpIsKnown() {
        EndpointUri plain = EndpointUri.parse("http://localhost:8080/data");

        assertThat(plain.isHttps()).isFalse();
        assertThatThrownBy(() -> EndpointUri.https(plain.toString()))
                .hasMessage("endpoint URI must be an absolute https URI");
    }
}
