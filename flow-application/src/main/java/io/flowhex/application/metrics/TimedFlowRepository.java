package io.flowhex.application.metrics;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SpaceId;
import java.util.List;
import java.util.Optional;

/** {@link FlowRepository}, each call timed. */
final class TimedFlowRepository implements FlowRepository {

    private final FlowRepository delegate;
    private final StoreCalls calls;

    TimedFlowRepository(FlowRepository delegate, StoreCalls calls) {
        this.delegate = delegate;
        this.calls = calls;
    }

    @Override
    public Optional<Flow> findById(FlowId id) {
        return calls.call("findById", () -> delegate.findById(id));
    }

    @Override
    public WriteResult save(Flow flow) {
        return calls.call("save", () -> delegate.save(flow));
    }

    @Override
    public WriteResult create(Flow flow) {
        return calls.call("create", () -> delegate.create(flow));
    }

    @Override
    public WriteResult update(Flow next, long expectedRevision) {
        return calls.call("update", () -> delegate.update(next, expectedRevision));
    }

    @Override
    public WriteResult updateWithAsset(Flow next, long expectedRevision, FlowAsset asset) {
        return calls.call("updateWithAsset", () -> delegate.updateWithAsset(next, expectedRevision, asset));
    }

    @Override
    public WriteResult delete(FlowId id, long expectedRevision) {
        return calls.call("delete", () -> delegate.delete(id, expectedRevision));
    }

    @Override
    public Optional<FlowAsset> findAsset(FlowId id) {
        return calls.call("findAsset", () -> delegate.findAsset(id));
    }

    @Override
    public List<FlowSummary> list(AccountId owner, Optional<SpaceId> space, Optional<String> nameContains,
            PageRequest page) {
        return calls.call("list", () -> delegate.list(owner, space, nameContains, page));
    }

    @Override
    public boolean updatePreview(FlowId id, Preview preview) {
        return calls.test("updatePreview", () -> delegate.updatePreview(id, preview));
    }
}
