package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.CallAdmission.NonceUse;
import io.flowhex.application.port.out.CallAdmission.Verdict;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import io.flowhex.testkit.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CallAdmission} must answer: exactly what its call quota and its nonce store
 * answer when asked in turn ({@link CallAdmission#inTurn}), whether it asks them in turn or in one
 * round trip. The quota first: a refused call records no nonce; a granted one with a used nonce has
 * spent its permit. As in {@link CallQuotaContract}, time passes only through {@link QuotaTime#elapse}, and the
 * suite stays well inside or well past a window.
 */
public abstract class CallAdmissionContract {

    private static final String GET_FLOW = "GetFlow";
    private static final int LIMIT = 5;
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    protected abstract CallAdmission admission();

    /** How time passes for the admission's quota (see {@link QuotaTime}). */
    protected abstract QuotaTime time();

    private static Optional<NonceUse> nonce(AccessKeyId key, String nonce) {
        return Optional.of(new NonceUse(key, nonce, NOW, NOW.plus(Duration.ofMinutes(15))));
    }

    private Verdict admit(AccountId account, int permits, Optional<NonceUse> nonce) {
        return admission().admit(account, GET_FLOW, permits, nonce);
    }

    @Test
    @DisplayName("a call without a nonce is the quota's decision alone: the limit admitted, then throttled")
    void withoutNonce() {
        AccountId account = Fixtures.accountId();
        for (int i = 0; i < LIMIT; i++) {
            assertThat(admit(account, LIMIT, Optional.empty())).as("call %d", i + 1).isEqualTo(Verdict.ADMITTED);
        }
        assertThat(admit(account, LIMIT, Optional.empty())).isEqualTo(Verdict.THROTTLED);
    }

    @Test
    @DisplayName("a new nonce is admitted and recorded: the same nonce again is NONCE_USED, and it spent a permit")
    void replayIsRefusedAndSpendsItsPermit() {
        AccountId account = Fixtures.accountId();
        AccessKeyId key = Fixtures.accessKeyId();

        assertThat(admit(account, LIMIT, nonce(key, "n-1"))).isEqualTo(Verdict.ADMITTED);
        assertThat(admit(account, LIMIT, nonce(key, "n-1"))).isEqualTo(Verdict.NONCE_USED);
        for (int i = 2; i < LIMIT; i++) {
            assertThat(admit(account, LIMIT, nonce(key, "n-" + i))).isEqualTo(Verdict.ADMITTED);
        }
        assertThat(admit(account, LIMIT, nonce(key, "n-new"))).as("the replay counted").isEqualTo(Verdict.THROTTLED);
    }

    @Test
    @DisplayName("a throttled call records nothing: its nonce is admitted once the next window begins")
    void throttledCallRecordsNoNonce() {
        AccountId account = Fixtures.accountId();
        AccessKeyId key = Fixtures.accessKeyId();
        for (int i = 0; i < LIMIT; i++) {
            admit(account, LIMIT, Optional.empty());
        }

        assertThat(admit(account, LIMIT, nonce(key, "late"))).isEqualTo(Verdict.THROTTLED);
        time().elapse(time().window().multipliedBy(2));

        assertThat(admit(account, LIMIT, nonce(key, "late"))).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    @DisplayName("nonces are scoped by AccessKey: another key's nonce of the same text is new")
    void noncesAreScopedByKey() {
        AccountId account = Fixtures.accountId();

        assertThat(admit(account, LIMIT, nonce(Fixtures.accessKeyId(), "shared-text"))).isEqualTo(Verdict.ADMITTED);
        assertThat(admit(account, LIMIT, nonce(Fixtures.accessKeyId(), "shared-text"))).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    @DisplayName("a nonce whose record has expired by the call's present is new again")
    void expiredRecordIsTakenOver() {
        AccountId account = Fixtures.accountId();
        AccessKeyId key = Fixtures.accessKeyId();
        Instant later = NOW.plus(Duration.ofHours(1));

        assertThat(admit(account, LIMIT, nonce(key, "again"))).isEqualTo(Verdict.ADMITTED);
        assertThat(admit(account, LIMIT, Optional.of(new NonceUse(key, "again", later, later.plusSeconds(900)))))
                .isEqualTo(Verdict.ADMITTED);
    }

    @Test
    @DisplayName("16 threads with one nonce at once: exactly one admitted, every other NONCE_USED")
    void oneNonceOnceUnderRace() throws Exception {
        AccountId account = Fixtures.accountId();
        AccessKeyId key = Fixtures.accessKeyId();

        Map<Verdict, Long> verdicts = race(16, thread -> () -> admit(account, 100, nonce(key, "raced")));

        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of(Verdict.ADMITTED, 1L, Verdict.NONCE_USED, 15L));
    }

    @Test
    @DisplayName("16 threads with their own nonces at once: exactly the limit admitted, the rest throttled")
    void exactlyTheLimitUnderRace() throws Exception {
        AccountId account = Fixtures.accountId();
        AccessKeyId key = Fixtures.accessKeyId();

        Map<Verdict, Long> verdicts = race(16, thread -> () -> admit(account, LIMIT, nonce(key, "own-" + thread)));

        assertThat(verdicts).containsExactlyInAnyOrderEntriesOf(Map.of(Verdict.ADMITTED, (long) LIMIT,
                Verdict.THROTTLED, 16L - LIMIT));
    }

    /** Every caller's verdict, released together ({@link Race}), counted. */
    private static Map<Verdict, Long> race(int threads, Function<Integer, Callable<Verdict>> call) throws Exception {
        return Race.among(threads, call::apply).stream()
                .collect(Collectors.groupingBy(verdict -> verdict, Collectors.counting()));
    }
}
