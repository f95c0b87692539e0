package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.policy.PolicyName;
import java.util.Objects;

/**
 * A policy document as stored: its text and a version that grows each time the text changes, so
 * compiled forms can be cached per version. {@code toString()} leaves the text out: policy text
 * never goes to logs.
 */
public record StoredPolicy(AccountId account, PolicyName name, long version, String document) {

    public StoredPolicy {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
        if (version < 1) {
            throw new IllegalArgumentException("policy versions start at 1");
        }
    }

    @Override
    public String toString() {
        return "StoredPolicy[account=" + account + ", name=" + name + ", version=" + version + "]";
    }
}
