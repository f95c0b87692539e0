package io.flowhex.adapter.http;

import io.flowhex.application.port.out.FlowJsonSource;
import io.flowhex.testkit.Fixtures;
import io.flowhex.testkit.contract.FlowJsonSourceContract;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class HttpFlowJsonSourceContractTest extends FlowJsonSourceContract {

    private static TestServer server;
    private static HttpFlowJsonSource source;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start();
        source = HttpFlowJsonSource.ofDefaults();
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Override
    protected FlowJsonSource source() {
        return source;
    }

    @Override
    protected URI serve(byte[] content) {
        return server.at("/files/" + Fixtures.next() + ".json", TestServer.file(content));
    }

    @Override
    protected URI missing() {
        return server.url("/files/missing-" + Fixtures.next() + ".json");
    }
}
