package io.flowhex.domain.flow;

import java.util.List;
import java.util.Objects;

/** One page of ListFlow's answer, in {@link FlowSummary#NEWEST_FIRST} order; empty past the last flow. */
public record FlowPage(PageRequest request, List<FlowSummary> flows) {

    public FlowPage {
        Objects.requireNonNull(request, "request");
        flows = List.copyOf(Objects.requireNonNull(flows, "flows"));
        if (flows.size() > request.size()) {
            throw new IllegalArgumentException("a page holds at most its Size of flows");
        }
    }
}
