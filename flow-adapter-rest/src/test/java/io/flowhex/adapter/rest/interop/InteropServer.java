package io.flowhex.adapter.rest.interop;

import io.flowhex.adapter.http.FetchSettings;
import io.flowhex.adapter.http.HttpFlowJsonSource;
import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.rest.ActionRoutes;
import io.flowhex.adapter.rest.CamsRpcHandler;
import io.flowhex.adapter.rest.FlowPorts;
import io.flowhex.adapter.rest.RestSettings;
import io.flowhex.adapter.rest.jetty.JettyCamsServer;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import io.flowhex.testkit.scenario.World;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application over in-memory stores, every action routed, served by the Jetty host on 127.0.0.1
 * and a free port, with the clock at the real time (the SDKs sign with it), one principal for each
 * answer, and the real HTTP fetcher taking Flow JSON files from a local {@link FileServer}. One per
 * test class, registered as {@code @RegisterExtension static final InteropServer server = new
 * InteropServer();}, which stops it after the class's last test.
 */
final class InteropServer implements AutoCloseable, AfterAllCallback {

    /** A space id with every character the URL encoders disagree on that a space id may hold. */
    static final String ODD_SPACE = "cams-*~+/!'()";

    /** Where the Flow JSON files are fetched from, over real HTTP. */
    final FileServer files = new FileServer();
    final World world = new World(InMemoryStores.create(), new HttpFlowJsonSource(FetchSettings.ofDefaults()));
    final World.Tenant tenant;
    final Flow flow;
    final Flow oddSpaceFlow;
    final AccessKey rootKey;
    final AccessKey userWithoutPolicyKey;
    final AccessKey inactiveKey;
    final AccessKey unsubscribedKey;
    final AccessKey oddSpaceKey;
    final JettyCamsServer jetty;

    InteropServer() {
        world.clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        tenant = world.tenant(10_000);
        rootKey = tenant.key(tenant.root);
        flow = tenant.save(Fixtures.flow(tenant.id, tenant.space).name("My flow *~+/é ✓")
                .categories(FlowCategory.SIGN_UP, FlowCategory.APPOINTMENT_BOOKING).status(FlowStatus.PUBLISHED)
                .versions("2.1", "3.0").endpoint("https://example.com/data?x=1")
                .preview("https://example.com/preview", world.clock.instant().plus(Duration.ofDays(20))).build());
        userWithoutPolicyKey = tenant.key(tenant.user());
        inactiveKey = tenant.key(tenant.root);
        world.app.provision().setAccessKeyStatus(inactiveKey.id(), AccessKeyStatus.INACTIVE);
        World.Tenant unsubscribed = world.tenant(10_000);
        unsubscribedKey = unsubscribed.key(unsubscribed.root);
        unsubscribed.unsubscribe();

        AccountId oddAccount = Fixtures.accountId();
        world.app.provision().saveAccount(new Account(oddAccount, true, Set.of(new SpaceId(ODD_SPACE)), OptionalInt.of(10_000)));
        oddSpaceFlow = Fixtures.flow(oddAccount, new SpaceId(ODD_SPACE)).build();
        world.app.provision().saveFlow(oddSpaceFlow);
        oddSpaceKey = Fixtures.activeKey(new RootPrincipal(oddAccount));
        world.app.provision().saveAccessKey(oddSpaceKey);

        CamsRpcHandler handler = new CamsRpcHandler(world.app.authenticate(), ActionRoutes.allOf(FlowPorts.of(world.app)),
                world.app.health(), RestSettings.ofDefaults());
        jetty = JettyCamsServer.start(handler, "127.0.0.1", 0);
    }

    String endpoint() {
        return "127.0.0.1:" + jetty.port();
    }

    /** A fresh tenant allowed one call per second, and its root key. */
    AccessKey limitedKey() {
        World.Tenant limited = world.tenant(1);
        return limited.key(limited.root);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        jetty.stop(Duration.ofSeconds(1));
        files.close();
    }
}
