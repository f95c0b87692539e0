package io.flowhex.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("A CIDR block")
class CidrBlockTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            "192.0.2.0/24,      192.0.2.0,        true",
            "192.0.2.0/24,      192.0.2.255,      true",
            "192.0.2.0/24,      192.0.3.0,        false",
            "192.0.2.77/24,     192.0.2.1,        true",
            "203.0.113.2,       203.0.113.2,      true",
            "203.0.113.2,       203.0.113.3,      false",
            "203.0.113.2/32,    203.0.113.2,      true",
            "10.0.0.0/9,        10.127.255.255,   true",
            "10.0.0.0/9,        10.128.0.0,       false",
            "0.0.0.0/0,         198.51.100.7,     true",
            "2001:db8::/32,     2001:db8:ffff::1, true",
            "2001:db8::/32,     2001:db9::1,      false",
            "2001:db8::1,       2001:db8:0:0:0:0:0:1, true",
            "2001:db8::1/128,   2001:db8::2,      false",
            "::/0,              fe80::1,          true",
            "::ffff:192.0.2.0/120, ::ffff:192.0.2.9, true",
            "::/0,              192.0.2.1,        false",
            "0.0.0.0/0,         ::1,              false",
    })
    @DisplayName("contains the addresses inside its prefix, IPv4 and IPv6 apart")
    void containsAddressesInsideItsPrefix(String block, String address, boolean expected) {
        assertThat(CidrBlock.parse(block).contains(address)).isEqualTo(expected);
    }

    @Test
    @DisplayName("stands for /32 or /128 when it is a single address")
    void singleAddressIsFullPrefix() {
        assertThat(CidrBlock.parse("192.0.2.1").prefixLength()).isEqualTo(32);
        assertThat(CidrBlock.parse("2001:db8::1").prefixLength()).isEqualTo(128);
        assertThat(CidrBlock.parse("::").prefixLength()).isEqualTo(128);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "192.0.2", "192.0.2.1.5", "192.0.2.256", "192.0.2.01", "192.0.2.-1", "a.b.c.d",
            "192.0.2.0/33", "192.0.2.0/", "192.0.2.0/-1", "192.0.2.0/08", "2001:db8::/129", "2001:db8:::1",
            "1::2::3", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "12345::", "g::1", ":1", "1:", "fe80::1%eth0",
            "1.2.3.4::", "localhost", "192.0.2.0/24/8"})
    @DisplayName("refuses what is not an address or CIDR block")
    void refusesMalformedBlocks(String text) {
        assertThatThrownBy(() -> CidrBlock.parse(text))
                .isInstanceOf(InvalidPolicyException.class)
                .hasMessageContaining("IP condition value");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "not-an-ip", "192.0.2", "::g"})
    @DisplayName("contains no malformed request address")
    void containsNoMalformedAddress(String address) {
        assertThat(CidrBlock.parse("0.0.0.0/0").contains(address)).isFalse();
        assertThat(CidrBlock.parse("::/0").contains(address)).isFalse();
    }

    @Test
    @DisplayName("is equal to a block with the same network, whatever host bits were written")
    void hasNetworkEquality() {
        assertThat(CidrBlock.parse("192.0.2.77/24")).isEqualTo(CidrBlock.parse("192.0.2.0/24"))
                .isNotEqualTo(CidrBlock.parse("192.0.2.0/25"));
    }
}
