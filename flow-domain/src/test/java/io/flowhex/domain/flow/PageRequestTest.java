package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A page request")
class PageRequestTest {

    @Test
    @DisplayName("defaults to the first page of 20")
    void defaults() {
        assertThat(PageRequest.ofDefaults()).isEqualTo(new PageRequest(1, 20));
        assertThat(PageRequest.ofDefaults().offset()).isZero();
    }

    @ParameterizedTest(name = "Index {0}, Size {1}")
    @CsvSource({"1, 1, 0", "1, 100, 0", "3, 20, 40", "2147483647, 100, 214748364600"})
    @DisplayName("accepts Index from 1 and Size 1 to 100, and counts the offset without overflow")
    void accepts(int index, int size, long offset) {
        assertThat(new PageRequest(index, size).offset()).isEqualTo(offset);
    }

    @ParameterizedTest(name = "Index {0}, Size {1}")
    @CsvSource({"0, 20, Index", "-1, 20, Index", "1, 0, Size", "1, 101, Size", "1, -5, Size"})
    @DisplayName("refuses an Index below 1 and a Size outside 1 to 100, naming which")
    void refuses(int index, int size, String named) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PageRequest(index, size))
                .withMessageStartingWith("Page " + named);
    }
}
