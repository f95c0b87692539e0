package io.flowhex.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.flowhex.adapter.inmemory.planted.ReachesIntoAnotherAdapter;
import io.flowhex.adapter.jdbc.planted.UsesALibraryInternal;
import io.flowhex.adapter.micrometer.planted.ImplementsTheRestObserver;
import io.flowhex.adapter.rest.planted.CatchesAStoreFailure;
import io.flowhex.adapter.rest.planted.ReadsADrivenPort;
import io.flowhex.application.planted.PublicService;
import io.flowhex.application.planted.UsesAnAdapter;
import io.flowhex.application.planted.UsesSpring;
import io.flowhex.application.port.in.planted.LeaksADrivenPortType;
import io.flowhex.bootstrap.planted.ReadsTheStores;
import io.flowhex.domain.planted.UsesAFramework;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule holds for the product, and catches the violation planted for it. */
class ArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.flowhex");
    }

    @Test
    @DisplayName("the product import sees every module, so no rule runs on nothing")
    void importSeesEveryModule() {
        org.assertj.core.api.Assertions.assertThat(product.contain(io.flowhex.domain.flow.Flow.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(product.contain(io.flowhex.application.FlowhexApplication.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(product.contain(io.flowhex.adapter.inmemory.InMemoryStores.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(product.contain(io.flowhex.adapter.jdbc.JdbcFlowStore.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(product.contain(io.flowhex.adapter.rest.CamsRpcHandler.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(product.contain(io.flowhex.adapter.micrometer.MicrometerFlowMetrics.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(product.contain(io.flowhex.bootstrap.cli.Main.class)).isTrue();
        org.assertj.core.api.Assertions.assertThat(product.contain(UsesAFramework.class)).isFalse();
    }

    private static JavaClasses planted(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static void holds(ArchRule rule) {
        assertThatCode(() -> rule.check(product)).doesNotThrowAnyException();
    }

    private static void catches(ArchRule rule, Class<?> violation) {
        assertThatThrownBy(() -> rule.check(planted(violation)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violation.getSimpleName());
    }

    @Nested
    @DisplayName("the domain depends only on java.*")
    class Domain {
        @Test
        @DisplayName("holds for the product")
        void holds() {
            ArchitectureTest.holds(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA);
        }

        @Test
        @DisplayName("catches a domain class that uses a library")
        void catches() {
            ArchitectureTest.catches(ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA, UsesAFramework.class);
        }
    }

    @Nested
    @DisplayName("the application never depends on an adapter")
    class Application {
        @Test
        @DisplayName("holds for the product")
        void holds() {
            ArchitectureTest.holds(ArchitectureRules.APPLICATION_NEVER_DEPENDS_ON_ADAPTERS);
        }

        @Test
        @DisplayName("catches an application class that uses an adapter")
        void catches() {
            ArchitectureTest.catches(ArchitectureRules.APPLICATION_NEVER_DEPENDS_ON_ADAPTERS, UsesAnAdapter.class);
        }
    }

    @Nested
    @DisplayName("adapters never depend on each other")
    class Adapters {
        @Test
        @DisplayName("holds for every adapter of the product")
        void holds() {
            for (String adapter : ArchitectureRules.ADAPTERS) {
                ArchitectureTest.holds(ArchitectureRules.adapterIsolated(adapter));
            }
        }

        @Test
        @DisplayName("catches an adapter class that reaches into another adapter")
        void catches() {
            ArchitectureTest.catches(ArchitectureRules.adapterIsolated("inmemory"), ReachesIntoAnotherAdapter.class);
        }

        @Test
        @DisplayName("catches the metrics adapter reaching into the protocol adapter it measures")
        void catchesMetricsReachingIntoRest() {
            ArchitectureTest.catches(ArchitectureRules.adapterIsolated("micrometer"), ImplementsTheRestObserver.class);
        }
    }

    @Nested
    @DisplayName("services are not public")
    class Services {
        @Test
        @DisplayName("holds for the product")
        void holds() {
            ArchitectureTest.holds(ArchitectureRules.SERVICES_ARE_NOT_PUBLIC);
        }

        @Test
        @DisplayName("catches a public service")
        void catches() {
            ArchitectureTest.catches(ArchitectureRules.SERVICES_ARE_NOT_PUBLIC, PublicService.class);
        }
    }

    @Nested
    @DisplayName("driving ports never use a driven port's types")
    class DrivingPorts {
        @Test
        @DisplayName("holds for the product")
        void holds() {
            ArchitectureTest.holds(ArchitectureRules.DRIVING_PORTS_DO_NOT_USE_DRIVEN_PORTS);
        }

        @Test
        @DisplayName("catches a driving port that returns a driven port's record")
        void catches() {
            ArchitectureTest.catches(ArchitectureRules.DRIVING_PORTS_DO_NOT_USE_DRIVEN_PORTS, LeaksADrivenPortType.class);
        }
    }

    @Nested
    @DisplayName("the driving adapter never touches a driven port or its exceptions")
    class DrivingAdapter {
        @Test
        @DisplayName("holds for the product")
        void holds() {
            ArchitectureTest.holds(ArchitectureRules.DRIVING_ADAPTERS_DO_NOT_TOUCH_DRIVEN_PORTS);
        }

        @Test
        @DisplayName("catches a REST class that reads a driven port")
        void catchesAPort() {
            ArchitectureTest.catches(ArchitectureRules.DRIVING_ADAPTERS_DO_NOT_TOUCH_DRIVEN_PORTS, ReadsADrivenPort.class);
        }

        @Test
        @DisplayName("catches a REST class that catches a driven port's exception")
        void catchesAnException() {
            ArchitectureTest.catches(ArchitectureRules.DRIVING_ADAPTERS_DO_NOT_TOUCH_DRIVEN_PORTS,
                    CatchesAStoreFailure.class);
        }
    }

    @Nested
    @DisplayName("no class uses a library's internal package")
    class LibraryInternals {
        @Test
        @DisplayName("holds for the product")
        void holds() {
            ArchitectureTest.holds(ArchitectureRules.NO_LIBRARY_INTERNALS);
        }

        @Test
        @DisplayName("catches a class that uses a library's internal package")
        void catches() {
            ArchitectureTest.catches(ArchitectureRules.NO_LIBRARY_INTERNALS, UsesALibraryInternal.class);
        }
    }

    @Nested
    @DisplayName("flow-bootstrap reaches the stores only through driving ports")
    class Bootstrap {
        @Test
        @DisplayName("holds for the product")
        void holds() {
            ArchitectureTest.holds(ArchitectureRules.BOOTSTRAP_USES_DRIVING_PORTS_ONLY);
        }

        @Test
        @DisplayName("catches a bootstrap class that reads a store beside the driving ports")
        void catches() {
            ArchitectureTest.catches(ArchitectureRules.BOOTSTRAP_USES_DRIVING_PORTS_ONLY, ReadsTheStores.class);
        }
    }

    @Nested
    @DisplayName("only flow-spring-boot-starter sees Spring")
    class Spring {
        @Test
        @DisplayName("holds for the product")
        void holds() {
            ArchitectureTest.holds(ArchitectureRules.ONLY_THE_STARTER_SEES_SPRING);
        }

        @Test
        @DisplayName("catches an application class that uses a Spring class")
        void catches() {
            ArchitectureTest.catches(ArchitectureRules.ONLY_THE_STARTER_SEES_SPRING, UsesSpring.class);
        }
    }
}
