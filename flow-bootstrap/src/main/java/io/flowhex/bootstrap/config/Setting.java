package io.flowhex.bootstrap.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of the server, with its flag, environment variable, properties key and default.
 * The order here is the order of {@code --help} and of the README's table.
 */
public enum Setting {
    HOST("host", "127.0.0.1", "address to listen on"),
    PORT("port", "8080", "port to listen on; 0 picks any free port"),
    STORE("store", "h2", "where data lives: memory, h2, postgresql or postgresql-embedded (a PostgreSQL the server starts itself)"),
    DATA_DIR("data-dir", "./flowhex-data", "directory of the embedded H2 database, and of postgresql-embedded's data"),
    EMBEDDED_POSTGRES_PORT("embedded-postgres-port", "5433", "port of the PostgreSQL that --store postgresql-embedded starts on localhost; 0 picks any free port"),
    JDBC_URL("jdbc-url", "", "JDBC URL (h2: defaults to a file database under --data-dir; postgresql: required)"),
    JDBC_USER("jdbc-user", "", "database user (h2 default: sa)"),
    JDBC_PASSWORD("jdbc-password", "", "database password; never printed"),
    POOL_SIZE("pool-size", "10", "maximum JDBC connections in the pool, at least 2 (the schema migration at start holds two)"),
    POOL_TIMEOUT_MS("pool-timeout-ms", "2000", "how long a request waits for a connection before ServiceUnavailable"),
    FIXTURES("fixtures", "", "JSON fixture file imported at start (idempotent)"),
    FIXTURE_CONFLICTS("fixture-conflicts", "fail", "an account, key, policy or flow the store holds with other values: fail (import nothing) or replace (logged)"),
    DEMO_DATA("demo-data", "true", "load the demo account on first start when no fixtures are given"),
    REGION_ID("region-id", "ap-southeast-1", "region id reported in HostId"),
    DEFAULT_QPS("default-qps", "5", "GetFlow calls per second per account without an override"),
    QUOTA("quota", "", "where the call quota counts: local (this process) or shared (the database, one budget for every instance on it; h2 or postgresql) (default: shared with --store postgresql or postgresql-embedded, local otherwise)"),
    QUOTA_FAILURE("quota-failure", "closed", "when the database does not answer a shared quota decision: closed (the call answers ServiceUnavailable) or open (the call is allowed, unlimited)"),
    PUBLIC_BASE_URL("public-base-url", "", "base URL of the links the server issues and serves itself (preview pages, Flow JSON downloads) (default: http://HOST:PORT, its own address; 127.0.0.1 when listening on 0.0.0.0)"),
    LINK_SIGNING_KEY("link-signing-key", "", "HMAC key of those links, at least 32 characters (default: h2 and postgresql generate one on first start and keep it in the database, so every instance on it shares it; memory draws one per start, so links die with the process)"),
    EDIT_PUBLISHED("edit-published", "revert", "what ModifyFlow and UpdateFlowJSONAsset do to a published flow: revert (back to DRAFT) or refuse (Flow.CannotUpdate)"),
    PUBLISHABLE_VERSIONS("publishable-versions", "5.1,6.0,6.1,6.2,6.3,7.0,7.1,7.2,7.3", "comma-separated Flow JSON versions PublishFlow accepts"),
    ASSET_ALLOWED_HOSTS("asset-allowed-hosts", "", "comma-separated hosts UpdateFlowJSONAsset may fetch FilePath from: files.example.com, *.example.com (subdomains) or an IP (default: every host)"),
    ASSET_ALLOW_PRIVATE_ADDRESSES("asset-allow-private-addresses", "true", "whether FilePath may be a loopback or private address (true for a local stand-in; false wherever clients are not trusted); link-local and metadata addresses never"),
    ASSET_MAX_BYTES("asset-max-bytes", "10485760", "largest Flow JSON file fetched, 1 to 10485760 (10 MiB, Meta's limit)"),
    ASSET_CONNECT_TIMEOUT_MS("asset-connect-timeout-ms", "5000", "how long each connection of a FilePath download may take, redirects included"),
    ASSET_DOWNLOAD_TIMEOUT_MS("asset-download-timeout-ms", "20000", "how long a whole FilePath download may take: lookups, connections, redirects, every byte"),
    ASSET_MAX_REDIRECTS("asset-max-redirects", "5", "redirects a FilePath download follows, 0 to 20; each target is checked like the first URL"),
    TRUSTED_PROXIES("trusted-proxies", "", "comma-separated IPs or CIDRs whose X-Forwarded-For is believed"),
    MAX_THREADS("max-threads", "64", "maximum HTTP worker threads"),
    SHUTDOWN_TIMEOUT_MS("shutdown-timeout-ms", "10000", "how long in-flight requests may finish on SIGTERM"),
    ADMIN_TOKEN("admin-token", "", "bearer token of the admin API under /admin (fixtures, resets, flow status, summary), 16 to 256 visible ASCII characters; without one the API is off; never printed"),
    LOG_FORMAT("log-format", "text", "log format: text or json"),
    CONFIG("config", "", "optional properties file with any of these keys");

    private static final Map<String, Setting> RENAMED = Map.of(
            "preview-base-url", PUBLIC_BASE_URL,
            "preview-signing-key", LINK_SIGNING_KEY);

    private final String key;
    private final String defaultValue;
    private final String description;

    Setting(String key, String defaultValue, String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
    }

    /** The properties-file key, e.g. {@code default-qps}. */
    public String key() {
        return key;
    }

    /** The command-line flag, e.g. {@code --default-qps}. */
    public String flag() {
        return "--" + key;
    }

    /** The environment variable, e.g. {@code FLOWHEX_DEFAULT_QPS}. */
    public String environmentVariable() {
        return "FLOWHEX_" + key.replace('-', '_').toUpperCase(Locale.ROOT);
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    /** Secret values are never echoed, not even in an error about them. */
    public boolean isSecret() {
        return this == JDBC_PASSWORD || this == LINK_SIGNING_KEY || this == ADMIN_TOKEN;
    }

    /** The setting an old key was renamed to, so that a configuration using it stops with a pointer, not silently. */
    public static Optional<Setting> renamedFrom(String oldKey) {
        return Optional.ofNullable(RENAMED.get(oldKey));
    }

    /** Old keys, whose environment variables are refused too: an ignored variable would fall back silently. */
    static Set<String> renamedKeys() {
        return RENAMED.keySet();
    }

    public static java.util.Optional<Setting> byKey(String key) {
        for (Setting setting : values()) {
            if (setting.key.equals(key)) {
                return java.util.Optional.of(setting);
            }
        }
        return java.util.Optional.empty();
    }
}
