package io.flowhex.adapter.inmemory;

import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.SpaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One account's flows as ListFlow reads them: summaries kept in ListFlow's order
 * ({@link FlowSummary#NEWEST_FIRST}), for the whole account and per space, so that a page is read
 * from its start without looking at, let alone sorting, every flow of the account (what an index on
 * {@code (account_id, space_id, created_at DESC, id)} gives the JDBC store). Not thread-safe: its
 * repository guards it.
 */
final class OwnerListing {

    private final NavigableSet<FlowSummary> all = new TreeSet<>(FlowSummary.NEWEST_FIRST);
    private final Map<SpaceId, NavigableSet<FlowSummary>> bySpace = new HashMap<>();

    void add(SpaceId space, FlowSummary summary) {
        all.add(summary);
        bySpace.computeIfAbsent(space, s -> new TreeSet<>(FlowSummary.NEWEST_FIRST)).add(summary);
    }

    /** Removes the summary with this one's place in the order (its creation time and id). */
    void remove(SpaceId space, FlowSummary summary) {
        all.remove(summary);
        NavigableSet<FlowSummary> inSpace = bySpace.get(space);
        if (inSpace != null && inSpace.remove(summary) && inSpace.isEmpty()) {
            bySpace.remove(space);
        }
    }

    /** The ids of every flow of the account, in ListFlow's order. */
    List<FlowId> ids() {
        return all.stream().map(FlowSummary::id).toList();
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** The page: the flows of the space (or all), whose names contain the filter, in order. */
    List<FlowSummary> page(Optional<SpaceId> space, Optional<String> nameContains, PageRequest page) {
        NavigableSet<FlowSummary> source = space.isPresent() ? bySpace.get(space.get()) : all;
        List<FlowSummary> out = new ArrayList<>(page.size());
        if (source == null) {
            return out;
        }
        long toSkip = page.offset();
        for (FlowSummary summary : source) {
            if (nameContains.isPresent() && !summary.name().value().contains(nameContains.get())) {
                continue;
            }
            if (toSkip > 0) {
                toSkip--;
            } else if (out.add(summary) && out.size() == page.size()) {
                break;
            }
        }
        return out;
    }
}
