package io.flowhex.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.policy.Decision.Outcome;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A decision")
class DecisionTest {

    @Test
    @DisplayName("names its denial with the AccessDeniedDetail wire names")
    void namesDenialWithWireNames() {
        Decision decision = Decision.explicitDeny(PolicyType.SESSION);

        assertThat(decision.noPermissionType()).map(NoPermissionType::wireName).contains("ExplicitDeny");
        assertThat(decision.deniedBy()).map(PolicyType::wireName).contains("SessionPolicy");
        assertThat(Decision.implicitDeny(PolicyType.IDENTITY).noPermissionType())
                .map(NoPermissionType::wireName).contains("ImplicitDeny");
        assertThat(PolicyType.IDENTITY.wireName()).isEqualTo("AccountLevelIdentityBasedPolicy");
        assertThat(PolicyType.CONTROL.wireName()).isEqualTo("ControlPolicy");
    }

    @Test
    @DisplayName("names a policy type exactly when it is a denial")
    void namesPolicyTypeOnlyForDenial() {
        assertThatThrownBy(() -> new Decision(Outcome.ALLOW, Optional.of(PolicyType.IDENTITY)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Decision(Outcome.IMPLICIT_DENY, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
