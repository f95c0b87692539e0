package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Driven port: the gate's first two checks as one step, in the gate's order: a permit from the call
 * quota, then, only for a granted call that carries a nonce, the nonce recorded. It exists for a store
 * that keeps the quota and the nonces together and can decide both in one round trip (a shared quota
 * on the database that also holds the nonces); a {@link CallQuota} offers one through
 * {@link CallQuota#admissionWith}. Without one, the application asks its {@code CallQuota} and then
 * its {@link NonceStore}, and an implementation of this port answers exactly as that pair would.
 */
@FunctionalInterface
public interface CallAdmission {

    /**
     * Takes one permit of {@code permitsPerSecond} for (account, action), as
     * {@link CallQuota#tryAcquire} does, and, if granted, records {@code nonce} as
     * {@link NonceStore#recordIfAbsent} does. A refused call records nothing.
     *
     * @throws NonceLimitExceededException as the nonce store may; the permit is spent, nothing recorded
     * @throws StoreUnavailableException   if the store does not answer
     */
    Verdict admit(AccountId account, String action, int permitsPerSecond, Optional<NonceUse> nonce);

    /** What the two checks found. */
    enum Verdict {
        /** Granted; the nonce, if any, was new and is recorded. */
        ADMITTED,
        /** Refused by the quota; nothing was recorded. */
        THROTTLED,
        /** Granted by the quota, but the nonce was used already. */
        NONCE_USED
    }

    /** A signed call's nonce, with the arguments {@link NonceStore#recordIfAbsent} takes. */
    record NonceUse(AccessKeyId accessKeyId, String nonce, Instant now, Instant expiresAt) {
        public NonceUse {
            Objects.requireNonNull(accessKeyId, "accessKeyId");
            Objects.requireNonNull(nonce, "nonce");
            Objects.requireNonNull(now, "now");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** The two ports asked in turn: what the application does when no store offers more. */
    static CallAdmission inTurn(CallQuota quota, NonceStore nonces) {
        Objects.requireNonNull(quota, "quota");
        Objects.requireNonNull(nonces, "nonces");
        return (account, action, permitsPerSecond, nonce) -> {
            if (!quota.tryAcquire(account, action, permitsPerSecond)) {
                return Verdict.THROTTLED;
            }
            if (nonce.isEmpty()) {
                return Verdict.ADMITTED;
            }
            NonceUse use = nonce.get();
            return nonces.recordIfAbsent(use.accessKeyId(), use.nonce(), use.now(), use.expiresAt())
                    ? Verdict.ADMITTED : Verdict.NONCE_USED;
        };
    }
}
