package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.testkit.StoreSuites;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the JDBC store's tests (each database runs them: see DatabaseChecks)")
class StoreSuitesBoundTest {

    @Test
    @DisplayName("extend every suite the testkit asks of a store adapter")
    void everySuiteIsBound() {
        assertThat(StoreSuites.unboundIn(StoreSuitesBoundTest.class)).isEmpty();
    }
}
