package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.flowhex.domain.account.AccountId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A flow listing")
class FlowListingTest {

    private static final Instant T = Instant.parse("2026-03-01T00:00:00Z");

    private static FlowSummary summary(String id, Instant created) {
        return new FlowSummary(FlowId.of(id), new FlowName("f" + id), FlowCategories.of(FlowCategory.OTHER), created);
    }

    @Test
    @DisplayName("orders newest first, then by FlowId as text")
    void order() {
        List<FlowSummary> flows = new ArrayList<>(List.of(summary("2", T), summary("30", T.plusSeconds(1)),
                summary("10", T), summary("1", T.minusSeconds(1)), summary("100", T)));

        flows.sort(FlowSummary.NEWEST_FIRST);

        assertThat(flows).extracting(s -> s.id().value()).containsExactly("30", "10", "100", "2", "1");
    }

    @Test
    @DisplayName("summarises a flow by its id, name, categories and creation time")
    void summaryOfFlow() {
        Flow flow = Flow.draft(FlowId.of("1234567890123456"), new AccountId("1000000000000001"),
                new SpaceId("cams-a"), new FlowName("n"), FlowCategories.of(FlowCategory.SURVEY), Optional.empty(), T);

        assertThat(FlowSummary.of(flow)).isEqualTo(new FlowSummary(flow.id(), flow.name(), flow.categories(), T));
    }

    @Test
    @DisplayName("holds at most a page's Size of flows, and may be empty")
    void pageBound() {
        List<FlowSummary> two = List.of(summary("1", T), summary("2", T));

        assertThat(new FlowPage(new PageRequest(5, 2), two).flows()).hasSize(2);
        assertThat(new FlowPage(new PageRequest(9, 2), List.of()).flows()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new FlowPage(new PageRequest(1, 1), two))
                .withMessageContaining("at most");
    }
}
