package io.flowhex.application;

import io.flowhex.application.policy.CompiledPolicyCache;
import io.flowhex.application.flowjson.FlowJsonValidator;
import io.flowhex.application.metrics.StoreTimers;
import io.flowhex.application.port.in.CreateFlowUseCase;
import io.flowhex.application.port.in.DeleteFlowUseCase;
import io.flowhex.application.port.in.DeprecateFlowUseCase;
import io.flowhex.application.port.in.DownloadFlowJsonUseCase;
import io.flowhex.application.port.in.GetFlowJsonAssetUseCase;
import io.flowhex.application.port.in.GetFlowPreviewUrlUseCase;
import io.flowhex.application.port.in.ListFlowUseCase;
import io.flowhex.application.port.in.ModifyFlowUseCase;
import io.flowhex.application.port.in.PreviewPageUseCase;
import io.flowhex.application.port.in.PublishFlowUseCase;
import io.flowhex.application.port.in.UpdateFlowJsonAssetUseCase;
import io.flowhex.application.port.out.AssetLinks;
import io.flowhex.application.port.out.FlowJsonSource;
import io.flowhex.application.port.out.FlowMetrics;
import io.flowhex.application.preview.SignedAssetLinks;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.FlowIdGenerator;
import io.flowhex.domain.flow.PublishableVersions;
import io.flowhex.domain.flow.RandomFlowIds;
import java.util.Optional;
import io.flowhex.application.policy.PolicyDocumentParser;
import io.flowhex.application.port.in.AuthenticateUseCase;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.application.port.in.CheckHealthUseCase;
import io.flowhex.application.port.in.GetFlowUseCase;
import io.flowhex.application.port.in.ProvisionUseCase;
import io.flowhex.application.port.in.ResetStateUseCase;
import io.flowhex.application.port.in.SummarizeStateUseCase;
import io.flowhex.application.port.out.AccessKeyRepository;
import io.flowhex.application.port.out.AccountRepository;
import io.flowhex.application.port.out.CallAdmission;
import io.flowhex.application.port.out.CallQuota;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowhexStores;
import io.flowhex.application.port.out.LinkSigningKey;
import io.flowhex.application.port.out.LinkSigningKeys;
import io.flowhex.application.port.out.NonceStore;
import io.flowhex.application.port.out.PolicyRepository;
import io.flowhex.application.port.out.PreviewLinks;
import io.flowhex.application.port.out.RamUserRepository;
import io.flowhex.application.port.out.StoreAdministration;
import io.flowhex.application.port.out.StoreHealth;
import io.flowhex.application.preview.SignedPreviewLinks;
import io.flowhex.application.ratelimit.LocalCallQuota;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import io.flowhex.domain.account.Account;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The one thing an embedder calls: give it the driven ports (usually one store bundle), get the
 * driving ports back. Immutable once built; the builder checks every setting at {@link Builder#build()}
 * and names each one that is missing or out of range. No threads are started.
 *
 * <pre>{@code
 * FlowhexApplication app = FlowhexApplication.custom()
 *         .stores(InMemoryStores.create())
 *         .build();
 * FlowDetails flow = app.getFlow().getFlow(query);
 * }</pre>
 */
public final class FlowhexApplication {

    public static final int DEFAULT_QPS = CamsAction.DOCUMENTED_QPS;
    public static final Duration DEFAULT_SIGNATURE_TOLERANCE = Duration.ofMinutes(15);
    public static final URI DEFAULT_PREVIEW_BASE_URL = URI.create("https://preview.flowhex.invalid");
    public static final int DEFAULT_POLICY_CACHE_SIZE = 10_000;
    /** Durations of actions and store calls: a monotonic counter, not the clock of record. */
    private static final LongSupplier TICKER = System::nanoTime;

    private final GetFlowUseCase getFlow;
    private final CreateFlowUseCase createFlow;
    private final ListFlowUseCase listFlow;
    private final ModifyFlowUseCase modifyFlow;
    private final LifecycleService lifecycle;
    private final FlowJsonService flowJson;
    private final GetFlowPreviewUrlUseCase getFlowPreviewUrl;
    private final PreviewPageUseCase previewPage;
    private final AuthenticateUseCase authenticate;
    private final ProvisionUseCase provision;
    private final CheckHealthUseCase health;
    private final AdministrationService administration;
    private final Clock clock;

    private FlowhexApplication(Builder b, PreviewLinks previewLinks, AssetLinks assetLinks, CallQuota callQuota) {
        PolicyDocumentParser parser = new PolicyDocumentParser();
        Stores s = Stores.of(b, TICKER, callQuota);
        this.clock = b.clock;
        this.authenticate = new AuthenticationService(s.accessKeys(), b.clock, b.signatureTolerance, b.metrics);
        Authorizer authorizer = new RamAuthorizer(s.policies(), new CompiledPolicyCache<>(parser, b.policyCacheSize));
        Gate gate = new Gate(s.accounts(), s.admission(), new QuotaLimits(b.defaultQps, b.actionQps), authorizer,
                b.clock, b.metrics, TICKER);
        PreviewRenewal previews = new PreviewRenewal(s.flows(), previewLinks);
        FlowChanges changes = new FlowChanges(s.flows());
        this.getFlow = new GetFlowService(gate, s.flows(), previews);
        this.createFlow = new CreateFlowService(gate, s.flows(), b.flowIds);
        this.listFlow = new ListFlowService(gate, s.flows());
        this.modifyFlow = new ModifyFlowService(gate, changes, b.editPublishedRule);
        this.lifecycle = new LifecycleService(gate, s.flows(), changes, b.publishableVersions);
        this.flowJson = new FlowJsonService(gate, s.flows(), changes, Optional.ofNullable(b.flowJsonSource),
                b.flowJsonValidator, b.editPublishedRule, assetLinks, b.clock);
        this.getFlowPreviewUrl = new GetFlowPreviewUrlService(gate, s.flows(), previews);
        this.previewPage = new PreviewPageService(s.flows(), previewLinks, b.clock);
        this.provision = new ProvisioningService(s.accounts(), s.ramUsers(), s.accessKeys(), s.policies(), s.flows(), parser);
        this.health = new HealthService(s.storeHealth());
        this.administration = new AdministrationService(b.administration, callQuota);
    }

    /**
     * The store ports as the services see them: the builder's own, each wrapped in a timer when metrics
     * are on and the stores are worth timing ({@link Builder#timeStoreCalls}). The admission is the
     * quota's own with the builder's nonce store where it offers one (asked
     * before any wrapping, which it would not recognize), else the quota and the nonces in turn.
     */
    private record Stores(FlowRepository flows, AccountRepository accounts, AccessKeyRepository accessKeys,
            RamUserRepository ramUsers, PolicyRepository policies, CallAdmission admission, StoreHealth storeHealth) {

        static Stores of(Builder b, LongSupplier ticker, CallQuota quota) {
            Optional<CallAdmission> joined = quota.admissionWith(b.nonces);
            boolean timed = b.timeStoreCalls != null ? b.timeStoreCalls : !b.storesInProcess;
            if (b.metrics == FlowMetrics.none() || !timed) {
                return new Stores(b.flows, b.accounts, b.accessKeys, b.ramUsers, b.policies,
                        joined.orElseGet(() -> CallAdmission.inTurn(quota, b.nonces)), b.storeHealth);
            }
            StoreTimers timers = StoreTimers.of(b.metrics, ticker);
            CallAdmission admission = joined.map(timers::admission)
                    .orElseGet(() -> CallAdmission.inTurn(quota, timers.nonces(b.nonces)));
            return new Stores(timers.flows(b.flows), timers.accounts(b.accounts), timers.accessKeys(b.accessKeys),
                    timers.ramUsers(b.ramUsers), timers.policies(b.policies), admission, timers.health(b.storeHealth));
        }
    }

    /** The builder: the driven ports are required, every setting has a default. */
    public static Builder custom() {
        return new Builder();
    }

    public GetFlowUseCase getFlow() {
        return getFlow;
    }

    public CreateFlowUseCase createFlow() {
        return createFlow;
    }

    public ListFlowUseCase listFlow() {
        return listFlow;
    }

    public ModifyFlowUseCase modifyFlow() {
        return modifyFlow;
    }

    public DeleteFlowUseCase deleteFlow() {
        return lifecycle;
    }

    public PublishFlowUseCase publishFlow() {
        return lifecycle;
    }

    public DeprecateFlowUseCase deprecateFlow() {
        return lifecycle;
    }

    /** GetFlowJSONAssest, as CAMS spells the action. */
    public GetFlowJsonAssetUseCase getFlowJsonAsset() {
        return flowJson;
    }

    public UpdateFlowJsonAssetUseCase updateFlowJsonAsset() {
        return flowJson;
    }

    public GetFlowPreviewUrlUseCase getFlowPreviewUrl() {
        return getFlowPreviewUrl;
    }

    /** The download behind GetFlowJSONAssest's links (no CAMS signature: the link's token is the credential). */
    public DownloadFlowJsonUseCase downloadFlowJson() {
        return flowJson;
    }

    /** The page behind a preview link (no CAMS signature: the link's token, checked by its issuer, is the credential). */
    public PreviewPageUseCase previewPage() {
        return previewPage;
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

    /** The operator's resets (the admin API's); never for API clients. */
    public ResetStateUseCase resetState() {
        return administration;
    }

    /** What the server holds, counted (the admin API's summary). */
    public SummarizeStateUseCase summarizeState() {
        return administration;
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
        private StoreAdministration administration;
        private CallQuota callQuota;
        private PreviewLinks previewLinks;
        private AssetLinks assetLinks;
        private Duration assetLinkValidity = SignedAssetLinks.DEFAULT_VALIDITY;
        private FlowJsonSource flowJsonSource;
        private FlowJsonValidator flowJsonValidator = FlowJsonValidator.ofDefaults();
        private FlowIdGenerator flowIds = RandomFlowIds.ofDefaults();
        private EditPublishedRule editPublishedRule = EditPublishedRule.REVERT_TO_DRAFT;
        private PublishableVersions publishableVersions = PublishableVersions.ofDefaults();
        private Clock clock = Clock.systemUTC();
        private int defaultQps = DEFAULT_QPS;
        private final Map<CamsAction, Integer> actionQps = new EnumMap<>(CamsAction.class);
        private Duration signatureTolerance = DEFAULT_SIGNATURE_TOLERANCE;
        private URI previewBaseUrl = DEFAULT_PREVIEW_BASE_URL;
        private byte[] previewSigningKey;
        private LinkSigningKeys linkSigningKeys;
        private Duration previewValidity = SignedPreviewLinks.DEFAULT_VALIDITY;
        private int policyCacheSize = DEFAULT_POLICY_CACHE_SIZE;
        private FlowMetrics metrics = FlowMetrics.none();
        private boolean storesInProcess;
        private Boolean timeStoreCalls;

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
            this.administration = stores.administration();
            this.linkSigningKeys = stores.linkSigningKeys().orElse(null);
            this.storesInProcess = stores.inProcess();
            return this;
        }

        public Builder flows(FlowRepository value) {
            this.flows = value;
            this.storesInProcess = false;
            return this;
        }

        public Builder accounts(AccountRepository value) {
            this.accounts = value;
            this.storesInProcess = false;
            return this;
        }

        public Builder accessKeys(AccessKeyRepository value) {
            this.accessKeys = value;
            this.storesInProcess = false;
            return this;
        }

        public Builder ramUsers(RamUserRepository value) {
            this.ramUsers = value;
            this.storesInProcess = false;
            return this;
        }

        public Builder policies(PolicyRepository value) {
            this.policies = value;
            this.storesInProcess = false;
            return this;
        }

        public Builder nonces(NonceStore value) {
            this.nonces = value;
            this.storesInProcess = false;
            return this;
        }

        public Builder storeHealth(StoreHealth value) {
            this.storeHealth = value;
            this.storesInProcess = false;
            return this;
        }

        public Builder administration(StoreAdministration value) {
            this.administration = value;
            this.storesInProcess = false;
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

        /** Replaces the default HMAC-signed Flow JSON download links (signed with the preview key). */
        public Builder assetLinks(AssetLinks value) {
            this.assetLinks = value;
            return this;
        }

        /** How long a GetFlowJSONAssest link works; default one hour, as an OSS pre-signed URL. */
        public Builder assetLinkValidity(Duration value) {
            this.assetLinkValidity = value;
            return this;
        }

        /**
         * Where UpdateFlowJSONAsset fetches files from, e.g. {@code flow-adapter-http}'s
         * {@code HttpFlowJsonSource}. Without one, UpdateFlowJSONAsset answers
         * {@code InvalidParameter.FilePath} saying that this server fetches no files.
         */
        public Builder flowJsonSource(FlowJsonSource value) {
            this.flowJsonSource = value;
            return this;
        }

        public Builder flowJsonValidator(FlowJsonValidator value) {
            this.flowJsonValidator = value;
            return this;
        }

        /** Where CreateFlow's ids come from; default 16 random digits from a SecureRandom. */
        public Builder flowIds(FlowIdGenerator value) {
            this.flowIds = value;
            return this;
        }

        /** What an edit of a published flow does: back to DRAFT (default, Meta's current rule) or refused. */
        public Builder editPublishedRule(EditPublishedRule value) {
            this.editPublishedRule = value;
            return this;
        }

        /** The Flow JSON versions PublishFlow accepts; default 5.1, 6.0 to 6.3 and 7.0 to 7.3. */
        public Builder publishableVersions(PublishableVersions value) {
            this.publishableVersions = value;
            return this;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        /**
         * Calls per second per account and action, for every action without its own default and every
         * account without an override; default 5 as CAMS documents for each action.
         */
        public Builder defaultQps(int value) {
            this.defaultQps = value;
            return this;
        }

        /** Calls per second per account for one action, where the account has no override of its own. */
        public Builder actionQps(CamsAction action, int value) {
            this.actionQps.put(Objects.requireNonNull(action, "action"), value);
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

        /**
         * Key of the default link issuers (at least 32 bytes). Unset, the key comes from
         * {@link #linkSigningKeys(LinkSigningKeys)} (the store's, shared by every instance on it), else
         * a random one per application. A key given here is never stored.
         */
        public Builder previewSigningKey(byte[] value) {
            this.previewSigningKey = value == null ? null : value.clone();
            return this;
        }

        /**
         * Where the link key is kept when none is given: {@link #build()} asks it once for the stored
         * key, storing a random one if there is none yet. Set by {@link #stores(FlowhexStores)} when
         * the store offers one.
         */
        public Builder linkSigningKeys(LinkSigningKeys value) {
            this.linkSigningKeys = value;
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

        /**
         * Where the application reports actions, quota denials, authentication failures and store call
         * durations (e.g. flow-adapter-micrometer's {@code MicrometerFlowMetrics}); default
         * {@link FlowMetrics#none()}, which also leaves the store ports unwrapped.
         */
        public Builder metrics(FlowMetrics value) {
            this.metrics = value;
            return this;
        }

        /**
         * Whether the store ports' calls are timed when metrics are on; by default they are, unless the
         * stores handed to {@link #stores} are {@link FlowhexStores#inProcess() in process} (the in-memory
         * ones), whose calls cost less than the clock reads that would time them, and no port of theirs was
         * replaced singly afterwards (a replaced port may be a database's).
         */
        public Builder timeStoreCalls(boolean value) {
            this.timeStoreCalls = value;
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
            require(administration, "administration", problems);
            require(clock, "clock", problems);
            require(flowJsonValidator, "flowJsonValidator", problems);
            require(flowIds, "flowIds", problems);
            require(editPublishedRule, "editPublishedRule", problems);
            require(publishableVersions, "publishableVersions", problems);
            require(metrics, "metrics", problems);
            if (defaultQps < 1 || defaultQps > Account.MAX_QPS) {
                problems.add("defaultQps must be 1 to " + Account.MAX_QPS);
            }
            actionQps.forEach((action, qps) -> {
                if (qps < 1 || qps > Account.MAX_QPS) {
                    problems.add("actionQps of " + action.wireName() + " must be 1 to " + Account.MAX_QPS);
                }
            });
            if (signatureTolerance == null || signatureTolerance.isNegative() || signatureTolerance.isZero()
                    || signatureTolerance.compareTo(Duration.ofHours(1)) > 0) {
                problems.add("signatureTolerance must be more than 0 and at most 1 hour");
            }
            if (policyCacheSize < 1) {
                problems.add("policyCacheSize must be positive");
            }
            // the link key may be read from, or written to, the store: not for settings that cannot build
            failOn(problems);
            PreviewLinks links = previewLinks;
            AssetLinks downloads = assetLinks;
            // one key for both kinds of link, so that a server holding it can check either
            byte[] key = links == null || downloads == null ? linkKey() : null;
            if (links == null) {
                try {
                    links = SignedPreviewLinks.create(previewBaseUrl, key, previewValidity);
                } catch (RuntimeException e) {
                    problems.add(e.getMessage());
                }
            }
            // the same base and key: a fault in them is reported once, by the preview issuer
            if (downloads == null && problems.isEmpty()) {
                try {
                    downloads = SignedAssetLinks.create(previewBaseUrl, key, assetLinkValidity);
                } catch (RuntimeException e) {
                    problems.add(e.getMessage());
                }
            }
            failOn(problems);
            // each application gets its own limiter unless one was handed in to be shared
            CallQuota quota = callQuota != null ? callQuota : LocalCallQuota.create(clock);
            return new FlowhexApplication(this, links, downloads, quota);
        }

        private static void failOn(List<String> problems) {
            if (!problems.isEmpty()) {
                throw new IllegalStateException("invalid flowhex settings: " + String.join("; ", problems));
            }
        }

        private static void require(Object value, String name, List<String> problems) {
            if (value == null) {
                problems.add(name + " is required");
            }
        }

        /**
         * The given key, else the store's (so that every instance on it signs alike: a link issued by
         * one opens on another), else a random one, whose links die with this application.
         */
        private byte[] linkKey() {
            if (previewSigningKey != null) {
                return previewSigningKey;
            }
            if (linkSigningKeys != null) {
                return linkSigningKeys.keyOrStore(LinkSigningKey.of(randomKey())).bytes();
            }
            return randomKey();
        }

        private static byte[] randomKey() {
            byte[] key = new byte[LinkSigningKey.MIN_BYTES];
            new SecureRandom().nextBytes(key);
            return key;
        }
    }
}
