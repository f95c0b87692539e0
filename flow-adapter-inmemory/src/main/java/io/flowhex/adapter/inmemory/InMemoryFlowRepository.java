package io.flowhex.adapter.inmemory;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.Preview;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Flows by id; flows are immutable values, so readers never see a half-made change. */
final class InMemoryFlowRepository implements FlowRepository {

    private final ConcurrentHashMap<FlowId, Flow> flows = new ConcurrentHashMap<>();

    @Override
    public Optional<Flow> findById(FlowId id) {
        return Optional.ofNullable(flows.get(Objects.requireNonNull(id, "id")));
    }

    @Override
    public void save(Flow flow) {
        flows.put(flow.id(), flow);
    }

    @Override
    public boolean updatePreview(FlowId id, Preview preview) {
        Objects.requireNonNull(preview, "preview");
        return flows.computeIfPresent(id, (key, flow) -> flow.withPreview(preview)) != null;
    }
}
