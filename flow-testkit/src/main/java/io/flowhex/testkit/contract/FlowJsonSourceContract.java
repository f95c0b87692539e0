package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.application.port.out.FetchRefusedException;
import io.flowhex.application.port.out.FetchRefusedException.Reason;
import io.flowhex.application.port.out.FlowJsonSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link FlowJsonSource} must do with files it can reach. Adapters add the limits only
 * they can be attacked through (redirects, addresses, slow servers).
 */
public abstract class FlowJsonSourceContract {

    protected abstract FlowJsonSource source();

    /** Makes {@code content} available and answers the http(s) URL it can be fetched from. */
    protected abstract URI serve(byte[] content);

    /** An http(s) URL, on a server that answers, where there is no file (a 404). */
    protected abstract URI missing();

    @Test
    @DisplayName("a served file comes back byte for byte, bytes that are not UTF-8 included")
    void servedFileComesBackExactly() throws Exception {
        byte[] content = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', 0, (byte) 0xFF, '\r', '\n'};

        assertThat(source().fetch(serve(content))).containsExactly(content);
    }

    @Test
    @DisplayName("an empty file is an empty array, not a refusal")
    void emptyFileIsEmpty() throws Exception {
        assertThat(source().fetch(serve(new byte[0]))).isEmpty();
    }

    @Test
    @DisplayName("the caller owns the array: changing it changes nothing the next fetch sees")
    void callerOwnsTheArray() throws Exception {
        byte[] content = "{\"version\":\"7.0\",\"screens\":[]}".getBytes(StandardCharsets.UTF_8);
        URI url = serve(content);

        byte[] first = source().fetch(url);
        Arrays.fill(first, (byte) 'x');

        assertThat(source().fetch(url)).containsExactly(content);
    }

    @Test
    @DisplayName("a file of exactly the limit is taken")
    void fileAtTheLimitIsTaken() throws Exception {
        byte[] content = new byte[FlowJsonSource.MAX_FILE_BYTES];
        content[content.length - 1] = '}';

        assertThat(source().fetch(serve(content))).hasSize(FlowJsonSource.MAX_FILE_BYTES).endsWith((byte) '}');
    }

    @Test
    @DisplayName("a file one byte over the limit is refused with TOO_LARGE")
    void fileOverTheLimitIsRefused() {
        FetchRefusedException refused = refusal(serve(new byte[FlowJsonSource.MAX_FILE_BYTES + 1]));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.getMessage()).contains(String.valueOf(FlowJsonSource.MAX_FILE_BYTES));
    }

    @Test
    @DisplayName("a missing file is refused with HTTP_STATUS, and the message names no host")
    void missingFileIsRefused() {
        URI url = missing();

        FetchRefusedException refused = refusal(url);

        assertThat(refused.reason()).isEqualTo(Reason.HTTP_STATUS);
        assertThat(refused.getMessage()).contains("404").doesNotContain(url.getHost());
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://files.example.com/flow.json", "jar:file:/a.jar!/flow.json",
            "data:application/json,%7B%7D", "gopher://files.example.com/flow.json", "flow.json"})
    @DisplayName("a URL that is not http or https is refused with NOT_HTTP")
    void otherSchemesAreRefused(String url) {
        assertThat(refusal(URI.create(url)).reason()).isEqualTo(Reason.NOT_HTTP);
    }

    /** The refusal a fetch of {@code url} ends in; fails the test if the fetch succeeds. */
    protected final FetchRefusedException refusal(URI url) {
        FetchRefusedException refused = catchThrowableOfType(FetchRefusedException.class, () -> source().fetch(url));
        assertThat(refused).as("refusal of a fetch").isNotNull();
        assertThat(refused.getMessage()).isNotBlank();
        return refused;
    }
}
