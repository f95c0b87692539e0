package io.flowhex.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A request context")
class RequestContextTest {

    @Test
    @DisplayName("holds the four server keys the builder fills, found in any case")
    void holdsServerKeys() {
        RequestContext context = RequestContext.builder()
                .sourceIp("192.0.2.1")
                .secureTransport(true)
                .currentTime(Instant.parse("2026-06-01T00:00:00Z"))
                .accessId("LTAI5tEXAMPLE")
                .put("acs:SourceVpc", "vpc-a")
                .build();

        assertThat(context.value("acs:SourceIp")).contains("192.0.2.1");
        assertThat(context.value("ACS:SECURETRANSPORT")).contains("true");
        assertThat(context.value("acs:currenttime")).contains("2026-06-01T00:00:00Z");
        assertThat(context.value(RequestContext.ACCESS_ID)).contains("LTAI5tEXAMPLE");
        assertThat(context.value("acs:sourcevpc")).contains("vpc-a");
        assertThat(context.value("acs:MFAPresent")).isEmpty();
    }

    @Test
    @DisplayName("stores its keys in lower case")
    void storesKeysInLowerCase() {
        assertThat(RequestContext.of(Map.of("acs:SourceIp", "192.0.2.1")).values())
                .containsOnlyKeys("acs:sourceip");
    }

    @Test
    @DisplayName("refuses a key given twice in different cases")
    void refusesKeyGivenTwice() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("acs:SourceIp", "192.0.2.1");
        values.put("ACS:SOURCEIP", "192.0.2.2");

        assertThatThrownBy(() -> RequestContext.of(values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is given twice");
    }

    @Test
    @DisplayName("lets a later builder call replace a key")
    void builderReplacesKey() {
        RequestContext context = RequestContext.builder().put("acs:SourceIp", "192.0.2.1").sourceIp("192.0.2.2").build();

        assertThat(context.value(RequestContext.SOURCE_IP)).contains("192.0.2.2");
    }

    @Test
    @DisplayName("writes the server's clock as ISO 8601 when a condition reads it; a text value put under the key wins")
    void currentTimeIsWrittenWhenRead() {
        Instant now = Instant.parse("2026-06-01T00:00:00.120Z");

        RequestContext fromClock = RequestContext.builder().currentTime(now).build();
        RequestContext fromText = RequestContext.builder().currentTime(now).put("acs:CurrentTime", "2030-01-01T00:00:00Z").build();

        assertThat(fromClock.value(RequestContext.CURRENT_TIME)).contains("2026-06-01T00:00:00.120Z");
        assertThat(fromClock.values()).isEmpty();
        assertThat(fromText.value("acs:currenttime")).contains("2030-01-01T00:00:00Z");
        assertThat(Condition.of(ConditionOperator.DATE_LESS_THAN, "acs:CurrentTime", java.util.List.of("2026-06-01T00:00:01Z"))
                .isSatisfiedBy(fromClock)).isTrue();
    }
}
