package io.flowhex.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Fetch settings")
class FetchSettingsTest {

    @Test
    @DisplayName("the defaults are the spec's limits: 10 MiB, 5 s to connect, 20 s in all, 5 redirects, any host, private allowed")
    void defaults() {
        FetchSettings defaults = FetchSettings.ofDefaults();

        assertThat(defaults.maxBytes()).isEqualTo(10_485_760);
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.downloadTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.maxRedirects()).isEqualTo(5);
        assertThat(defaults.allowedHosts()).isEmpty();
        assertThat(defaults.allowPrivateAddresses()).isTrue();
        assertThat(defaults.allowsHost("anything.example")).isTrue();
    }

    @Test
    @DisplayName("from(other) keeps every setting and changes only what the builder is told")
    void fromCopies() {
        FetchSettings custom = FetchSettings.custom().maxBytes(1000).connectTimeout(Duration.ofMillis(300))
                .downloadTimeout(Duration.ofSeconds(3)).maxRedirects(1).allowedHosts(List.of("*.example.com"))
                .allowPrivateAddresses(false).build();

        FetchSettings copy = FetchSettings.from(custom).maxRedirects(2).build();

        assertThat(copy.maxBytes()).isEqualTo(1000);
        assertThat(copy.connectTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(copy.downloadTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(copy.maxRedirects()).isEqualTo(2);
        assertThat(copy.allowedHosts()).containsExactly("*.example.com");
        assertThat(copy.allowPrivateAddresses()).isFalse();
        assertThat(copy.allowsHost("files.example.com")).isTrue();
        assertThat(copy.allowsHost("files.example.org")).isFalse();
    }

    @Test
    @DisplayName("the limit can be lowered, never raised past Meta's 10 MiB, nor set to nothing")
    void maxBytesRange() {
        assertThat(FetchSettings.custom().maxBytes(1).build().maxBytes()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> FetchSettings.custom().maxBytes(10_485_761).build())
                .withMessageContaining("maxBytes");
        assertThatIllegalArgumentException().isThrownBy(() -> FetchSettings.custom().maxBytes(0).build())
                .withMessageContaining("maxBytes");
    }

    @Test
    @DisplayName("timeouts are positive and at most ten minutes; redirects 0 to 20; patterns valid")
    void otherRanges() {
        assertThatIllegalArgumentException().isThrownBy(() -> FetchSettings.custom().connectTimeout(Duration.ZERO).build())
                .withMessageContaining("connectTimeout");
        assertThatIllegalArgumentException().isThrownBy(() -> FetchSettings.custom().downloadTimeout(Duration.ofMinutes(11)).build())
                .withMessageContaining("downloadTimeout");
        assertThatIllegalArgumentException().isThrownBy(() -> FetchSettings.custom().maxRedirects(21).build())
                .withMessageContaining("maxRedirects");
        assertThatIllegalArgumentException().isThrownBy(() -> FetchSettings.custom().maxRedirects(-1).build())
                .withMessageContaining("maxRedirects");
        assertThatIllegalArgumentException().isThrownBy(() -> FetchSettings.custom().allowedHosts(List.of("http://x")).build())
                .withMessageContaining("allowedHosts");
        assertThat(FetchSettings.custom().maxRedirects(0).build().maxRedirects()).isZero();
    }
}
