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

    static final List<String> ADAPTERS = List.of("inmemory", "jdbc", "rest", "http", "micrometer");
    private static final String DRIVING_PORTS = "io.flowhex.application.port.in..";
    private static final String DRIVEN_PORTS = "io.flowhex.application.port.out..";

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

    /** A driving port speaks the application's own language: domain types and its own records, never a driven port's. */
    static final ArchRule DRIVING_PORTS_DO_NOT_USE_DRIVEN_PORTS = noClasses()
            .that().resideInAPackage(DRIVING_PORTS)
            .should().dependOnClassesThat().resideInAPackage(DRIVEN_PORTS)
            .as("driving ports never use a driven port's types");

    /**
     * A driving adapter calls the driving ports and handles their errors; the stores behind them, and
     * the failures those stores raise, are the application's business.
     */
    static final ArchRule DRIVING_ADAPTERS_DO_NOT_TOUCH_DRIVEN_PORTS = noClasses()
            .that().resideInAPackage("io.flowhex.adapter.rest..")
            .should().dependOnClassesThat().resideInAPackage(DRIVEN_PORTS)
            .as("the driving adapter never touches a driven port or its exceptions");

    /** A library's internal package may change in any release without notice: only public APIs are used. */
    static final ArchRule NO_LIBRARY_INTERNALS = noClasses()
            .that().resideInAPackage("io.flowhex..")
            .should().dependOnClassesThat(DescribedPredicate.describe("reside in a library's internal package",
                    c -> isInternalPackage(c.getPackageName()) && !c.getPackageName().startsWith("io.flowhex.")))
            .as("no class uses a library's internal package");

    /**
     * The server reaches the stores only through the driving ports, so the use cases' checks are never
     * repeated, or skipped, beside them; handing the stores to the builder is the one use it makes of them.
     */
    static final ArchRule BOOTSTRAP_USES_DRIVING_PORTS_ONLY = noClasses()
            .that().resideInAPackage("io.flowhex.bootstrap..")
            .should().accessTargetWhere(DescribedPredicate.describe("the target is a member of a driven port",
                    access -> access.getTargetOwner().isInterface()
                            && access.getTargetOwner().getPackageName().startsWith("io.flowhex.application.port.out")))
            .as("flow-bootstrap reaches the stores only through driving ports");

    /**
     * Spring is the starter's business: every other module stays usable without it, and the hexagon
     * framework-free (the starter module is not on this module's classpath; its package is exempt wherever
     * the rule runs on it).
     */
    static final ArchRule ONLY_THE_STARTER_SEES_SPRING = noClasses()
            .that().resideInAPackage("io.flowhex..")
            .and().resideOutsideOfPackage("io.flowhex.spring..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .as("only flow-spring-boot-starter sees Spring");

    private static boolean isInternalPackage(String packageName) {
        return packageName.equals("internal") || packageName.startsWith("internal.") || packageName.contains(".internal.")
                || packageName.endsWith(".internal");
    }

    private static DescribedPredicate<JavaClass> implementADrivingPort() {
        return DescribedPredicate.describe("implement a driving port",
                c -> !c.isInterface() && c.getAllRawInterfaces().stream()
                        .anyMatch(i -> i.getPackageName().equals("io.flowhex.application.port.in")));
    }
}
