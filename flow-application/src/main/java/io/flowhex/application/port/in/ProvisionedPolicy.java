package io.flowhex.application.port.in;

import io.flowhex.domain.policy.PolicyName;
import java.util.Objects;

/**
 * A custom policy of an account as provisioning stored it: its text and its version, which grows each
 * time the text changes (putting the same text again keeps it). {@code toString()} leaves the text
 * out: policy text never goes to logs.
 */
public record ProvisionedPolicy(PolicyName name, long version, String document) {

    public ProvisionedPolicy {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(document, "document");
        if (version < 1) {
            throw new IllegalArgumentException("policy versions start at 1");
        }
    }

    @Override
    public String toString() {
        return "ProvisionedPolicy[name=" + name + ", version=" + version + "]";
    }
}
