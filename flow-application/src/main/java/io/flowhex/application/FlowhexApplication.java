package io.flowhex.application;

import io.flowhex.application.policy.CompiledPolicyCache;
import io.flowhex.application.policy.PolicyDocumentParser;
import io.flowhex.application.port.in.AuthenticateUseCase;
import io.flowhex.application.port.in.CheckHealthUseCase;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.application.port.in.ProvisionUseCase;
import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.PreviewLinks;
import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.application.port.out.StoreHealth;
import io.flowhex.application.preview.SignedPreviewLinks;
import io.flowhex.application.ratelimit.LocalCallQuota;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one thing an embedder calls: give it the driven ports (usually one store bundle), get the
 * driving ports back. Immutable once built; the builder checks every setting at {@link Builder#build()}
 * and names each one that is missing or out of range. No threads are started.
 *
 * <pre>{@code
 * FlowhexApplication app = FlowhexApplication.builder()
 *         .stores(InMemoryStores.create())
 *         .build();
 * FlowDetails flow = app.getFlow().getFlow(query);
 * }</pre>
 */
public final class FlowhexApplication {

    public static final int DEFAULT_QPS = 5;
    public static final Duration DEFAULT_SIGNATURE_TOLERANCE = Duration.ofMinutes(15);
    public static final URI DEFAULT_PREVIEW_BASE_URL = URI.create("https://preview.flowhex.invalid");
    public static final int DEFAULT_POLICY_CACHE_SIZE = 10_000;

    private final GetFlowUseCase getFlow;
    private final AuthenticateUseCase authenticate;
    private final ProvisionUseCase provision;
    private final CheckHealthUseCase health;
    private final Clock clock;

    private FlowhexApplication(Builder b, PreviewLinks previewLinks, CallQuota callQuota) {
        PolicyDocumentParser parser = new PolicyDocumentParser();
        this.clock = b.clock;
        this.authenticate = new AuthenticationService(b.accessKeys, b.nonces, b.clock, b.signatureTolerance);
        Authorizer authorizer = new RamAuthorizer(b.policies, new CompiledPolicyCache<>(parser, b.policyCacheSize));
        this.getFlow = new GetFlowService(b.accounts, b.flows, callQuota, authorizer, previewLinks, b.clock,
                b.defaultQps);
        this.provision = new ProvisioningService(b.accounts, b.ramUsers, b.accessKeys, b.policies, b.flows, parser);
        this.health = new HealthService(b.storeHealth);
    }

    public static Builder builder() {
        return new Builder();
    }

    public GetFlowUseCase getFlow() {
        return getFlow;
    }

    public AuthenticateUseCase authenticate() {
        return authenticate;
    }

    public ProvisionUseCase provision() {
        return provision;
    }

    public CheckHealthUseCase health() {
        return health;
    }

    public Clock clock() {
        return clock;
    }

    /** Collects the driven ports and settings; every setter returns the builder. */
    public static final class Builder {

        private FlowRepository flows;
        private AccountRepository accounts;
        private AccessKeyRepository accessKeys;
        private RamUserRepository ramUsers;
        private PolicyRepository policies;
        private NonceStore nonces;
        private StoreHealth storeHealth;
        private CallQuota callQuota;
        private PreviewLinks previewLinks;
        private Clock clock = Clock.systemUTC();
        private int defaultQps = DEFAULT_QPS;
        private Duration signatureTolerance = DEFAULT_SIGNATURE_TOLERANCE;
        private URI previewBaseUrl = DEFAULT_PREVIEW_BASE_URL;
        private byte[] previewSigningKey;
        private Duration previewValidity = SignedPreviewLinks.DEFAULT_VALIDITY;
        private int policyCacheSize = DEFAULT_POLICY_CACHE_SIZE;

        private Builder() {
        }

        /** Every persistence port from one store; single ports set afterwards replace its own. */
        public Builder stores(FlowhexStores stores) {
            Objects.requireNonNull(stores, "stores");
            this.flows = stores.flows();
            this.accounts = stores.accounts();
            this.accessKeys = stores.accessKeys();
            this.ramUsers = stores.ramUsers();
            this.policies = stores.policies();
            this.nonces = stores.nonces();
            this.storeHealth = stores.health();
            return this;
        }

        public Builder flows(FlowRepository value) {
            this.flows = value;
            return this;
        }

        public Builder accounts(AccountRepository value) {
            this.accounts = value;
            return this;
        }

        public Builder accessKeys(AccessKeyRepository value) {
            this.accessKeys = value;
            return this;
        }

        public Builder ramUsers(RamUserRepository value) {
            this.ramUsers = value;
            return this;
        }

        public Builder policies(PolicyRepository value) {
            this.policies = value;
            return this;
        }

        public Builder nonces(NonceStore value) {
            this.nonces = value;
            return this;
        }

        public Builder storeHealth(StoreHealth value) {
            this.storeHealth = value;
            return this;
        }

        /** Replaces the in-process per-account limiter, e.g. with one shared by several instances. */
        public Builder callQuota(CallQuota value) {
            this.callQuota = value;
            return this;
        }

        /** Replaces the default HMAC-signed preview-link issuer. */
        public Builder previewLinks(PreviewLinks value) {
            this.previewLinks = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /** Calls per second per account when the account has no override; default 5 as CAMS documents. */
        public Builder defaultQps(int value) {
            this.defaultQps = value;
            return this;
        }

        /** How far a signing time may be from the server's clock; default 15 minutes. */
        public Builder signatureTolerance(Duration value) {
            this.signatureTolerance = value;
            return this;
        }

        public Builder previewBaseUrl(URI value) {
            this.previewBaseUrl = value;
            return this;
        }

        /** Key of the default preview issuer (at least 32 bytes); a random one per process if unset. */
        public Builder previewSigningKey(byte[] value) {
            this.previewSigningKey = value == null ? null : value.clone();
            return this;
        }

        public Builder previewValidity(Duration value) {
            this.previewValidity = value;
            return this;
        }

        public Builder policyCacheSize(int value) {
            this.policyCacheSize = value;
            return this;
        }

        public FlowhexApplication build() {
            List<String> problems = new ArrayList<>();
            require(flows, "flows", problems);
            require(accounts, "accounts", problems);
            require(accessKeys, "accessKeys", problems);
            require(ramUsers, "ramUsers", problems);
            require(policies, "policies", problems);
            require(nonces, "nonces", problems);
            require(storeHealth, "storeHealth", problems);
            require(clock, "clock", problems);
            if (defaultQps < 1 || defaultQps > io.flowhex.domain.account.Account.MAX_QPS) {
                problems.add("defaultQps must be 1 to " + io.flowhex.domain.account.Account.MAX_QPS);
            }
            if (signatureTolerance == null || signatureTolerance.isNegative() || signatureTolerance.isZero()
                    || signatureTolerance.compareTo(Duration.ofHours(1)) > 0) {
                problems.add("signatureTolerance must be more than 0 and at most 1 hour");
            }
            if (policyCacheSize < 1) {
                problems.add("policyCacheSize must be positive");
            }
            PreviewLinks links = previewLinks;
            if (links == null) {
                try {
                    byte[] key = previewSigningKey != null ? previewSigningKey : randomKey();
                    links = SignedPreviewLinks.create(previewBaseUrl, key, previewValidity);
                } catch (RuntimeException e) {
                    problems.add(e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                throw new IllegalStateException("invalid flowhex settings: " + String.join("; ", problems));
            }
            // each application gets its own limiter unless one was handed in to be shared
            CallQuota quota = callQuota != null ? callQuota : LocalCallQuota.create(clock);
            return new FlowhexApplication(this, links, quota);
        }

        private static void require(Object value, String name, List<String> problems) {
            if (value == null) {
                problems.add(name + " is required");
            }
        }

        private static byte[] randomKey() {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return key;
        }
    }
}
