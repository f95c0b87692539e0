package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.LinkSigningKey;
import io.flowhex.application.port.out.LinkSigningKeys;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LinkSigningKeys} must do: keep the first key offered, for good, and give two
 * first callers racing (through two instances of one store) that same key.
 */
public abstract class LinkSigningKeysContract {

    private static final int RACE_ROUNDS = 3;

    /**
     * A new store holding no key yet; each {@code get()} is one more instance of that same store, as
     * another server on the same database would have (an adapter in memory may answer the same object).
     */
    protected abstract Supplier<LinkSigningKeys> emptyStore();

    private static LinkSigningKey key(char fill) {
        byte[] bytes = new byte[LinkSigningKey.MIN_BYTES];
        Arrays.fill(bytes, (byte) fill);
        return LinkSigningKey.of(bytes);
    }

    @Test
    @DisplayName("the first call stores its candidate and answers it")
    void firstCallStoresTheCandidate() {
        LinkSigningKeys keys = emptyStore().get();

        assertThat(keys.keyOrStore(key('a'))).isEqualTo(key('a'));
    }

    @Test
    @DisplayName("later calls, through this or another instance, answer the stored key, not their candidate")
    void laterCallsKeepTheFirstKey() {
        Supplier<LinkSigningKeys> store = emptyStore();
        store.get().keyOrStore(key('a'));

        assertThat(store.get().keyOrStore(key('b'))).isEqualTo(key('a'));
        assertThat(store.get().keyOrStore(key('c'))).isEqualTo(key('a'));
    }

    @Test
    @DisplayName("two first calls racing through two instances get the same key, one of their two candidates")
    void racingFirstCallsAgree() throws Exception {
        for (int round = 0; round < RACE_ROUNDS; round++) {
            Supplier<LinkSigningKeys> store = emptyStore();
            LinkSigningKeys one = store.get();
            LinkSigningKeys two = store.get();
            try (TwoWriters writers = new TwoWriters()) {
                TwoWriters.Outcome<LinkSigningKey, LinkSigningKey> outcome =
                        writers.race(() -> one.keyOrStore(key('a')), () -> two.keyOrStore(key('b')));

                assertThat(outcome.first()).as("round %d", round).isEqualTo(outcome.second()).isIn(key('a'), key('b'));
                assertThat(store.get().keyOrStore(key('c'))).isEqualTo(outcome.first());
            }
        }
    }
}
