package io.flowhex.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The dependency rules of the hexagon, as ArchUnit rules. Each one is run against the production
 * classes and, separately, against a planted violation it must catch, so no rule can quietly
 * check nothing (ArchUnit also fails a rule whose subject set is empty).
 */
final class ArchitectureRules {

    static final List<String> ADAPTERS = List.of("inmemory", "jdbc", "rest");

    private ArchitectureRules() {
    }

    /** The domain is plain Java: it may use java.* and itself, nothing else. */
    static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA = classes()
            .that().resideInAPackage("io.flowhex.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.flowhex.domain..")
            .as("flow-domain depends only on java.* and itself");

    /** The application knows ports, never the adapters or the bootstrap that implement them. */
    static final ArchRule APPLICATION_NEVER_DEPENDS_ON_ADAPTERS = noClasses()
            .that().resideInAPackage("io.flowhex.application..")
            .should().dependOnClassesThat().resideInAnyPackage("io.flowhex.adapter..", "io.flowhex.bootstrap..",
                    "io.flowhex.testkit..")
            .as("flow-application never depends on an adapter, the testkit or the bootstrap");

    /** Adapters stand side by side: none may reach into another. */
    static ArchRule adapterIsolated(String adapter) {
        String own = "io.flowhex.adapter." + adapter + "..";
        String[] others = ADAPTERS.stream().filter(a -> !a.equals(adapter))
                .map(a -> "io.flowhex.adapter." + a + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(own)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .as("adapter " + adapter + " never depends on another adapter");
    }

    /** Use-case services are reached only through their ports and the builder. */
    static final ArchRule SERVICES_ARE_NOT_PUBLIC = classes()
            .that().resideInAPackage("io.flowhex.application..")
            .and(implementADrivingPort())
            .should().notBePublic()
            .as("services implementing a driving port are package-private");

    private static DescribedPredicate<JavaClass> implementADrivingPort() {
        return DescribedPredicate.describe("implement a driving port",
                c -> !c.isInterface() && c.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().equals("io.flowhex.application.port.in")));
    }
}
