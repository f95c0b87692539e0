package io.flowhex.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.testkit.StoreSuites;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the in-memory stores' tests")
class StoreSuitesBoundTest {

    @Test
    @DisplayName("extend every suite the testkit asks of a store adapter")
    void everySuiteIsBound() {
        assertThat(StoreSuites.unboundIn(StoreSuitesBoundTest.class)).isEmpty();
    }
}
