package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the REST adapter's settings")
class RestSettingsTest {

    @Test
    @DisplayName("default to the documented limits")
    void defaults() {
        RestSettings settings = RestSettings.ofDefaults();

        assertThat(settings.maxHeaderBytes()).isEqualTo(16 * 1024);
        assertThat(settings.maxBodyBytes()).isEqualTo(64 * 1024);
        assertThat(settings.maxParameters()).isEqualTo(100);
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.trustedProxies()).isEmpty();
        assertThat(settings.hostId()).isEqualTo("cams.ap-southeast-1.aliyuncs.com");
    }

    @Test
    @DisplayName("refuse values out of range, a trusted proxy that is no IP or CIDR, and a bad host id")
    void validation() {
        RestSettings.Builder base = RestSettings.custom();

        assertThatThrownBy(() -> base.maxBodyBytes(-1).build()).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> RestSettings.custom().maxParameters(0).build())
                .hasMessageContaining("maxParameters");
        assertThatThrownBy(() -> RestSettings.custom().idleTimeout(Duration.ZERO).build())
                .hasMessageContaining("idleTimeout");
        assertThatThrownBy(() -> RestSettings.custom().maxThreads(2).build())
                .hasMessageContaining("maxThreads");
        assertThatThrownBy(() -> RestSettings.custom().trustedProxies(List.of("proxy.example.com")).build())
                .hasMessageContaining("proxy.example.com");
        assertThatThrownBy(() -> RestSettings.custom().trustedProxies(List.of("10.0.0.0/33")).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RestSettings.custom().hostId("bad host").build())
                .hasMessageContaining("hostId");
    }

    @Test
    @DisplayName("accept IPv4 and IPv6 addresses and CIDRs as trusted proxies")
    void trustedProxies() {
        RestSettings settings = RestSettings.custom()
                .trustedProxies(List.of("127.0.0.1", "10.0.0.0/8", "::1", "fd00::/8", "[2001:db8::1]")).build();

        assertThat(settings.trustedProxies()).hasSize(5);
    }
}
