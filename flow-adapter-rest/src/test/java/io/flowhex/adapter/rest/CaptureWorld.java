package io.flowhex.adapter.rest;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.CamsException;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import io.flowhex.testkit.scenario.World;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What the captured requests expect on the server: the key {@code testAccessKeyId} with its secret,
 * flow {@code 123} in space {@code cams-abc}, the clock at the capture's signing time and a fresh
 * nonce store.
 */
final class CaptureWorld {

    static final String KEY_ID = "testAccessKeyId";
    static final String SECRET = "testAccessKeySecret";

    final World world = new World(InMemoryStores.create());
    final CamsRpcHandler handler;

    CaptureWorld(String signingTime, String secret) {
        world.clock.set(Instant.parse(signingTime));
        Account account = new Account(Fixtures.accountId(), true, Set.of(new SpaceId("cams-abc")), OptionalInt.of(1000));
        world.app.provision().saveAccount(account);
        RootPrincipal root = new RootPrincipal(account.id());
        world.app.provision().saveAccessKey(
                new AccessKey(new AccessKeyId(KEY_ID), AccessKeySecret.of(secret), root, AccessKeyStatus.ACTIVE));
        world.app.provision().saveFlow(Fixtures.flow(account.id(), new SpaceId("cams-abc")).id(new FlowId("123")).build());
        handler = new CamsRpcHandler(world.app.authenticate(), ActionRoutes.allOf(FlowPorts.of(world.app)), world.app.health(),
                RestSettings.ofDefaults());
    }

    CaptureWorld(RawHttpRequest capture) {
        this(capture.signingTime(), SECRET);
    }

    /** "OK" when the request's signature verifies, else the code the adapter or the application gives. */
    String verify(CamsHttpRequest request) {
        try {
            RequestParameters parameters = RequestParameters.read(request, 100);
            AuthenticationRequest authentication = CamsRpcHandler.readerFor(request, parameters).read(request, parameters);
            world.app.authenticate().authenticate(authentication);
            return "OK";
        } catch (RejectedRequest e) {
            return e.reply().code();
        } catch (CamsException e) {
            return e.code();
        }
    }
}
