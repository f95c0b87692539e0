package io.flowhex.testkit.scenario;

import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.AuthenticationRequest;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.Caller;
import io.flowhex.application.port.in.FlowDetails;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.application.port.out.FlowJsonSource;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.domain.policy.PolicyName;
import io.flowhex.domain.principal.PolicyHolder;
import io.flowhex.domain.principal.Principal;
import io.flowhex.domain.principal.PrincipalName;
import io.flowhex.domain.principal.RamUser;
import io.flowhex.domain.principal.RootPrincipal;
import io.flowhex.testkit.Fixtures;
import io.flowhex.testkit.InMemoryFlowJsonSource;
import io.flowhex.testkit.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A running application over some stores, with a clock the test moves, and the vocabulary the
 * scenarios are written in. Everything is provisioned through the application's own driving port.
 */
public final class World {

    public static final URI PREVIEW_BASE = URI.create("https://preview.flowhex.test/base");
    public static final byte[] PREVIEW_KEY = "flowhex-testkit-preview-signing-key!".getBytes(StandardCharsets.US_ASCII);

    public final MutableClock clock = MutableClock.atDefaultStart();
    /** The Flow JSON files UpdateFlowJSONAsset can fetch in this world. */
    public final InMemoryFlowJsonSource files = new InMemoryFlowJsonSource();
    public final FlowhexApplication app;

    public World(FlowhexStores stores) {
        this(stores, EditPublishedRule.REVERT_TO_DRAFT);
    }

    public World(FlowhexStores stores, EditPublishedRule editPublishedRule) {
        this(stores, editPublishedRule, null);
    }

    /**
     * A world whose UpdateFlowJSONAsset fetches files through {@code source} (a real HTTP fetcher and
     * the test's own file server, say) instead of {@link #files}, which then serves nothing.
     */
    public World(FlowhexStores stores, FlowJsonSource source) {
        this(stores, EditPublishedRule.REVERT_TO_DRAFT, Objects.requireNonNull(source, "source"));
    }

    private World(FlowhexStores stores, EditPublishedRule editPublishedRule, FlowJsonSource source) {
        this.app = FlowhexApplication.custom()
                .stores(stores)
                .clock(clock)
                .previewBaseUrl(PREVIEW_BASE)
                .previewSigningKey(PREVIEW_KEY)
                .flowJsonSource(source == null ? files : source)
                .editPublishedRule(editPublishedRule)
                .build();
    }

    /** The context of a trusted in-process call (no nonce to record). */
    public static CallContext context() {
        return new CallContext(Optional.of("192.0.2.10"), true, Fixtures.accessKeyId());
    }

    /** A subscribed account with one space and the given QPS override (null for the default). */
    public Tenant tenant(Integer qps) {
        AccountId id = Fixtures.accountId();
        SpaceId space = Fixtures.spaceId();
        SpaceId other = Fixtures.spaceId();
        Account account = new Account(id, true, Set.of(space, other),
                qps == null ? OptionalInt.empty() : OptionalInt.of(qps));
        app.provision().saveAccount(account);
        return new Tenant(account, space, other);
    }

    public Tenant tenant() {
        return tenant(null);
    }

    public FlowDetails getFlow(Principal caller, FlowId id) {
        return getFlow(caller, id, Optional.empty());
    }

    public FlowDetails getFlow(Principal caller, FlowId id, Optional<SpaceId> space) {
        return getFlow(caller, id, space, context());
    }

    public FlowDetails getFlow(Principal caller, FlowId id, Optional<SpaceId> space, CallContext context) {
        return app.getFlow().getFlow(new GetFlowQuery(caller, id, space, context));
    }

    /** GetFlow as the protocol adapter runs it: authenticate the signed request, then the gate records its nonce. */
    public FlowDetails getFlowSigned(AuthenticationRequest request, FlowId id) {
        Caller caller = app.authenticate().authenticate(request);
        return getFlow(caller.principal(), id, Optional.empty(),
                CallContext.of(caller, Optional.of("192.0.2.10"), true));
    }

    /** One account of the world: its id, its main space and a second space of its own. */
    public final class Tenant {
        public final AccountId id;
        public final SpaceId space;
        public final SpaceId otherSpace;
        public final RootPrincipal root;
        private final Account account;

        private Tenant(Account account, SpaceId space, SpaceId otherSpace) {
            this.account = account;
            this.id = account.id();
            this.space = space;
            this.otherSpace = otherSpace;
            this.root = new RootPrincipal(id);
        }

        /** A flow in the main space, saved; change fields with the builder before it is saved. */
        public Flow flow() {
            return save(Fixtures.flow(id, space).build());
        }

        public Flow save(Flow flow) {
            app.provision().saveFlow(flow);
            return flow;
        }

        /** A RAM user with the given policy documents attached (each stored under a new name). */
        public RamUser user(String... documents) {
            PrincipalName name = Fixtures.userName();
            app.provision().createRamUser(id, name);
            for (String document : documents) {
                attach(PolicyHolder.user(name), document);
            }
            return new RamUser(id, name);
        }

        public PolicyName attach(PolicyHolder holder, String document) {
            PolicyName policy = Fixtures.policyName();
            app.provision().putPolicy(id, policy, document);
            app.provision().attachPolicy(id, policy, holder);
            return policy;
        }

        public AccessKey key(Principal owner) {
            AccessKey key = Fixtures.activeKey(owner);
            app.provision().saveAccessKey(key);
            return key;
        }

        public void unsubscribe() {
            app.provision().saveAccount(account.withSubscription(false));
        }
    }
}
