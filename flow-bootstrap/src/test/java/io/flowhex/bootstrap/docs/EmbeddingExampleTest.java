package io.flowhex.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategories;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's embedding example, compiled and run; the README must show exactly these lines. */
class EmbeddingExampleTest {

    @Test
    @DisplayName("the README's embedding example runs and returns the flow with a fresh preview")
    void embeddingExampleRuns() {
        // README:embedding:begin
        FlowhexApplication app = FlowhexApplication.custom()
                .stores(InMemoryStores.create())      // or JdbcFlowStore.create(dataSource)
                .defaultQps(5)
                .build();

        AccountId account = new AccountId("1234567890123456");
        SpaceId space = new SpaceId("cams-space-a");
        app.provision().saveAccount(Account.subscribed(account, Set.of(space)));
        app.provision().saveFlow(Flow.draft(new FlowId("92675332812643"), account, space,
                new FlowName("flow_001"), FlowCategories.of(FlowCategory.SIGN_UP), Optional.empty(),
                Instant.parse("2026-01-01T00:00:00Z")));

        FlowDetails flow = app.getFlow().getFlow(new GetFlowQuery(
                new RootPrincipal(account), new FlowId("92675332812643"), Optional.of(space),
                new CallContext(Optional.of("203.0.113.7"), true, new AccessKeyId("LTAI5tExampleKeyId"))));
        // README:embedding:end

        assertThat(flow.flowName().value()).isEqualTo("flow_001");
        assertThat(flow.categories().names()).containsExactly("SIGN_UP");
        assertThat(flow.preview().expiresAt()).isAfter(app.clock().instant());
    }

    @Test
    @DisplayName("the README shows the example exactly as this test runs it")
    void readmeShowsTheExample() throws IOException {
        ReadmeSnippets.assertReadmeShows("EmbeddingExampleTest.java", "embedding");
    }
}
