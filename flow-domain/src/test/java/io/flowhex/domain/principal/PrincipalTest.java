package io.flowhex.domain.principal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.flowhex.domain.account.AccountId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A principal")
class PrincipalTest {

    private static final AccountId ACCOUNT = new AccountId("1000000000000001");
    private static final String SESSION_POLICY = "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":\"cams:GetFlow\",\"Resource\":\"*\"}]}";

    @Test
    @DisplayName("as root is shown as its account id")
    void rootDisplayName() {
        Principal root = new RootPrincipal(ACCOUNT);

        assertThat(root.displayName()).isEqualTo("1000000000000001");
        assertThat(root.account()).isEqualTo(ACCOUNT);
    }

    @Test
    @DisplayName("as a RAM user is shown as the user's name")
    void ramUserDisplayName() {
        Principal user = new RamUser(ACCOUNT, new PrincipalName("alice"));

        assertThat(user.displayName()).isEqualTo("alice");
        assertThat(user.account()).isEqualTo(ACCOUNT);
    }

    @Test
    @DisplayName("as a role session is shown as role/session")
    void roleSessionDisplayName() {
        Principal session = new RoleSession(ACCOUNT, new PrincipalName("FlowReader"), new PrincipalName("ci-job-7"),
                Optional.empty());

        assertThat(session.displayName()).isEqualTo("FlowReader/ci-job-7");
        assertThat(session.account()).isEqualTo(ACCOUNT);
    }

    @Test
    @DisplayName("as a role session prints account, role and session but never its policy text")
    void roleSessionToStringHidesPolicy() {
        RoleSession session = new RoleSession(ACCOUNT, new PrincipalName("FlowReader"), new PrincipalName("ci-job-7"),
                Optional.of(SESSION_POLICY));

        assertThat(session).hasToString("RoleSession[account=1000000000000001, role=FlowReader, session=ci-job-7]");
        assertThat(session.toString()).doesNotContain("Statement").doesNotContain("cams:GetFlow");
        assertThat(session.sessionPolicy()).contains(SESSION_POLICY);
    }

    @Test
    @DisplayName("requires every part, an absent session policy as Optional.empty()")
    void requiresParts() {
        PrincipalName name = new PrincipalName("alice");

        assertThatNullPointerException().isThrownBy(() -> new RootPrincipal(null)).withMessage("account");
        assertThatNullPointerException().isThrownBy(() -> new RamUser(ACCOUNT, null)).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> new RoleSession(ACCOUNT, name, null, Optional.empty()))
                .withMessage("session");
        assertThatNullPointerException().isThrownBy(() -> new RoleSession(ACCOUNT, name, name, null))
                .withMessage("sessionPolicy");
    }
}
