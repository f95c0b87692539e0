package io.flowhex.application;

import io.flowhex.application.port.in.AccessDeniedDetail;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.CamsException;
import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.SignatureNonce;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.CallAdmission.NonceUse;
import io.flowhex.application.port.out.CallAdmission.Verdict;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.out.NonceLimitExceededException;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.principal.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The one gate every action of the flow API passes, after the protocol adapter had the signature
 * verified (which changes no state), in this order:
 * <ol>
 *   <li>quota for (account, action) → {@code System.LimitControl};</li>
 *   <li>the nonce recorded once → {@code SignatureNonceUsed};</li>
 *   <li>the account subscribed → {@code Product.Unsubscript};</li>
 *   <li>RAM allows {@code cams:<Action>} on {@code *} → {@code Ram.PermissionDeny} with its detail.</li>
 * </ol>
 * The quota comes first so that a throttled call leaves nothing behind: no nonce, nothing another
 * tenant needs. The first two are one {@link CallAdmission}: the quota and the nonce store asked in
 * turn, or one round trip where a store keeps both. What an account can make the quota and the nonce store hold is bounded per account
 * or per key by those ports. A store that fails anywhere in the gate or in the use case behind it
 * becomes {@code ServiceUnavailable} here, once for every action. Every call that reaches the gate is
 * reported to {@link FlowMetrics} once, with the code its caller receives, and each quota refusal once more.
 */
final class Gate {

    /** What a protocol adapter answers for a failure that is no error of the API: the code it is counted under. */
    static final String INTERNAL_ERROR = "InternalError";

    private final AccountRepository accounts;
    private final CallAdmission admission;
    private final QuotaLimits limits;
    private final Authorizer authorizer;
    private final Clock clock;
    private final FlowMetrics metrics;
    private final LongSupplier ticker;

    Gate(AccountRepository accounts, CallAdmission admission, QuotaLimits limits, Authorizer authorizer,
            Clock clock, FlowMetrics metrics, LongSupplier ticker) {
        this.accounts = accounts;
        this.admission = admission;
        this.limits = limits;
        this.authorizer = authorizer;
        this.clock = clock;
        this.metrics = metrics;
        this.ticker = ticker;
    }

    /** What an admitted call knows: the caller's account and the instant it was admitted. */
    record Admission(Account account, Instant now) {
    }

    /** The use case behind the gate. */
    @FunctionalInterface
    interface Admitted<T> {
        T run(Admission admission);
    }

    /** Runs {@code body} if the call passes every check, in the order of the class comment. */
    <T> T pass(CamsAction action, Principal caller, CallContext context, Admitted<T> body) {
        long start = ticker.getAsLong();
        String code = INTERNAL_ERROR;
        try {
            T result = body.run(admit(action, caller, context));
            code = FlowMetrics.OK;
            return result;
        } catch (StoreUnavailableException e) {
            FlowApiException unavailable = new FlowApiException(ErrorCode.SERVICE_UNAVAILABLE);
            code = unavailable.code();
            throw unavailable;
        } catch (CamsException e) {
            code = e.code();
            throw e;
        } finally {
            metrics.actionFinished(action, code, Duration.ofNanos(ticker.getAsLong() - start));
        }
    }

    private Admission admit(CamsAction action, Principal caller, CallContext context) {
        AccountId accountId = caller.account();
        // plain branches rather than Optional chains: this runs on every call, and a capturing
        // lambda is an allocation per call
        Account account = accounts.findById(accountId).orElse(null);
        Instant now = clock.instant();
        Verdict verdict = admit(accountId, action, limits.of(action, account), context, now);
        if (verdict == Verdict.THROTTLED) {
            metrics.quotaDenied(action);
            throw new FlowApiException(ErrorCode.LIMIT_CONTROL);
        }
        if (verdict == Verdict.NONCE_USED) {
            throw new FlowApiException(ErrorCode.NONCE_USED);
        }
        if (account == null || !account.subscribed()) {
            throw new FlowApiException(ErrorCode.PRODUCT_UNSUBSCRIBED);
        }
        Optional<AccessDeniedDetail> denial = authorizer.denial(caller, action.ramAction(), context, now);
        if (denial.isPresent()) {
            throw FlowApiException.permissionDenied(denial.get());
        }
        return new Admission(account, now);
    }

    private Verdict admit(AccountId account, CamsAction action, int permits, CallContext context, Instant now) {
        Optional<NonceUse> nonce = Optional.empty();
        if (context.nonce().isPresent()) {
            SignatureNonce signed = context.nonce().get();
            nonce = Optional.of(new NonceUse(context.accessKeyId(), signed.value(), now, signed.expiresAt()));
        }
        try {
            return admission.admit(account, action.wireName(), permits, nonce);
        } catch (NonceLimitExceededException e) {
            // this key alone holds as many unexpired nonces as the store keeps for one key: flow control
            // for its caller, and nothing any other key or account notices
            throw new FlowApiException(ErrorCode.LIMIT_CONTROL);
        }
    }
}
