package io.flowhex.domain.flow;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A flow as ListFlow shows it ({@code FlowId}, {@code FlowName}, {@code Categories}), with the
 * creation time that orders the listing. A store can read these columns alone, without decoding the
 * endpoint and preview links of every flow on the page.
 */
public record FlowSummary(FlowId id, FlowName name, FlowCategories categories, Instant createdAt) {

    /**
     * ListFlow's order: newest first, then by FlowId as text, ascending (what {@code ORDER BY
     * created_at DESC, id ASC} gives under a binary collation such as PostgreSQL's {@code "C"}).
     */
    public static final Comparator<FlowSummary> NEWEST_FIRST = Comparator.comparing(FlowSummary::createdAt)
            .reversed().thenComparing(summary -> summary.id().value());

    public FlowSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(categories, "categories");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static FlowSummary of(Flow flow) {
        return new FlowSummary(flow.id(), flow.name(), flow.categories(), flow.createdAt());
    }
}
