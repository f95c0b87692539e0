package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.flowhex.adapter.jdbc.JdbcCallQuotaOptions.WhenUnavailable;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("JDBC call quota options")
class JdbcCallQuotaOptionsTest {

    @Test
    @DisplayName("default to failing closed, one-second windows, and purging at most 500 rows every 100 decisions")
    void defaults() {
        JdbcCallQuotaOptions options = JdbcCallQuotaOptions.ofDefaults();

        assertThat(options.whenUnavailable()).isEqualTo(WhenUnavailable.FAIL_CLOSED);
        assertThat(options.window()).isEqualTo(Duration.ofSeconds(1));
        assertThat(options.purgeInterval()).isEqualTo(100);
        assertThat(options.purgeBatchSize()).isEqualTo(500);
    }

    @Test
    @DisplayName("copy every setting with from()")
    void from() {
        JdbcCallQuotaOptions options = JdbcCallQuotaOptions.custom().whenUnavailable(WhenUnavailable.FAIL_OPEN)
                .window(Duration.ofMillis(1500)).purgeInterval(7).purgeBatchSize(9).build();

        JdbcCallQuotaOptions copy = JdbcCallQuotaOptions.from(options).build();

        assertThat(copy.whenUnavailable()).isEqualTo(WhenUnavailable.FAIL_OPEN);
        assertThat(copy.window()).isEqualTo(Duration.ofMillis(1500));
        assertThat(copy).hasToString(options.toString());
    }

    @Test
    @DisplayName("refuse a window below a microsecond, above a day or finer than microseconds, a purge interval below one, a batch outside 1 to 10 000")
    void validation() {
        assertThatIllegalArgumentException().isThrownBy(() -> JdbcCallQuotaOptions.custom().window(Duration.ZERO).build())
                .withMessageContaining("window");
        assertThatIllegalArgumentException().isThrownBy(() -> JdbcCallQuotaOptions.custom().window(Duration.ofDays(2)).build());
        assertThatIllegalArgumentException().isThrownBy(() -> JdbcCallQuotaOptions.custom().window(Duration.ofNanos(1_500)).build());
        assertThatIllegalArgumentException().isThrownBy(() -> JdbcCallQuotaOptions.custom().purgeInterval(0).build())
                .withMessageContaining("purgeInterval");
        assertThatIllegalArgumentException().isThrownBy(() -> JdbcCallQuotaOptions.custom().purgeBatchSize(0).build());
        assertThatIllegalArgumentException().isThrownBy(() -> JdbcCallQuotaOptions.custom().purgeBatchSize(10_001).build())
                .withMessageContaining("purgeBatchSize");
        assertThatNullPointerException().isThrownBy(() -> JdbcCallQuotaOptions.custom().whenUnavailable(null));
        assertThat(JdbcCallQuotaOptions.custom().window(Duration.ofNanos(1_000)).build().window()).isEqualTo(Duration.ofNanos(1_000));
    }
}
