package io.flowhex.bootstrap.config;

import java.util.Locale;

/**
 * Every setting of the server, with its flag, environment variable, properties key and default.
 * The order here is the order of {@code --help} and of the README's table.
 */
public enum Setting {
    HOST("host", "127.0.0.1", "address to listen on"),
    PORT("port", "8080", "port to listen on; 0 picks any free port"),
    STORE("store", "h2", "where data lives: memory, h2 or postgresql"),
    DATA_DIR("data-dir", "./flowhex-data", "directory of the embedded H2 database"),
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
    PREVIEW_BASE_URL("preview-base-url", "https://preview.flowhex.invalid", "base URL of issued preview links"),
    PREVIEW_SIGNING_KEY("preview-signing-key", "", "HMAC key for preview tokens, at least 32 characters (default: random per start)"),
    TRUSTED_PROXIES("trusted-proxies", "", "comma-separated IPs or CIDRs whose X-Forwarded-For is believed"),
    MAX_THREADS("max-threads", "64", "maximum HTTP worker threads"),
    SHUTDOWN_TIMEOUT_MS("shutdown-timeout-ms", "10000", "how long in-flight requests may finish on SIGTERM"),
    LOG_FORMAT("log-format", "text", "log format: text or json"),
    CONFIG("config", "", "optional properties file with any of these keys");

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
        return this == JDBC_PASSWORD || this == PREVIEW_SIGNING_KEY;
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
