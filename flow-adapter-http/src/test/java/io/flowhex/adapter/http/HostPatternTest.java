package io.flowhex.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Allow-list patterns")
class HostPatternTest {

    @Test
    @DisplayName("a host matches itself in any case and with a trailing dot, and nothing else")
    void exactHost() {
        HostPattern pattern = HostPattern.parse("Files.Example.com");

        assertThat(pattern.matches("files.example.com")).isTrue();
        assertThat(pattern.matches("FILES.EXAMPLE.COM.")).isTrue();
        assertThat(pattern.matches("a.files.example.com")).isFalse();
        assertThat(pattern.matches("files.example.com.evil.test")).isFalse();
        assertThat(pattern.matches("evilfiles.example.com")).isFalse();
    }

    @Test
    @DisplayName("*.domain matches every subdomain, at any depth, but not the domain nor a look-alike")
    void subdomains() {
        HostPattern pattern = HostPattern.parse("*.oss-ap-southeast-1.aliyuncs.com");

        assertThat(pattern.matches("bucket.oss-ap-southeast-1.aliyuncs.com")).isTrue();
        assertThat(pattern.matches("a.b.oss-ap-southeast-1.aliyuncs.com")).isTrue();
        assertThat(pattern.matches("oss-ap-southeast-1.aliyuncs.com")).isFalse();
        assertThat(pattern.matches("evil-oss-ap-southeast-1.aliyuncs.com")).isFalse();
        assertThat(pattern.matches("bucket.oss-ap-southeast-1.aliyuncs.com.evil.test")).isFalse();
    }

    @Test
    @DisplayName("IP literals match their own spellings: brackets and zero compression do not matter")
    void ipLiterals() {
        assertThat(HostPattern.parse("127.0.0.1").matches("127.0.0.1")).isTrue();
        assertThat(HostPattern.parse("127.0.0.1").matches("127.0.0.2")).isFalse();
        assertThat(HostPattern.parse("[2001:db8::1]").matches("[2001:DB8:0:0::1]")).isTrue();
        assertThat(HostPattern.parse("2001:db8::1").matches("[2001:db8::1]")).isTrue();
        assertThat(HostPattern.parse("2001:db8::1").matches("[2001:db8::2]")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "*", "*.", "**.example.com", "a*.example.com", "example..com", "-example.com",
            "exa mple.com", "example.com/path", "http://example.com", "example.com:8080", "under_score.example.com",
            "*.[::1]", "b\u00fccher.example"})
    @DisplayName("anything else is refused when the settings are built")
    void invalidPatterns(String pattern) {
        assertThatIllegalArgumentException().isThrownBy(() -> HostPattern.parse(pattern)).withMessageContaining("allowedHosts");
    }
}
