package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("the server's own address, the default base of its links")
class OwnAddressTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1|http://127.0.0.1:8080",
        "localhost|http://localhost:8080",
        "flowhex.internal|http://flowhex.internal:8080",
        "0.0.0.0|http://127.0.0.1:8080",
        "::|http://[::1]:8080",
        "[::]|http://[::1]:8080",
        "::1|http://[::1]:8080",
        "[::1]|http://[::1]:8080",
        "fd00::5|http://[fd00::5]:8080"})
    @DisplayName("is http://HOST:PORT, a wildcard host reached on loopback, an IPv6 literal in brackets once")
    void baseUrl(String host, String expected) {
        assertThat(OwnAddress.baseUrl(host, 8080)).hasToString(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1|true", "flowhex.internal|true", "0.0.0.0|true", "::|true", "[::1]|true",
        "'host name'|false", "''|false", "http://x|false", "a/b|false"})
    @DisplayName("a host the server can listen on is a name, an IPv4 address or an IPv6 literal")
    void isHost(String host, boolean valid) {
        assertThat(OwnAddress.isHost(host)).isEqualTo(valid);
    }
}
