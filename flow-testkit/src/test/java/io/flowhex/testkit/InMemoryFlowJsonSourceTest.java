package io.flowhex.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FetchRefusedException.Reason;
import io.flowhex.application.port.out.FlowJsonSource;
import io.flowhex.testkit.contract.FlowJsonSourceContract;
import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryFlowJsonSourceTest extends FlowJsonSourceContract {

    private final InMemoryFlowJsonSource source = new InMemoryFlowJsonSource();

    @Override
    protected FlowJsonSource source() {
        return source;
    }

    @Override
    protected URI serve(byte[] content) {
        URI url = URI.create("https://assets.flowhex.test/" + Fixtures.next() + ".json");
        source.put(url, content);
        return url;
    }

    @Override
    protected URI missing() {
        return URI.create("https://assets.flowhex.test/missing-" + Fixtures.next() + ".json");
    }

    @Test
    @DisplayName("a refused URL fails with the reason and message the test chose, until a file is put there")
    void refusedUrlFailsAsTold() throws Exception {
        URI url = serve(new byte[] {'{', '}'});
        source.refuse(url, Reason.TOO_SLOW, "the file at FilePath did not arrive within 20 seconds");

        assertThat(refusal(url).reason()).isEqualTo(Reason.TOO_SLOW);
        assertThat(refusal(url).getMessage()).isEqualTo("the file at FilePath did not arrive within 20 seconds");

        source.put(url, new byte[] {'[', ']'});
        assertThat(source.fetch(url)).containsExactly('[', ']');
    }

    @Test
    @DisplayName("a put copies the array: changing it afterwards changes nothing served")
    void putCopies() throws Exception {
        byte[] content = {'{', '}'};
        URI url = serve(content);
        content[0] = 'x';

        assertThat(source.fetch(url)).containsExactly('{', '}');
    }
}
