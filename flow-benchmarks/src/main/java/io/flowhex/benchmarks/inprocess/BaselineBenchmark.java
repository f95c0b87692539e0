package io.flowhex.benchmarks.inprocess;

import io.flowhex.benchmarks.Cursor;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.testkit.Fixtures;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (a) The floor under GetFlow: one {@link ConcurrentHashMap} lookup of an account plus one
 * resilience4j {@link RateLimiter} permit (its public factory builds an {@code AtomicRateLimiter}), with
 * a limit so large it never rejects. Rotates over
 * as many accounts as the GetFlow benchmarks do.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class BaselineBenchmark {

    private final ConcurrentHashMap<AccountId, Account> accounts = new ConcurrentHashMap<>();
    private AccountId[] ids;
    private RateLimiter limiter;

    @Setup
    public void setUp() {
        ids = new AccountId[GetFlowBenchmark.TENANTS];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Fixtures.accountId();
            accounts.put(ids[i], Account.subscribed(ids[i], Set.of(Fixtures.spaceId())));
        }
        limiter = RateLimiter.of("baseline", RateLimiterConfig.custom()
                .limitForPeriod(Integer.MAX_VALUE / 2)
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(Duration.ZERO)
                .build());
    }

    @Benchmark
    public boolean lookupAndPermit(Cursor cursor, Blackhole blackhole) {
        blackhole.consume(accounts.get(ids[cursor.next(ids.length)]));
        return limiter.acquirePermission();
    }
}
