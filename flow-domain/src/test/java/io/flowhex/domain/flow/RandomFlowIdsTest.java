package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Random flow ids")
class RandomFlowIdsTest {

    @Test
    @DisplayName("are 16 decimal digits, the first not 0")
    void shape() {
        RandomFlowIds ids = new RandomFlowIds(new Random(7));

        IntStream.range(0, 10_000).mapToObj(i -> ids.next().value())
                .forEach(id -> assertThat(id).matches("[1-9][0-9]{15}"));
    }

    @Test
    @DisplayName("come from a SecureRandom by default, with the same shape")
    void defaults() {
        assertThat(RandomFlowIds.ofDefaults().next().value()).matches("[1-9][0-9]{15}");
    }

    @Test
    @DisplayName("repeat exactly for the same seed, and differ for another")
    void seeded() {
        RandomFlowIds first = new RandomFlowIds(new Random(42));
        RandomFlowIds again = new RandomFlowIds(new Random(42));
        RandomFlowIds other = new RandomFlowIds(new Random(43));

        for (int i = 0; i < 100; i++) {
            FlowId id = first.next();
            assertThat(again.next()).isEqualTo(id);
            assertThat(other.next()).isNotEqualTo(id);
        }
    }

    @Test
    @DisplayName("spread over the range: 10,000 draws give 10,000 ids and reach both ends' leading digits")
    void spread() {
        RandomFlowIds ids = new RandomFlowIds(new Random(1));
        Set<String> seen = new HashSet<>();
        Set<Character> leading = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            String id = ids.next().value();
            seen.add(id);
            leading.add(id.charAt(0));
        }

        assertThat(seen).hasSize(10_000);
        assertThat(leading).containsExactlyInAnyOrder('1', '2', '3', '4', '5', '6', '7', '8', '9');
    }
}
