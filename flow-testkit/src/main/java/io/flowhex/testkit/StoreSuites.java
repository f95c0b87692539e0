package io.flowhex.testkit;

import io.flowhex.testkit.contract.AccessKeyRepositoryContract;
import io.flowhex.testkit.contract.AccountRepositoryContract;
import io.flowhex.testkit.contract.CallAdmissionContract;
import io.flowhex.testkit.contract.FlowRepositoryContract;
import io.flowhex.testkit.contract.LinkSigningKeysContract;
import io.flowhex.testkit.contract.NonceStoreContract;
import io.flowhex.testkit.contract.PolicyRepositoryContract;
import io.flowhex.testkit.contract.RamUserRepositoryContract;
import io.flowhex.testkit.contract.StoreAdministrationContract;
import io.flowhex.testkit.contract.StoreHealthContract;
import io.flowhex.testkit.scenario.AuthenticationScenarios;
import io.flowhex.testkit.scenario.GateScenarios;
import io.flowhex.testkit.scenario.GetFlowScenarios;
import io.flowhex.testkit.scenario.LifecycleScenarios;
import io.flowhex.testkit.scenario.ProvisioningScenarios;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The suites every store adapter's tests must extend, so that the adapters stand in for each other:
 * an adapter's own test asks {@link #unboundIn} which of them none of its test classes extends. A suite
 * added to the testkit must be listed here or among the ones that are not the whole stores' (the
 * testkit's own test checks that, so none is forgotten on both sides).
 */
public final class StoreSuites {

    /** What every {@code FlowhexStores} implementation passes: each port's contract and every scenario. */
    public static final List<Class<?>> EVERY_STORE_ADAPTER = List.of(
            FlowRepositoryContract.class, AccountRepositoryContract.class, AccessKeyRepositoryContract.class,
            RamUserRepositoryContract.class, PolicyRepositoryContract.class, NonceStoreContract.class,
            StoreHealthContract.class, StoreAdministrationContract.class, LinkSigningKeysContract.class,
            CallAdmissionContract.class,
            AuthenticationScenarios.class, GateScenarios.class, GetFlowScenarios.class, LifecycleScenarios.class,
            ProvisioningScenarios.class);

    private StoreSuites() {
    }

    /**
     * The suites of {@link #EVERY_STORE_ADAPTER} that no test class compiled beside {@code anyTestClass}
     * (the same output directory: one module's test classes) extends.
     */
    public static List<Class<?>> unboundIn(Class<?> anyTestClass) {
        List<Class<?>> classes = classesBeside(anyTestClass);
        List<Class<?>> unbound = new ArrayList<>();
        for (Class<?> suite : EVERY_STORE_ADAPTER) {
            if (classes.stream().noneMatch(c -> c != suite && suite.isAssignableFrom(c))) {
                unbound.add(suite);
            }
        }
        return unbound;
    }

    /** Every class in the directory {@code anchor} was loaded from, nested ones included. */
    static List<Class<?>> classesBeside(Class<?> anchor) {
        Path root;
        try {
            root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the classes of " + anchor.getName() + " are not in a directory", e);
        }
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException(anchor.getName() + " was not loaded from a directory of classes: " + root);
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> root.relativize(file).toString())
                    .filter(name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .<Class<?>>map(name -> load(name, anchor.getClassLoader()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a compiled class could not be loaded: " + name, e);
        }
    }
}
