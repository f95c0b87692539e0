package io.flowhex.application.metrics;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.PublishableVersions;
import io.flowhex.domain.flow.SpaceId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** {@link FlowRepository}, each call timed. */
final class TimedFlowRepository implements FlowRepository {

    private final FlowRepository delegate;
    private final StoreCalls findByIdCalls;
    private final StoreCalls saveCalls;
    private final StoreCalls createCalls;
    private final StoreCalls updateCalls;
    private final StoreCalls updateWithAssetCalls;
    private final StoreCalls deleteCalls;
    private final StoreCalls findAssetCalls;
    private final StoreCalls findWithFlowJsonCheckCalls;
    private final StoreCalls publishIfAcceptedCalls;
    private final StoreCalls listCalls;
    private final StoreCalls updatePreviewCalls;

    TimedFlowRepository(FlowRepository delegate, Function<String, StoreCalls> calls) {
        this.delegate = delegate;
        this.findByIdCalls = calls.apply("findById");
        this.saveCalls = calls.apply("save");
        this.createCalls = calls.apply("create");
        this.updateCalls = calls.apply("update");
        this.updateWithAssetCalls = calls.apply("updateWithAsset");
        this.deleteCalls = calls.apply("delete");
        this.findAssetCalls = calls.apply("findAsset");
        this.findWithFlowJsonCheckCalls = calls.apply("findWithFlowJsonCheck");
        this.publishIfAcceptedCalls = calls.apply("publishIfAccepted");
        this.listCalls = calls.apply("list");
        this.updatePreviewCalls = calls.apply("updatePreview");
    }

    @Override
    public Optional<Flow> findById(FlowId id) {
        return findByIdCalls.call(() -> delegate.findById(id));
    }

    @Override
    public WriteResult save(Flow flow) {
        return saveCalls.call(() -> delegate.save(flow));
    }

    @Override
    public WriteResult create(Flow flow) {
        return createCalls.call(() -> delegate.create(flow));
    }

    @Override
    public WriteResult update(Flow next, long expectedRevision) {
        return updateCalls.call(() -> delegate.update(next, expectedRevision));
    }

    @Override
    public WriteResult updateWithAsset(Flow next, long expectedRevision, FlowAsset asset) {
        return updateWithAssetCalls.call(() -> delegate.updateWithAsset(next, expectedRevision, asset));
    }

    @Override
    public WriteResult delete(FlowId id, long expectedRevision) {
        return deleteCalls.call(() -> delegate.delete(id, expectedRevision));
    }

    @Override
    public Optional<FlowAsset> findAsset(FlowId id) {
        return findAssetCalls.call(() -> delegate.findAsset(id));
    }

    @Override
    public Optional<CheckedFlow> findWithFlowJsonCheck(FlowId id) {
        return findWithFlowJsonCheckCalls.call(() -> delegate.findWithFlowJsonCheck(id));
    }

    @Override
    public boolean publishIfAccepted(FlowId id, AccountId owner, Optional<SpaceId> space,
            PublishableVersions publishable) {
        return publishIfAcceptedCalls.test(() -> delegate.publishIfAccepted(id, owner, space, publishable));
    }

    @Override
    public List<FlowSummary> list(AccountId owner, Optional<SpaceId> space, Optional<String> nameContains,
            PageRequest page) {
        return listCalls.call(() -> delegate.list(owner, space, nameContains, page));
    }

    @Override
    public boolean updatePreview(FlowId id, Preview preview) {
        return updatePreviewCalls.test(() -> delegate.updatePreview(id, preview));
    }
}
