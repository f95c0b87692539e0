package io.flowhex.benchmarks;

import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.CallContext;
import io.flowhex.application.port.in.GetFlowQuery;
import io.flowhex.domain.account.AccessKey;
import io.flowhex.domain.account.AccessKeyId;
import io.flowhex.domain.account.AccessKeySecret;
import io.flowhex.domain.account.AccessKeyStatus;
import io.flowhex.domain.account.Account;
import io.flowhex.domain.account.AccountId;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Accounts provisioned through the application's own driving port, each with one space, one flow, a
 * QPS override high enough never to reject ({@link #NEVER_LIMITED}), a root AccessKey, and a RAM user
 * with three policies of three statements each (one statement with a condition) and its own key.
 * Benchmarks rotate over the tenants so that no single account's quota is the bottleneck.
 */
public final class Tenants {

    /** The largest override an account may have; far above what one account can call on this machine. */
    public static final int NEVER_LIMITED = Account.MAX_QPS;

    /** The client address of every call; the RAM user's conditional statement allows it. */
    public static final String SOURCE_IP = "192.0.2.10";

    /**
     * The RAM user's policies: three documents of three statements; GetFlow is allowed only by the
     * statement with the {@code IpAddress} condition, so the evaluator reads every statement and tests
     * the condition on each call.
     */
    public static final List<String> RAM_POLICIES = List.of("""
            {"Version":"1","Statement":[
             {"Effect":"Allow","Action":"cams:GetFlow","Resource":"*",
              "Condition":{"IpAddress":{"acs:SourceIp":["192.0.2.0/24","198.51.100.0/24"]}}},
             {"Effect":"Allow","Action":["cams:ListFlow","cams:GetFlowJsonAsset"],"Resource":"*"},
             {"Effect":"Deny","Action":"cams:DeleteFlow","Resource":"*"}]}""", """
            {"Version":"1","Statement":[
             {"Effect":"Allow","Action":"cams:ListChatappTemplate","Resource":"*"},
             {"Effect":"Allow","Action":"cams:GetChatappTemplateDetail","Resource":"*"},
             {"Effect":"Deny","Action":"ecs:*","Resource":"*"}]}""", """
            {"Version":"1","Statement":[
             {"Effect":"Allow","Action":"oss:GetObject","Resource":"acs:oss:*:*:reports/*"},
             {"Effect":"Allow","Action":"cams:Query*","Resource":"*"},
             {"Effect":"Deny","Action":"cams:Delete*","Resource":"*"}]}""");

    /** One provisioned account. */
    public record Tenant(AccountId account, SpaceId space, FlowId flow, RootPrincipal root, AccessKey rootKey,
            RamUser user, AccessKey userKey) {

        /** GetFlow of this tenant's flow as its root, named space included. */
        public GetFlowQuery rootQuery() {
            return query(root, rootKey);
        }

        /** GetFlow of this tenant's flow as its RAM user. */
        public GetFlowQuery userQuery() {
            return query(user, userKey);
        }

        /**
         * The context of a call by this tenant's root from a trusted in-process embedder: no nonce to
         * record, so the gate's nonce step is skipped, as an embedder calling the ports directly gets it.
         */
        public CallContext rootContext() {
            return context(rootKey);
        }

        private GetFlowQuery query(Principal caller, AccessKey key) {
            return new GetFlowQuery(caller, flow, Optional.of(space), context(key));
        }

        private static CallContext context(AccessKey key) {
            return new CallContext(Optional.of(SOURCE_IP), false, key.id());
        }
    }

    private final List<Tenant> tenants;

    private Tenants(List<Tenant> tenants) {
        this.tenants = List.copyOf(tenants);
    }

    /**
     * Provisions {@code count} tenants and calls GetFlow once for each root and user, so that every
     * flow already holds a valid preview link and every policy is compiled and cached: what a
     * benchmark measures afterwards is the steady state.
     */
    public static Tenants provision(FlowhexApplication app, int count) {
        return provision(app, count, OptionalInt.of(NEVER_LIMITED));
    }

    /** As {@link #provision(FlowhexApplication, int)}, with the given QPS override (empty: the default). */
    public static Tenants provision(FlowhexApplication app, int count, OptionalInt qps) {
        List<Tenant> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            made.add(provisionOne(app, qps));
        }
        Tenants tenants = new Tenants(made);
        for (Tenant tenant : tenants.tenants) {
            app.getFlow().getFlow(tenant.rootQuery());
            app.getFlow().getFlow(tenant.userQuery());
        }
        return tenants;
    }

    private static Tenant provisionOne(FlowhexApplication app, OptionalInt qps) {
        AccountId account = Fixtures.accountId();
        SpaceId space = Fixtures.spaceId();
        app.provision().saveAccount(new Account(account, true, Set.of(space), qps));
        Flow flow = Fixtures.flow(account, space).build();
        app.provision().saveFlow(flow);
        RootPrincipal root = new RootPrincipal(account);
        AccessKey rootKey = key(root);
        app.provision().saveAccessKey(rootKey);
        PrincipalName userName = Fixtures.userName();
        app.provision().createRamUser(account, userName);
        for (String document : RAM_POLICIES) {
            PolicyName policy = Fixtures.policyName();
            app.provision().putPolicy(account, policy, document);
            app.provision().attachPolicy(account, policy, PolicyHolder.user(userName));
        }
        RamUser user = new RamUser(account, userName);
        AccessKey userKey = key(user);
        app.provision().saveAccessKey(userKey);
        return new Tenant(account, space, flow.id(), root, rootKey, user, userKey);
    }

    /** An active key whose secret has the length and alphabet of a real AccessKey secret (30 characters). */
    private static AccessKey key(Principal owner) {
        long n = Fixtures.next();
        return new AccessKey(new AccessKeyId("LTAI5t" + n + "Bench"),
                AccessKeySecret.of("BenchSecret" + String.format("%019d", n)), owner, AccessKeyStatus.ACTIVE);
    }

    public List<Tenant> all() {
        return tenants;
    }

    public int size() {
        return tenants.size();
    }

    public Tenant get(int index) {
        return tenants.get(index);
    }

    public GetFlowQuery[] rootQueries() {
        return tenants.stream().map(Tenant::rootQuery).toArray(GetFlowQuery[]::new);
    }

    public GetFlowQuery[] userQueries() {
        return tenants.stream().map(Tenant::userQuery).toArray(GetFlowQuery[]::new);
    }
}
