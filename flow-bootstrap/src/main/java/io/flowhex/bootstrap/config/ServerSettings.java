package io.flowhex.bootstrap.config;

import io.flowhex.adapter.http.FetchSettings;
import io.flowhex.adapter.jdbc.JdbcCallQuotaOptions.WhenUnavailable;
import io.flowhex.adapter.jdbc.JdbcUrls;
import io.flowhex.adapter.rest.OwnAddress;
import io.flowhex.adapter.rest.jetty.JettyCamsServer;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.PublishableVersions;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every setting, typed and checked. Built from {@link RawSettings}; the first bad value stops the
 * start with a message naming the setting. {@code toString()} masks the secrets.
 */
public record ServerSettings(
        String host,
        int port,
        StoreKind store,
        Path dataDir,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        int poolSize,
        Duration poolTimeout,
        Optional<Path> fixtures,
        FixtureConflicts fixtureConflicts,
        boolean demoData,
        String regionId,
        int defaultQps,
        QuotaKind quota,
        WhenUnavailable quotaFailure,
        Optional<URI> publicBaseUrl,
        Optional<byte[]> linkSigningKey,
        EditPublishedRule editPublished,
        PublishableVersions publishableVersions,
        FetchSettings assetFetch,
        List<String> trustedProxies,
        int maxThreads,
        Duration shutdownTimeout,
        LogFormat logFormat,
        Optional<AdminToken> adminToken,
        int embeddedPostgresPort) {

    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_FETCH_MILLIS = (int) FetchSettings.MAX_TIMEOUT.toMillis();

    public static ServerSettings from(RawSettings raw) {
        StoreKind store = choice(raw, Setting.STORE, StoreKind.class, StoreKind::settingValue);
        Path dataDir = parse(raw, Setting.DATA_DIR, Path::of, "must be a directory path");
        String jdbcUrl = raw.get(Setting.JDBC_URL);
        String jdbcUser = raw.get(Setting.JDBC_USER);
        if (store == StoreKind.H2) {
            if (jdbcUrl.isEmpty()) {
                jdbcUrl = "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("flowhex") + ";DB_CLOSE_ON_EXIT=FALSE";
            }
            if (jdbcUser.isEmpty()) {
                jdbcUser = "sa";
            }
            requirePrefix(raw, jdbcUrl, "jdbc:h2:");
        } else if (store == StoreKind.POSTGRESQL) {
            if (jdbcUrl.isEmpty()) {
                throw raw.invalid(Setting.JDBC_URL, "is required with --store postgresql");
            }
            requirePrefix(raw, jdbcUrl, "jdbc:postgresql:");
        } else if (store == StoreKind.POSTGRESQL_EMBEDDED) {
            if (!jdbcUrl.isEmpty()) {
                throw raw.invalid(Setting.JDBC_URL, "is not used with --store postgresql-embedded, which makes its own"
                        + " (other instances use it with --store postgresql)");
            }
            if (jdbcUser.isEmpty()) {
                jdbcUser = "postgres";
            }
        }
        String host = raw.get(Setting.HOST);
        if (!OwnAddress.isHost(host)) {
            throw raw.invalid(Setting.HOST, "must be a host name or IP address");
        }
        String region = raw.get(Setting.REGION_ID);
        if (!REGION.matcher(region).matches()) {
            throw raw.invalid(Setting.REGION_ID, "must look like ap-southeast-1");
        }
        String key = raw.get(Setting.LINK_SIGNING_KEY);
        if (!key.isEmpty() && key.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw raw.invalid(Setting.LINK_SIGNING_KEY, "must be at least 32 characters");
        }
        String fixtures = raw.get(Setting.FIXTURES);
        String logFormat = raw.get(Setting.LOG_FORMAT);
        return new ServerSettings(
                host,
                integer(raw, Setting.PORT, 0, 65_535),
                store,
                dataDir,
                jdbcUrl,
                jdbcUser,
                raw.get(Setting.JDBC_PASSWORD),
                // Flyway holds a second connection while it migrates: a pool of one never starts
                integer(raw, Setting.POOL_SIZE, 2, 1_000),
                Duration.ofMillis(integer(raw, Setting.POOL_TIMEOUT_MS, 250, 600_000)),
                fixtures.isEmpty() ? Optional.empty() : Optional.of(Path.of(fixtures)),
                choice(raw, Setting.FIXTURE_CONFLICTS, FixtureConflicts.class, c -> c.name().toLowerCase(Locale.ROOT)),
                bool(raw, Setting.DEMO_DATA),
                region,
                integer(raw, Setting.DEFAULT_QPS, 1, 100_000),
                quota(raw, store),
                choice(raw, Setting.QUOTA_FAILURE, WhenUnavailable.class,
                        w -> switch (w) { case FAIL_CLOSED -> "closed"; case FAIL_OPEN -> "open"; }),
                publicBaseUrl(raw),
                key.isEmpty() ? Optional.empty() : Optional.of(key.getBytes(StandardCharsets.UTF_8)),
                choice(raw, Setting.EDIT_PUBLISHED, EditPublishedRule.class,
                        r -> switch (r) { case REVERT_TO_DRAFT -> "revert"; case REFUSE -> "refuse"; }),
                parse(raw, Setting.PUBLISHABLE_VERSIONS, v -> PublishableVersions.of(list(v).toArray(String[]::new)),
                        "must be Flow JSON versions such as 6.3,7.0, separated by commas"),
                assetFetch(raw),
                parse(raw, Setting.TRUSTED_PROXIES, ServerSettings::list, "must be IP addresses or CIDR blocks, separated by commas"),
                integer(raw, Setting.MAX_THREADS, 8, 10_000),
                Duration.ofMillis(integer(raw, Setting.SHUTDOWN_TIMEOUT_MS, 0,
                        (int) JettyCamsServer.MAX_STOP_TIMEOUT.toMillis())),
                choice(raw, Setting.LOG_FORMAT, LogFormat.class, f -> f.name().toLowerCase(Locale.ROOT)),
                adminToken(raw),
                integer(raw, Setting.EMBEDDED_POSTGRES_PORT, 0, 65_535));
    }

    /** Empty: the admin API is off. */
    private static Optional<AdminToken> adminToken(RawSettings raw) {
        String token = raw.get(Setting.ADMIN_TOKEN);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parse(raw, Setting.ADMIN_TOKEN, AdminToken::of,
                "must be " + AdminToken.MIN_LENGTH + " to " + AdminToken.MAX_LENGTH + " visible ASCII characters"));
    }

    /** Shared by default where several instances can share a database: PostgreSQL, embedded or not. */
    private static QuotaKind quota(RawSettings raw, StoreKind store) {
        if (raw.get(Setting.QUOTA).isEmpty()) {
            return store == StoreKind.POSTGRESQL || store == StoreKind.POSTGRESQL_EMBEDDED
                    ? QuotaKind.SHARED : QuotaKind.LOCAL;
        }
        QuotaKind quota = choice(raw, Setting.QUOTA, QuotaKind.class, k -> k.name().toLowerCase(Locale.ROOT));
        if (quota == QuotaKind.SHARED && store == StoreKind.MEMORY) {
            throw raw.invalid(Setting.QUOTA, "shared needs a database: --store h2 or postgresql");
        }
        return quota;
    }

    /** Empty: the server's own address, known once it listens. */
    private static Optional<URI> publicBaseUrl(RawSettings raw) {
        if (raw.get(Setting.PUBLIC_BASE_URL).isEmpty()) {
            return Optional.empty();
        }
        String problem = "must be an absolute http(s) URL without query or fragment, e.g. https://flowhex.example.com";
        URI base = parse(raw, Setting.PUBLIC_BASE_URL, URI::new, problem);
        if (!base.isAbsolute() || base.getHost() == null || base.getRawQuery() != null || base.getRawFragment() != null
                || !List.of("http", "https").contains(base.getScheme().toLowerCase(Locale.ROOT))) {
            throw raw.invalid(Setting.PUBLIC_BASE_URL, problem);
        }
        return Optional.of(base);
    }

    private static FetchSettings assetFetch(RawSettings raw) {
        FetchSettings.Builder fetch = FetchSettings.custom()
                .allowPrivateAddresses(bool(raw, Setting.ASSET_ALLOW_PRIVATE_ADDRESSES))
                .maxBytes(integer(raw, Setting.ASSET_MAX_BYTES, 1, FetchSettings.DEFAULT_MAX_BYTES))
                .connectTimeout(Duration.ofMillis(integer(raw, Setting.ASSET_CONNECT_TIMEOUT_MS, 1, MAX_FETCH_MILLIS)))
                .downloadTimeout(Duration.ofMillis(integer(raw, Setting.ASSET_DOWNLOAD_TIMEOUT_MS, 1, MAX_FETCH_MILLIS)))
                .maxRedirects(integer(raw, Setting.ASSET_MAX_REDIRECTS, 0, FetchSettings.MAX_MAX_REDIRECTS));
        // the host patterns are the last thing the builder checks: a refusal now is theirs
        return parse(raw, Setting.ASSET_ALLOWED_HOSTS, v -> fetch.allowedHosts(list(v)).build(),
                "must be host names, *.domain patterns or IP addresses, separated by commas");
    }

    /** A comma-separated value: each item stripped, none empty; an empty value is an empty list. */
    private static List<String> list(String value) {
        if (value.isBlank()) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(",", -1)).map(String::strip).toList();
        if (items.contains("")) {
            throw new IllegalArgumentException("an empty item");
        }
        return items;
    }

    private static void requirePrefix(RawSettings raw, String url, String prefix) {
        if (!url.startsWith(prefix)) {
            throw raw.invalid(Setting.JDBC_URL, "must start with " + prefix + " for this store");
        }
    }

    private static int integer(RawSettings raw, Setting setting, int min, int max) {
        int value = parse(raw, setting, Integer::parseInt, "must be a whole number");
        if (value < min || value > max) {
            throw raw.invalid(setting, "must be " + min + " to " + max);
        }
        return value;
    }

    private static boolean bool(RawSettings raw, Setting setting) {
        return parse(raw, setting, v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException();
        }, "must be true or false");
    }

    /**
     * One of an enumeration's values, as settings write them (any case); a value that is none of them
     * stops the start with the list of those that are.
     */
    private static <E extends Enum<E>> E choice(RawSettings raw, Setting setting, Class<E> type,
            Function<E, String> written) {
        String value = raw.get(setting);
        for (E constant : type.getEnumConstants()) {
            if (written.apply(constant).equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw raw.invalid(setting, "'" + value + "' is not one of " + String.join(", ",
                Arrays.stream(type.getEnumConstants()).map(written).toList()));
    }

    private static <T> T parse(RawSettings raw, Setting setting, ThrowingParser<T> parser, String problem) {
        try {
            return parser.parse(raw.get(setting));
        } catch (Exception e) {
            throw raw.invalid(setting, problem);
        }
    }

    @FunctionalInterface
    private interface ThrowingParser<T> {
        T parse(String value) throws Exception;
    }

    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", store=" + store + ", jdbcUrl=" + JdbcUrls.masked(jdbcUrl)
                + ", jdbcUser=" + jdbcUser + ", jdbcPassword=****, poolSize=" + poolSize + ", regionId=" + regionId
                + ", defaultQps=" + defaultQps + ", quota=" + quota + ", quotaFailure=" + quotaFailure + ", publicBaseUrl=" + publicBaseUrl.map(URI::toString).orElse("(own address)")
                + ", linkSigningKey=" + (linkSigningKey.isPresent() ? "****" : "(the store's)") + ", editPublished="
                + editPublished + ", assetFetch=" + assetFetch + ", adminToken="
                + (adminToken.isPresent() ? "****" : "(admin API off)") + "]";
    }
}
