package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowName;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.flow.FlowStatus;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Flows by id, their assets, and the name and owner indexes. Reads are lock-free (flows are
 * immutable values, so a reader never sees a half-made change); every write takes the one monitor,
 * so a check and the write it guards (the revision compare-and-set, the name's uniqueness, a flow
 * and its asset) are one atomic step, as one SQL statement or transaction is in the JDBC store.
 */
final class InMemoryFlowRepository implements FlowRepository {

    private final ConcurrentHashMap<FlowId, Flow> flows = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<FlowId, FlowAsset> assets = new ConcurrentHashMap<>();
    // guarded by this
    private final Map<NameKey, FlowId> names = new HashMap<>();
    // guarded by this: each account's flows in ListFlow's order
    private final Map<AccountId, OwnerListing> listings = new HashMap<>();

    private record NameKey(AccountId owner, SpaceId space, FlowName name) {
        static NameKey of(Flow flow) {
            return new NameKey(flow.owner(), flow.space(), flow.name());
        }
    }

    @Override
    public Optional<Flow> findById(FlowId id) {
        return Optional.ofNullable(flows.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized WriteResult save(Flow flow) {
        Flow stored = flows.get(flow.id());
        if (nameTakenByAnother(flow)) {
            return WriteResult.NAME_TAKEN;
        }
        if (stored != null) {
            unindex(stored);
        }
        index(flow);
        return WriteResult.DONE;
    }

    @Override
    public synchronized WriteResult create(Flow flow) {
        if (flows.containsKey(flow.id())) {
            return WriteResult.ID_TAKEN;
        }
        if (nameTakenByAnother(flow)) {
            return WriteResult.NAME_TAKEN;
        }
        index(flow);
        return WriteResult.DONE;
    }

    @Override
    public synchronized WriteResult update(Flow next, long expectedRevision) {
        return replace(next, expectedRevision, null);
    }

    @Override
    public synchronized WriteResult updateWithAsset(Flow next, long expectedRevision, FlowAsset asset) {
        return replace(next, expectedRevision, Objects.requireNonNull(asset, "asset"));
    }

    private WriteResult replace(Flow next, long expectedRevision, FlowAsset asset) {
        Flow stored = flows.get(next.id());
        if (stored == null || stored.revision() != expectedRevision) {
            return WriteResult.CONFLICT;
        }
        if (nameTakenByAnother(next)) {
            return WriteResult.NAME_TAKEN;
        }
        unindex(stored);
        index(next);
        if (asset != null) {
            assets.put(next.id(), asset);
        }
        return WriteResult.DONE;
    }

    @Override
    public synchronized WriteResult delete(FlowId id, long expectedRevision) {
        Flow stored = flows.get(id);
        if (stored == null || stored.revision() != expectedRevision) {
            return WriteResult.CONFLICT;
        }
        unindex(stored);
        flows.remove(id);
        assets.remove(id);
        return WriteResult.DONE;
    }

    @Override
    public Optional<FlowAsset> findAsset(FlowId id) {
        return Optional.ofNullable(assets.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public synchronized Optional<CheckedFlow> findWithFlowJsonCheck(FlowId id) {
        // under the monitor: a flow and its file change together, and this reads them together
        return findById(id).map(flow -> new CheckedFlow(flow, findAsset(id).map(FlowAsset::check)));
    }

    @Override
    public List<FlowSummary> list(AccountId owner, Optional<SpaceId> space, Optional<String> nameContains,
            PageRequest page) {
        Objects.requireNonNull(page, "page");
        synchronized (this) {
            OwnerListing listing = listings.get(owner);
            // the page is a new list of immutable summaries: handed out unmodifiable, not copied again
            return listing == null ? List.of() : Collections.unmodifiableList(listing.page(space, nameContains, page));
        }
    }

    @Override
    public synchronized boolean updatePreview(FlowId id, Preview preview) {
        Objects.requireNonNull(preview, "preview");
        return flows.computeIfPresent(id, (key, flow) -> flow.withPreview(preview)) != null;
    }

    /** Removes the account's flows with their assets, under the one write monitor. */
    synchronized void removeOwnedBy(AccountId owner) {
        OwnerListing listing = listings.remove(owner);
        if (listing == null) {
            return;
        }
        // ListFlow's index names the account's flows: the reset touches those, not every flow stored
        for (FlowId id : listing.ids()) {
            Flow flow = flows.remove(id);
            names.remove(NameKey.of(flow), id);
            assets.remove(id);
        }
    }

    synchronized void clear() {
        flows.clear();
        assets.clear();
        names.clear();
        listings.clear();
    }

    Map<FlowStatus, Long> countByStatus() {
        Map<FlowStatus, Long> counts = new EnumMap<>(FlowStatus.class);
        flows.values().forEach(flow -> counts.merge(flow.status(), 1L, Long::sum));
        return counts;
    }

    private boolean nameTakenByAnother(Flow flow) {
        FlowId holder = names.get(NameKey.of(flow));
        return holder != null && !holder.equals(flow.id());
    }

    /** Stores the flow (replacing in one step, so lock-free readers never find it missing) and indexes it. */
    private void index(Flow flow) {
        flows.put(flow.id(), flow);
        names.put(NameKey.of(flow), flow.id());
        listings.computeIfAbsent(flow.owner(), owner -> new OwnerListing()).add(flow.space(), FlowSummary.of(flow));
    }

    /** Drops the flow's name and owner entries; the flow itself stays readable until replaced or removed. */
    private void unindex(Flow flow) {
        names.remove(NameKey.of(flow), flow.id());
        OwnerListing listing = listings.get(flow.owner());
        if (listing != null) {
            listing.remove(flow.space(), FlowSummary.of(flow));
            if (listing.isEmpty()) {
                listings.remove(flow.owner());
            }
        }
    }
}
