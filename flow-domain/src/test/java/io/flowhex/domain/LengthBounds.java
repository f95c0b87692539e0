package io.flowhex.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

/**
 * The length check every text-valued domain value shares: the longest text is kept as given, one
 * character more and the empty text are refused with the same message.
 */
public final class LengthBounds {

    private LengthBounds() {
    }

    /**
     * @param create  the factory under test
     * @param value   reads the text back from the created value
     * @param unit    one character (or code point) to repeat
     * @param max     the longest accepted length, in repetitions of {@code unit}
     * @param message the refusal's exact message
     */
    public static <T> void assertBounds(Function<String, T> create, Function<T, String> value, String unit, int max,
            String message) {
        String longest = unit.repeat(max);

        assertThat(value.apply(create.apply(longest))).isEqualTo(longest);
        assertThatThrownBy(() -> create.apply(longest + unit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> create.apply(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
