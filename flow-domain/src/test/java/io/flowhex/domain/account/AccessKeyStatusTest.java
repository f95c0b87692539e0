package io.flowhex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("An AccessKey status")
class AccessKeyStatusTest {

    @Test
    @DisplayName("uses RAM's wire names Active and Inactive")
    void wireNames() {
        assertThat(AccessKeyStatus.ACTIVE.wireName()).isEqualTo("Active");
        assertThat(AccessKeyStatus.INACTIVE.wireName()).isEqualTo("Inactive");
    }

    @Test
    @DisplayName("is read back from its wire name")
    void readsWireName() {
        assertThat(AccessKeyStatus.fromWire("Active")).isEqualTo(AccessKeyStatus.ACTIVE);
        assertThat(AccessKeyStatus.fromWire("Inactive")).isEqualTo(AccessKeyStatus.INACTIVE);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"ACTIVE", "active", "INACTIVE", "Disabled", "", " Active"})
    @DisplayName("is not read from the constant's name or any other spelling")
    void rejectsOtherSpellings(String wire) {
        assertThatThrownBy(() -> AccessKeyStatus.fromWire(wire))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AccessKey status must be Active or Inactive");
    }

    @Test
    @DisplayName("is not read from null")
    void rejectsNull() {
        assertThatThrownBy(() -> AccessKeyStatus.fromWire(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AccessKey status must be Active or Inactive");
    }
}
