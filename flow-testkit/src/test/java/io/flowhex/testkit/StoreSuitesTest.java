package io.flowhex.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.testkit.contract.CallQuotaContract;
import io.flowhex.testkit.contract.FlowJsonSourceContract;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("StoreSuites")
class StoreSuitesTest {

    /**
     * Public suites that are not the whole stores': ports no store implements (the call quota, the Flow JSON
     * source). FlowRepositoryContract's parts are package-private: no adapter can extend them alone.
     */
    private static final List<Class<?>> NOT_THE_STORES = List.of(CallQuotaContract.class, FlowJsonSourceContract.class);

    @Test
    @DisplayName("lists every suite of the testkit, or names it as one that is not the whole stores'")
    void everySuiteIsListed() {
        List<Class<?>> suites = StoreSuites.classesBeside(StoreSuites.class).stream()
                .filter(c -> c.getEnclosingClass() == null && Modifier.isPublic(c.getModifiers())
                        && Modifier.isAbstract(c.getModifiers()) && !c.isInterface())
                .filter(c -> c.getSimpleName().endsWith("Contract") || c.getSimpleName().endsWith("Scenarios"))
                .toList();
        List<Class<?>> named = new ArrayList<>(StoreSuites.EVERY_STORE_ADAPTER);
        named.addAll(NOT_THE_STORES);

        assertThat(suites).hasSizeGreaterThan(15);
        assertThat(suites).containsExactlyInAnyOrderElementsOf(named);
    }

    @Test
    @DisplayName("finds the suites no test class of a module extends: here, beside the testkit's own tests, all of them")
    void findsUnboundSuites() {
        assertThat(StoreSuites.unboundIn(StoreSuitesTest.class))
                .containsExactlyInAnyOrderElementsOf(StoreSuites.EVERY_STORE_ADAPTER);
    }
}
