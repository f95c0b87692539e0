package io.flowhex.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.policy.Effect;
import io.flowhex.domain.policy.InvalidPolicyException;
import io.flowhex.domain.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The compiled policy cache")
class CompiledPolicyCacheTest {

    /** The kind of key a caller would choose: the stored policy and its version. */
    private record PolicyVersion(String accountId, String policyName, long version) {
    }

    private static final String ALLOW = "{\"Version\":\"1\",\"Statement\":"
            + "{\"Effect\":\"Allow\",\"Action\":\"cams:GetFlow\",\"Resource\":\"*\"}}";
    private static final String DENY = ALLOW.replace("Allow", "Deny");
    private static final String INVALID = ALLOW.replace("\"1\"", "\"2012-10-17\"");

    private final CompiledPolicyCache<PolicyVersion> cache = new CompiledPolicyCache<>(new PolicyDocumentParser());

    @Test
    @DisplayName("compiles one version once and hands out the same policy afterwards")
    void compilesVersionOnce() {
        PolicyVersion key = new PolicyVersion("1234", "FlowReaders", 1);

        Policy first = cache.get(key, ALLOW);
        Policy second = cache.get(new PolicyVersion("1234", "FlowReaders", 1), ALLOW);

        assertThat(second).isSameAs(first);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("compiles a new version of the policy on its next use")
    void compilesNewVersion() {
        Policy version1 = cache.get(new PolicyVersion("1234", "FlowReaders", 1), ALLOW);
        Policy version2 = cache.get(new PolicyVersion("1234", "FlowReaders", 2), DENY);

        assertThat(version2).isNotSameAs(version1);
        assertThat(version1.statements().get(0).effect()).isEqualTo(Effect.ALLOW);
        assertThat(version2.statements().get(0).effect()).isEqualTo(Effect.DENY);
    }

    @Test
    @DisplayName("remembers an invalid document as a failure, throwing its reason on every use")
    void remembersInvalidDocument() {
        PolicyVersion key = new PolicyVersion("1234", "Broken", 7);

        assertThatThrownBy(() -> cache.get(key, INVALID))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("Version must be \"1\"");
        // The same key with other text is not re-read: the key stands for the stored version.
        assertThatThrownBy(() -> cache.get(key, ALLOW))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessage("Version must be \"1\"");
        assertThat(cache.get(new PolicyVersion("1234", "Broken", 8), ALLOW).statements()).hasSize(1);
    }

    @Test
    @DisplayName("never holds more entries than its maximum size")
    void staysWithinMaximumSize() {
        CompiledPolicyCache<PolicyVersion> small = new CompiledPolicyCache<>(new PolicyDocumentParser(), 3);

        for (long version = 1; version <= 50; version++) {
            PolicyVersion key = new PolicyVersion("1234", "FlowReaders", version);
            Policy policy = small.get(key, ALLOW);

            assertThat(small.size()).isLessThanOrEqualTo(3);
            assertThat(small.get(key, ALLOW)).as("the entry just added is kept").isSameAs(policy);
        }
    }

    @Test
    @DisplayName("refuses a maximum size below one")
    void refusesNonPositiveMaximumSize() {
        assertThatThrownBy(() -> new CompiledPolicyCache<PolicyVersion>(new PolicyDocumentParser(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maximumSize must be at least 1, was 0");
    }
}
