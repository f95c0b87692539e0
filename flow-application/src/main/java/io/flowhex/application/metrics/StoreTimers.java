package io.flowhex.application.metrics;

import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.application.port.out.StoreHealth;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Wraps each store port so that every call is reported to {@link FlowMetrics#storeCallFinished}, under
 * the store names {@code flows}, {@code accounts}, {@code accessKeys}, {@code ramUsers}, {@code policies},
 * {@code nonces}, {@code admission} (a store's quota and nonces in one round trip, see
 * {@link CallAdmission}) and {@code health} and the port's method name. The ticker is a nanosecond counter
 * ({@code System::nanoTime} in production; a test's own for exact durations).
 */
public final class StoreTimers {

    private final FlowMetrics metrics;
    private final LongSupplier ticker;

    private StoreTimers(FlowMetrics metrics, LongSupplier ticker) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
    }

    public static StoreTimers of(FlowMetrics metrics, LongSupplier ticker) {
        return new StoreTimers(metrics, ticker);
    }

    public FlowRepository flows(FlowRepository store) {
        return new TimedFlowRepository(Objects.requireNonNull(store, "flows"), calls("flows"));
    }

    public AccountRepository accounts(AccountRepository store) {
        return new TimedAccountRepository(Objects.requireNonNull(store, "accounts"), calls("accounts"));
    }

    public AccessKeyRepository accessKeys(AccessKeyRepository store) {
        return new TimedAccessKeyRepository(Objects.requireNonNull(store, "accessKeys"), calls("accessKeys"));
    }

    public RamUserRepository ramUsers(RamUserRepository store) {
        return new TimedRamUserRepository(Objects.requireNonNull(store, "ramUsers"), calls("ramUsers"));
    }

    public PolicyRepository policies(PolicyRepository store) {
        return new TimedPolicyRepository(Objects.requireNonNull(store, "policies"), calls("policies"));
    }

    public NonceStore nonces(NonceStore store) {
        Objects.requireNonNull(store, "nonces");
        StoreCalls calls = calls("nonces").apply("recordIfAbsent");
        return (key, nonce, now, expiresAt) -> calls.test(() -> store.recordIfAbsent(key, nonce, now, expiresAt));
    }

    public CallAdmission admission(CallAdmission store) {
        Objects.requireNonNull(store, "admission");
        StoreCalls calls = calls("admission").apply("admit");
        return (account, action, permits, nonce) -> calls.call(() -> store.admit(account, action, permits, nonce));
    }

    public StoreHealth health(StoreHealth store) {
        Objects.requireNonNull(store, "health");
        StoreCalls calls = calls("health").apply("isAvailable");
        return () -> calls.test(store::isAvailable);
    }

    /** The calls of each operation of {@code store}, their recorders resolved now, once. */
    private Function<String, StoreCalls> calls(String store) {
        return operation -> StoreCalls.of(store, operation, metrics, ticker);
    }
}
