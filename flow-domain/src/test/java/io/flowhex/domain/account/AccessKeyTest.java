package io.flowhex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.flowhex.domain.principal.RootPrincipal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An AccessKey")
class AccessKeyTest {

    private static final String SECRET_TEXT = "ExampleSecret/+~*2025";
    private static final AccessKeyId ID = new AccessKeyId("LTAI5tExampleKeyId");
    private static final RootPrincipal OWNER = new RootPrincipal(new AccountId("1000000000000001"));

    private final AccessKey key = new AccessKey(ID, AccessKeySecret.of(SECRET_TEXT), OWNER, AccessKeyStatus.ACTIVE);

    @Test
    @DisplayName("prints its id and owner but never its secret")
    void toStringHidesSecret() {
        assertThat(key.toString())
                .contains("LTAI5tExampleKeyId")
                .contains("1000000000000001")
                .contains("******")
                .doesNotContain(SECRET_TEXT)
                .doesNotContain("ExampleSecret");
    }

    @Test
    @DisplayName("is active only with status ACTIVE")
    void activeness() {
        assertThat(key.isActive()).isTrue();
        assertThat(key.withStatus(AccessKeyStatus.INACTIVE).isActive()).isFalse();
    }

    @Test
    @DisplayName("changes status in a copy, keeping id, secret and owner")
    void withStatusReturnsCopy() {
        AccessKey disabled = key.withStatus(AccessKeyStatus.INACTIVE);

        assertThat(disabled).isEqualTo(new AccessKey(ID, AccessKeySecret.of(SECRET_TEXT), OWNER,
                AccessKeyStatus.INACTIVE));
        assertThat(key.status()).isEqualTo(AccessKeyStatus.ACTIVE);
    }

    @Test
    @DisplayName("requires every part")
    void requiresParts() {
        AccessKeySecret secret = AccessKeySecret.of(SECRET_TEXT);

        assertThatNullPointerException().isThrownBy(() -> new AccessKey(null, secret, OWNER, AccessKeyStatus.ACTIVE))
                .withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> new AccessKey(ID, null, OWNER, AccessKeyStatus.ACTIVE))
                .withMessage("secret");
        assertThatNullPointerException().isThrownBy(() -> new AccessKey(ID, secret, null, AccessKeyStatus.ACTIVE))
                .withMessage("owner");
        assertThatNullPointerException().isThrownBy(() -> new AccessKey(ID, secret, OWNER, null))
                .withMessage("status");
    }
}
