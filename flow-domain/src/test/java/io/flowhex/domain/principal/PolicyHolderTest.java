package io.flowhex.domain.principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A policy holder")
class PolicyHolderTest {

    @Test
    @DisplayName("for the account's control policies is named '*'")
    void controlIsAccountWide() {
        PolicyHolder control = PolicyHolder.control();

        assertThat(control.kind()).isEqualTo(PolicyHolder.Kind.CONTROL);
        assertThat(control.name()).isEqualTo("*");
        assertThat(new PolicyHolder(PolicyHolder.Kind.CONTROL, "*")).isEqualTo(control);
    }

    @Test
    @DisplayName("for a user or a role carries the principal's name")
    void userAndRole() {
        PolicyHolder user = PolicyHolder.user(new PrincipalName("alice"));
        PolicyHolder role = PolicyHolder.role(new PrincipalName("alice"));

        assertThat(user).isEqualTo(new PolicyHolder(PolicyHolder.Kind.USER, "alice"));
        assertThat(role).isEqualTo(new PolicyHolder(PolicyHolder.Kind.ROLE, "alice"));
        assertThat(user).as("a user and a role of the same name are different holders").isNotEqualTo(role);
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource({
            "CONTROL, alice",
            "CONTROL, **",
            "CONTROL, ''",
            "USER,    *",
            "USER,    alice smith",
            "USER,    ''",
            "ROLE,    *",
            "ROLE,    role/admin",
    })
    @DisplayName("rejects a control holder not named '*' and a user or role without a valid RAM name")
    void rejectsInvalidNames(PolicyHolder.Kind kind, String name) {
        assertThatThrownBy(() -> new PolicyHolder(kind, name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid policy holder name for " + kind);
    }

    @Test
    @DisplayName("requires a kind and a name")
    void requiresParts() {
        assertThatNullPointerException().isThrownBy(() -> new PolicyHolder(null, "*")).withMessage("kind");
        assertThatNullPointerException().isThrownBy(() -> new PolicyHolder(PolicyHolder.Kind.USER, null))
                .withMessage("name");
    }
}
