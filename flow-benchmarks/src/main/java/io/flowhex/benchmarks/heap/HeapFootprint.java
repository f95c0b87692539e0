package io.flowhex.benchmarks.heap;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.ratelimit.LocalCallQuota;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Heap used after {@code N} distinct accounts have each called once, against the idle heap before the
 * calls (both after {@code System.gc()}, as {@link java.lang.management.MemoryMXBean} reports it).
 * The quota forgets accounts while the calls run, more or fewer with their rate, so the growth is also
 * given per account still tracked ({@code bytes_per_tracked_account}), the figure that does not depend
 * on the rate. Two paths: {@code quota} calls {@link LocalCallQuota#tryAcquire} directly, for
 * GetFlow; {@code getflow} calls GetFlow on the in-memory adapters for accounts provisioned (with
 * their flows) before the idle measurement. Every call builds its own {@link AccountId}, as a request would, so what the limiter
 * keeps of it is counted. Reports three figures: idle, right after the last call, and after the
 * limiter's idle timeout has passed and its sweep has forgotten the idle accounts. The limiter sweeps a
 * few accounts per call, so after the timeout one more account calls (through the path) and then calls
 * the limiter directly, again and again, until the limiter tracks that account alone: every other
 * account has been idle for seconds by then, and an exact sweep forgets them all. {@code sweep_calls}
 * says how many calls that took, the first included (about one per 32 accounts tracked). The
 * {@code getflow} path gives the application its limiter, the one it would build by default, so as to
 * see it.
 *
 * <p>A third path, {@code nonces}, records {@code N} distinct nonces in the in-memory nonce store under
 * one AccessKey, each call with its own {@code now} and {@code expiresAt} as an authentication makes
 * them. The nonce strings are built before the idle measurement, so the growth is what the store adds
 * per nonce ("per account" reads "per nonce" there); nothing expires within the idle timeout.
 *
 * <p>Usage: {@code java -Xmx4g -cp benchmarks.jar io.flowhex.benchmarks.heap.HeapFootprint [quota|getflow|nonces] [N]}
 */
public final class HeapFootprint {

    private static final long MIB = 1024 * 1024;
    /** The one action every account calls, as GetFlow's accounts do. */
    private static final String ACTION = "GetFlow";

    private HeapFootprint() {
    }

    public static void main(String[] args) throws InterruptedException {
        String path = args.length > 0 ? args[0] : "quota";
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        Caller caller = switch (path) {
            case "quota" -> quotaPath();
            case "getflow" -> getFlowPath(accounts);
            case "nonces" -> noncePath(accounts);
            default -> throw new IllegalArgumentException("path is quota, getflow or nonces, was " + path);
        };
        long idle = usedHeapAfterGc();
        long started = System.nanoTime();
        for (int i = 0; i < accounts; i++) {
            if (!caller.call(i)) {
                throw new IllegalStateException("call " + i + " was refused");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long afterCalls = usedHeapAfterGc();
        String held = caller.held();
        // the growth over what is still tracked: the sweep may have forgotten some accounts already,
        // more or fewer with the call rate, which the per-call figure mixes in
        int tracked = caller.tracked();
        String perTracked = tracked == 0 ? ""
                : String.format(Locale.ROOT, " bytes_per_tracked_account=%.1f", (afterCalls - idle) / (double) tracked);
        Thread.sleep(Duration.ofSeconds(3).toMillis()); // past the limiter's idle timeout, 1 s by default
        String swept = caller.sweep(accounts); // one more account, and the calls that finish the sweep
        long afterIdle = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "path=%s accounts=%d calls_s=%.1f idle_MiB=%.1f after_calls_MiB=%.1f "
                        + "growth_MiB=%.1f bytes_per_account=%.0f%s%s%s after_idle_timeout_MiB=%.1f growth_after_idle_timeout_MiB=%.1f%n",
                path, accounts, seconds, mib(idle), mib(afterCalls), mib(afterCalls - idle),
                (afterCalls - idle) / (double) accounts, held, perTracked, swept, mib(afterIdle), mib(afterIdle - idle));
    }

    /** One call for account number {@code index}; false if it was refused. */
    private interface Caller {
        boolean call(int index);

        /**
         * How many accounts the limiter tracks, where the path can see it: the growth depends on it, and
         * it on how fast the calls ran, since an account is tracked for one to two idle timeouts.
         */
        default String held() {
            return "";
        }

        /** How many accounts the limiter tracks, or 0 where the path cannot see it. */
        default int tracked() {
            return 0;
        }

        /** After the idle timeout: one more call, for account number {@code index}, and what it did. */
        default String sweep(int index) {
            call(index);
            return "";
        }
    }

    /** A caller on a path through {@code quota}: it can see the quota's accounts and finish its sweep. */
    private record LimitedCaller(LocalCallQuota quota, Caller path) implements Caller {

        @Override
        public boolean call(int index) {
            return path.call(index);
        }

        @Override
        public String held() {
            return " tracked_accounts=" + quota.trackedAccounts();
        }

        @Override
        public int tracked() {
            return quota.trackedAccounts();
        }

        @Override
        public String sweep(int index) {
            int before = quota.trackedAccounts();
            call(index);
            AccountId account = new AccountId(accountText(index));
            int calls = 1;
            // each call advances the sweep by a few accounts; the bound only guards against a sweep that
            // never forgets them
            while (quota.trackedAccounts() > 1) {
                if (calls > before + 1) {
                    throw new IllegalStateException("still " + quota.trackedAccounts() + " accounts tracked after "
                            + calls + " calls");
                }
                quota.tryAcquire(account, ACTION, FlowhexApplication.DEFAULT_QPS);
                calls++;
            }
            return " sweep_calls=" + calls;
        }
    }

    private static Caller quotaPath() {
        LocalCallQuota quota = LocalCallQuota.create(Clock.systemUTC());
        return new LimitedCaller(quota,
                index -> quota.tryAcquire(new AccountId(accountText(index)), ACTION, FlowhexApplication.DEFAULT_QPS));
    }

    private static Caller getFlowPath(int accounts) {
        LocalCallQuota quota = LocalCallQuota.create(Clock.systemUTC());
        FlowhexApplication app = FlowhexApplication.custom().stores(InMemoryStores.create()).callQuota(quota).build();
        SpaceId space = new SpaceId("cams-space-heap");
        Instant previewExpiry = Instant.now().plus(Duration.ofDays(30));
        // one account more than the calls: the extra one is the call after the idle timeout
        for (int i = 0; i <= accounts; i++) {
            AccountId account = new AccountId(accountText(i));
            app.provision().saveAccount(Account.subscribed(account, Set.of(space)));
            app.provision().saveFlow(Fixtures.flow(account, space).id(new FlowId(flowText(i)))
                    .preview("https://preview.flowhex.invalid/" + i, previewExpiry).build());
        }
        AccessKeyId key = new AccessKeyId("LTAI5tHeapFootprint");
        return new LimitedCaller(quota, index -> {
            AccountId account = new AccountId(accountText(index));
            app.getFlow().getFlow(new GetFlowQuery(new RootPrincipal(account), new FlowId(flowText(index)),
                    Optional.of(space), new CallContext(Optional.of("192.0.2.10"), false, key)));
            return true;
        });
    }

    private static Caller noncePath(int nonces) {
        // one more than the calls, for the call after the idle timeout
        NonceStore store = InMemoryStores.withMaxNoncesPerKey(nonces + 1).nonces();
        String[] texts = new String[nonces + 1];
        for (int i = 0; i <= nonces; i++) {
            texts[i] = UUID.nameUUIDFromBytes(Integer.toString(i).getBytes(StandardCharsets.UTF_8)).toString();
        }
        AccessKeyId key = new AccessKeyId("LTAI5tHeapFootprint");
        Instant start = Instant.now();
        Duration window = Duration.ofMinutes(15);
        return index -> {
            Instant now = start.plusNanos(index);
            return store.recordIfAbsent(key, texts[index], now, now.plus(window));
        };
    }

    private static String accountText(int index) {
        return "5" + String.format(Locale.ROOT, "%015d", index);
    }

    private static String flowText(int index) {
        return "7" + String.format(Locale.ROOT, "%013d", index);
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / (double) MIB;
    }
}
