package io.flowhex.spring.boot.autoconfigure;

import io.flowhex.adapter.http.FetchSettings;
import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.adapter.jdbc.JdbcCallQuotaOptions;
import io.flowhex.adapter.jdbc.JdbcStoreOptions;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.preview.SignedAssetLinks;
import io.flowhex.application.preview.SignedPreviewLinks;
import io.flowhex.domain.flow.EditPublishedRule;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Every setting of flowhex under {@code flowhex.*}. Spring binds them (JavaBean style, so that the
 * configuration processor documents each for IDEs); this class then checks each value with the rules
 * of the flowhex component it configures ({@link PropertyChecks}), so a bad value stops the start with
 * one message naming the property, before any flowhex component is built.
 */
@ConfigurationProperties(prefix = "flowhex")
public class FlowhexProperties implements Validator {

    /** Where flowhex keeps its data. */
    public enum Store {
        /** The application's DataSource when it has exactly one, memory otherwise. */
        AUTO,
        /** The application's DataSource; the start fails without one. */
        JDBC,
        /** Concurrent maps in this process; everything is lost at stop. */
        MEMORY
    }

    /** How the per-account call quota is counted. */
    public enum Quota {
        /** Shared through the database when the stores are JDBC on PostgreSQL, in this process otherwise. */
        AUTO,
        /** In this process: each instance grants an account its whole limit. */
        LOCAL,
        /** Through the JDBC store's database, one budget for every instance on it; the start fails on memory stores. */
        SHARED
    }

    /** Whether flowhex is configured at all. */
    private boolean enabled = true;

    /** Where flowhex keeps its data: auto (the DataSource if there is one), jdbc or memory. */
    private Store store = Store.AUTO;

    /** How the call quota is counted: auto (shared through the database on PostgreSQL, local otherwise), local or shared. */
    private Quota quota = Quota.AUTO;

    /** What a shared quota decision is when the database does not answer: fail-closed (ServiceUnavailable) or fail-open (allowed). */
    private JdbcCallQuotaOptions.WhenUnavailable quotaFailure = JdbcCallQuotaOptions.WhenUnavailable.FAIL_CLOSED;

    /** Calls per second per account and action, for accounts without their own limit. */
    private int defaultQps = FlowhexApplication.DEFAULT_QPS;

    /** Calls per second per account for single actions, by action name (e.g. CreateFlow: 2). */
    private Map<String, Integer> actionQps = new LinkedHashMap<>();

    /** How far a request's signing time may be from this server's clock (at most 1 hour). */
    private Duration signatureTolerance = FlowhexApplication.DEFAULT_SIGNATURE_TOLERANCE;

    /** How many compiled RAM policies are kept. */
    private int policyCacheSize = FlowhexApplication.DEFAULT_POLICY_CACHE_SIZE;

    /** What ModifyFlow and UpdateFlowJSONAsset do to a published flow: revert-to-draft or refuse. */
    private EditPublishedRule editPublished = EditPublishedRule.REVERT_TO_DRAFT;

    /** The Flow JSON versions PublishFlow accepts. */
    private List<String> publishableVersions = new ArrayList<>(
            List.of("5.1", "6.0", "6.1", "6.2", "6.3", "7.0", "7.1", "7.2", "7.3"));

    private final Links links = new Links();
    private final AssetFetch assetFetch = new AssetFetch();
    private final Jdbc jdbc = new Jdbc();
    private final Memory memory = new Memory();
    private final Server server = new Server();

    @Override
    public boolean supports(Class<?> type) {
        return FlowhexProperties.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        PropertyChecks.check((FlowhexProperties) target, errors);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Store getStore() {
        return store;
    }

    public void setStore(Store store) {
        this.store = store;
    }

    public Quota getQuota() {
        return quota;
    }

    public void setQuota(Quota quota) {
        this.quota = quota;
    }

    public JdbcCallQuotaOptions.WhenUnavailable getQuotaFailure() {
        return quotaFailure;
    }

    public void setQuotaFailure(JdbcCallQuotaOptions.WhenUnavailable quotaFailure) {
        this.quotaFailure = quotaFailure;
    }

    public int getDefaultQps() {
        return defaultQps;
    }

    public void setDefaultQps(int defaultQps) {
        this.defaultQps = defaultQps;
    }

    public Map<String, Integer> getActionQps() {
        return actionQps;
    }

    public void setActionQps(Map<String, Integer> actionQps) {
        this.actionQps = actionQps;
    }

    public Duration getSignatureTolerance() {
        return signatureTolerance;
    }

    public void setSignatureTolerance(Duration signatureTolerance) {
        this.signatureTolerance = signatureTolerance;
    }

    public int getPolicyCacheSize() {
        return policyCacheSize;
    }

    public void setPolicyCacheSize(int policyCacheSize) {
        this.policyCacheSize = policyCacheSize;
    }

    public EditPublishedRule getEditPublished() {
        return editPublished;
    }

    public void setEditPublished(EditPublishedRule editPublished) {
        this.editPublished = editPublished;
    }

    public List<String> getPublishableVersions() {
        return publishableVersions;
    }

    public void setPublishableVersions(List<String> publishableVersions) {
        this.publishableVersions = publishableVersions;
    }

    public Links getLinks() {
        return links;
    }

    public AssetFetch getAssetFetch() {
        return assetFetch;
    }

    public Jdbc getJdbc() {
        return jdbc;
    }

    public Memory getMemory() {
        return memory;
    }

    public Server getServer() {
        return server;
    }

    /** The preview pages and Flow JSON downloads flowhex issues and serves itself. */
    public static class Links {

        /** Base URL of the links (default: the CAMS endpoint's own address, http://HOST:PORT). */
        private URI publicBaseUrl;

        /** HMAC key of the links, at least 32 characters (default: random per start, so links die with the process). */
        private String signingKey;

        /** How long a preview link (GetFlow's PreviewUrl) works. */
        private Duration previewValidity = SignedPreviewLinks.DEFAULT_VALIDITY;

        /** How long a Flow JSON download link (GetFlowJSONAssest's FilePath) works. */
        private Duration assetValidity = SignedAssetLinks.DEFAULT_VALIDITY;

        public URI getPublicBaseUrl() {
            return publicBaseUrl;
        }

        public void setPublicBaseUrl(URI publicBaseUrl) {
            this.publicBaseUrl = publicBaseUrl;
        }

        public String getSigningKey() {
            return signingKey;
        }

        public void setSigningKey(String signingKey) {
            this.signingKey = signingKey;
        }

        public Duration getPreviewValidity() {
            return previewValidity;
        }

        public void setPreviewValidity(Duration previewValidity) {
            this.previewValidity = previewValidity;
        }

        public Duration getAssetValidity() {
            return assetValidity;
        }

        public void setAssetValidity(Duration assetValidity) {
            this.assetValidity = assetValidity;
        }
    }

    /** How UpdateFlowJSONAsset fetches the file its FilePath names. */
    public static class AssetFetch {

        /** Whether files are fetched at all (without: UpdateFlowJSONAsset answers InvalidParameter.FilePath). */
        private boolean enabled = true;

        /** Hosts files may come from: files.example.com, *.example.com or an IP (default: every host). */
        private List<String> allowedHosts = new ArrayList<>();

        /** Whether a FilePath may be a loopback or private address; link-local and metadata addresses never. */
        private boolean allowPrivateAddresses = true;

        /** The largest file fetched, 1 to 10485760 (Meta's limit). */
        private int maxBytes = FetchSettings.DEFAULT_MAX_BYTES;

        /** How long each connection may take, redirects included. */
        private Duration connectTimeout = FetchSettings.DEFAULT_CONNECT_TIMEOUT;

        /** How long a whole download may take. */
        private Duration downloadTimeout = FetchSettings.DEFAULT_DOWNLOAD_TIMEOUT;

        /** Redirects followed, 0 to 20; each target is checked like the first URL. */
        private int maxRedirects = FetchSettings.DEFAULT_MAX_REDIRECTS;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public List<String> getAllowedHosts() {
            return allowedHosts;
        }

        public void setAllowedHosts(List<String> allowedHosts) {
            this.allowedHosts = allowedHosts;
        }

        public boolean isAllowPrivateAddresses() {
            return allowPrivateAddresses;
        }

        public void setAllowPrivateAddresses(boolean allowPrivateAddresses) {
            this.allowPrivateAddresses = allowPrivateAddresses;
        }

        public int getMaxBytes() {
            return maxBytes;
        }

        public void setMaxBytes(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        public Duration getConnectTimeout() {
            return connectTimeout;
        }

        public void setConnectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
        }

        public Duration getDownloadTimeout() {
            return downloadTimeout;
        }

        public void setDownloadTimeout(Duration downloadTimeout) {
            this.downloadTimeout = downloadTimeout;
        }

        public int getMaxRedirects() {
            return maxRedirects;
        }

        public void setMaxRedirects(int maxRedirects) {
            this.maxRedirects = maxRedirects;
        }
    }

    /** The JDBC store on the application's DataSource. */
    public static class Jdbc {

        /** What happens to flowhex's schema at start: migrate, validate or none. */
        private JdbcStoreOptions.SchemaOnStart schemaOnStart = JdbcStoreOptions.SchemaOnStart.MIGRATE;

        /** The table flowhex's Flyway migrations are recorded in; never the application's flyway_schema_history. */
        private String historyTable = JdbcStoreOptions.DEFAULT_HISTORY_TABLE;

        /** Every how many nonce recordings expired nonces are purged. */
        private int noncePurgeInterval = JdbcStoreOptions.DEFAULT_NONCE_PURGE_INTERVAL;

        /** The most expired nonces one purge deletes, 1 to 10000. */
        private int noncePurgeBatchSize = JdbcStoreOptions.DEFAULT_NONCE_PURGE_BATCH_SIZE;

        /** How long an account read is reused, 0 to 1 minute. */
        private Duration accountCacheTtl = JdbcStoreOptions.DEFAULT_ACCOUNT_CACHE_TTL;

        /** How many flows keep their last decoding, 0 to 1000000. */
        private int decodedFlowCacheSize = JdbcStoreOptions.DEFAULT_DECODED_FLOW_CACHE_SIZE;

        public JdbcStoreOptions.SchemaOnStart getSchemaOnStart() {
            return schemaOnStart;
        }

        public void setSchemaOnStart(JdbcStoreOptions.SchemaOnStart schemaOnStart) {
            this.schemaOnStart = schemaOnStart;
        }

        public String getHistoryTable() {
            return historyTable;
        }

        public void setHistoryTable(String historyTable) {
            this.historyTable = historyTable;
        }

        public int getNoncePurgeInterval() {
            return noncePurgeInterval;
        }

        public void setNoncePurgeInterval(int noncePurgeInterval) {
            this.noncePurgeInterval = noncePurgeInterval;
        }

        public int getNoncePurgeBatchSize() {
            return noncePurgeBatchSize;
        }

        public void setNoncePurgeBatchSize(int noncePurgeBatchSize) {
            this.noncePurgeBatchSize = noncePurgeBatchSize;
        }

        public Duration getAccountCacheTtl() {
            return accountCacheTtl;
        }

        public void setAccountCacheTtl(Duration accountCacheTtl) {
            this.accountCacheTtl = accountCacheTtl;
        }

        public int getDecodedFlowCacheSize() {
            return decodedFlowCacheSize;
        }

        public void setDecodedFlowCacheSize(int decodedFlowCacheSize) {
            this.decodedFlowCacheSize = decodedFlowCacheSize;
        }
    }

    /** The in-memory store, used without a DataSource. */
    public static class Memory {

        /** Unexpired nonces kept per AccessKey; beyond, that key alone is throttled. */
        private int maxNoncesPerKey = InMemoryStores.DEFAULT_MAX_NONCES_PER_KEY;

        public int getMaxNoncesPerKey() {
            return maxNoncesPerKey;
        }

        public void setMaxNoncesPerKey(int maxNoncesPerKey) {
            this.maxNoncesPerKey = maxNoncesPerKey;
        }
    }

    /** The CAMS endpoint: flowhex's own HTTP server on a port of its own (ADR 0013). */
    public static class Server {

        /** Whether the CAMS endpoint is served (off: the application bean only, for in-process calls). */
        private boolean enabled = true;

        /** Address to listen on; 0.0.0.0 for every interface. */
        private String host = "127.0.0.1";

        /** Port to listen on, beside the application's own; 0 picks any free port. */
        private int port = 8090;

        /** Request line plus headers, at most (bytes; beyond: 431). */
        private int maxHeaderBytes = 16 * 1024;

        /** Request body, at most (bytes; beyond: 413). */
        private int maxBodyBytes = 64 * 1024;

        /** Query plus form-body parameters, at most. */
        private int maxParameters = 100;

        /** A connection with no traffic for this long is closed. */
        private Duration idleTimeout = Duration.ofSeconds(30);

        /** The whole body must have arrived within this time (beyond: 408). */
        private Duration requestTimeout = Duration.ofSeconds(10);

        /** Threads of the endpoint's server, at most, 8 or more (4 of them for I/O). */
        private int maxThreads = 32;

        /** Requests waiting to be admitted, at most (beyond: 503). */
        private int maxQueuedRequests = 256;

        /** IPs or CIDRs whose X-Forwarded-For and X-Forwarded-Proto are believed. */
        private List<String> trustedProxies = new ArrayList<>();

        /** The HostId of error bodies. */
        private String hostId = "cams.ap-southeast-1.aliyuncs.com";

        /** How long requests in flight may finish when the application stops. */
        private Duration shutdownTimeout = Duration.ofSeconds(10);

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getHost() {
            return host;
        }

        public void setHost(String host) {
            this.host = host;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public int getMaxHeaderBytes() {
            return maxHeaderBytes;
        }

        public void setMaxHeaderBytes(int maxHeaderBytes) {
            this.maxHeaderBytes = maxHeaderBytes;
        }

        public int getMaxBodyBytes() {
            return maxBodyBytes;
        }

        public void setMaxBodyBytes(int maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
        }

        public int getMaxParameters() {
            return maxParameters;
        }

        public void setMaxParameters(int maxParameters) {
            this.maxParameters = maxParameters;
        }

        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }

        public Duration getRequestTimeout() {
            return requestTimeout;
        }

        public void setRequestTimeout(Duration requestTimeout) {
            this.requestTimeout = requestTimeout;
        }

        public int getMaxThreads() {
            return maxThreads;
        }

        public void setMaxThreads(int maxThreads) {
            this.maxThreads = maxThreads;
        }

        public int getMaxQueuedRequests() {
            return maxQueuedRequests;
        }

        public void setMaxQueuedRequests(int maxQueuedRequests) {
            this.maxQueuedRequests = maxQueuedRequests;
        }

        public List<String> getTrustedProxies() {
            return trustedProxies;
        }

        public void setTrustedProxies(List<String> trustedProxies) {
            this.trustedProxies = trustedProxies;
        }

        public String getHostId() {
            return hostId;
        }

        public void setHostId(String hostId) {
            this.hostId = hostId;
        }

        public Duration getShutdownTimeout() {
            return shutdownTimeout;
        }

        public void setShutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = shutdownTimeout;
        }
    }
}
