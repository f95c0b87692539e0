package io.flowhex.application;

import io.flowhex.application.port.in.AccessDeniedDetail;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.GetFlowException;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.PreviewLinks;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.Preview;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * GetFlow in the documented order: rate limit, subscription, RAM, ownership, preview renewal. The
 * rate limit comes first so that a caller over its quota costs nothing further; ownership comes last
 * and answers an unknown id exactly like a foreign one, so no caller can learn which ids exist.
 */
final class GetFlowService implements GetFlowUseCase {

    static final String ACTION = "cams:GetFlow";

    private final AccountRepository accounts;
    private final FlowRepository flows;
    private final CallQuota quota;
    private final Authorizer authorizer;
    private final PreviewLinks previews;
    private final Clock clock;
    private final int defaultQps;

    GetFlowService(AccountRepository accounts, FlowRepository flows, CallQuota quota, Authorizer authorizer,
            PreviewLinks previews, Clock clock, int defaultQps) {
        this.accounts = accounts;
        this.flows = flows;
        this.quota = quota;
        this.authorizer = authorizer;
        this.previews = previews;
        this.clock = clock;
        this.defaultQps = defaultQps;
    }

    @Override
    public FlowDetails getFlow(GetFlowQuery query) {
        try {
            return answer(query);
        } catch (StoreUnavailableException e) {
            throw new GetFlowException(ErrorCode.SERVICE_UNAVAILABLE);
        }
    }

    private FlowDetails answer(GetFlowQuery query) {
        AccountId accountId = query.caller().account();
        // plain branches rather than Optional chains: this runs on every call, and a capturing lambda
        // is an allocation per call
        Account account = accounts.findById(accountId).orElse(null);
        int qps = account == null ? defaultQps : account.qpsFor("GetFlow").orElse(defaultQps);
        if (!quota.tryAcquire(accountId, "GetFlow", qps)) {
            throw new GetFlowException(ErrorCode.LIMIT_CONTROL);
        }
        if (account == null || !account.subscribed()) {
            throw new GetFlowException(ErrorCode.PRODUCT_UNSUBSCRIBED);
        }
        Instant now = clock.instant();
        Optional<AccessDeniedDetail> denial = authorizer.denial(query.caller(), ACTION, query.context(), now);
        if (denial.isPresent()) {
            throw GetFlowException.permissionDenied(denial.get());
        }
        Flow flow = flows.findById(query.flowId()).orElse(null);
        if (flow == null || !flow.isVisibleTo(accountId, query.space())) {
            throw new GetFlowException(ErrorCode.RESOURCE_NOT_OWNED);
        }
        if (flow.needsFreshPreview(now)) {
            Preview fresh = previews.issue(flow, now);
            flows.updatePreview(flow.id(), fresh);
            flow = flow.withPreview(fresh);
        }
        return FlowDetails.of(flow);
    }
}
