package io.flowhex.adapter.jdbc;

import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.principal.PrincipalName;
import java.util.concurrent.atomic.AtomicLong;

/** Unique ids from one sequence per test JVM, so every test shares one schema without cleanup. */
final class Ids {

    private static final AtomicLong SEQUENCE = new AtomicLong(9_000_000);

    private Ids() {
    }

    static long next() {
        return SEQUENCE.incrementAndGet();
    }

    static FlowId flowId() {
        return new FlowId("77" + next());
    }

    static AccountId accountId() {
        return new AccountId("55" + next());
    }

    static AccessKeyId accessKeyId() {
        return new AccessKeyId("LTAI-jdbc-" + next());
    }

    static PrincipalName userName() {
        return new PrincipalName("user-" + next());
    }
}
