package io.flowhex.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.in.ErrorCode;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("the HTTP status of each error code")
class HttpStatusesTest {

    private static final Set<ErrorCode> NOT_FOUND = EnumSet.of(ErrorCode.ACCESS_KEY_NOT_FOUND);

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    @DisplayName("is the documented one: 404 for an unknown key, 503 unavailable, else 400")
    void documented(ErrorCode code) {
        int expected = NOT_FOUND.contains(code) ? 404
                : code == ErrorCode.SERVICE_UNAVAILABLE ? 503
                : 400;

        assertThat(HttpStatuses.of(code)).isEqualTo(expected);
    }
}
