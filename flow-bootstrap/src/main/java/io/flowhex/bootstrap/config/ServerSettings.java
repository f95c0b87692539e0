package io.flowhex.bootstrap.config;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
        URI previewBaseUrl,
        Optional<byte[]> previewSigningKey,
        List<String> trustedProxies,
        int maxThreads,
        Duration shutdownTimeout,
        LogFormat logFormat) {

    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]]{1,255}");

    public static ServerSettings from(RawSettings raw) {
        StoreKind store = parse(raw, Setting.STORE, v -> StoreKind.valueOf(v.toUpperCase(Locale.ROOT)),
                "must be memory, h2 or postgresql");
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
            requirePrefix(jdbcUrl, "jdbc:h2:");
        } else if (store == StoreKind.POSTGRESQL) {
            if (jdbcUrl.isEmpty()) {
                throw SettingsException.invalid(Setting.JDBC_URL, "is required with --store postgresql");
            }
            requirePrefix(jdbcUrl, "jdbc:postgresql:");
        }
        String host = raw.get(Setting.HOST);
        if (!HOST.matcher(host).matches()) {
            throw SettingsException.invalid(Setting.HOST, "must be a host name or IP address");
        }
        String region = raw.get(Setting.REGION_ID);
        if (!REGION.matcher(region).matches()) {
            throw SettingsException.invalid(Setting.REGION_ID, "must look like ap-southeast-1");
        }
        URI previewBase = parse(raw, Setting.PREVIEW_BASE_URL, URI::new, "must be an absolute http(s) URL");
        if (!previewBase.isAbsolute() || previewBase.getHost() == null
                || !List.of("http", "https").contains(previewBase.getScheme().toLowerCase(Locale.ROOT))) {
            throw SettingsException.invalid(Setting.PREVIEW_BASE_URL, "must be an absolute http(s) URL");
        }
        String key = raw.get(Setting.PREVIEW_SIGNING_KEY);
        if (!key.isEmpty() && key.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw SettingsException.invalid(Setting.PREVIEW_SIGNING_KEY, "must be at least 32 characters");
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
                parse(raw, Setting.FIXTURE_CONFLICTS, v -> FixtureConflicts.valueOf(v.toUpperCase(Locale.ROOT)),
                        "must be fail or replace"),
                bool(raw, Setting.DEMO_DATA),
                region,
                integer(raw, Setting.DEFAULT_QPS, 1, 100_000),
                previewBase,
                key.isEmpty() ? Optional.empty() : Optional.of(key.getBytes(StandardCharsets.UTF_8)),
                raw.get(Setting.TRUSTED_PROXIES).isEmpty() ? List.of()
                        : Arrays.stream(raw.get(Setting.TRUSTED_PROXIES).split(",")).map(String::strip).toList(),
                integer(raw, Setting.MAX_THREADS, 8, 10_000),
                Duration.ofMillis(integer(raw, Setting.SHUTDOWN_TIMEOUT_MS, 0, 600_000)),
                parse(raw, Setting.LOG_FORMAT, v -> LogFormat.valueOf(v.toUpperCase(Locale.ROOT)),
                        "must be text or json"));
    }

    private static void requirePrefix(String url, String prefix) {
        if (!url.startsWith(prefix)) {
            throw SettingsException.invalid(Setting.JDBC_URL, "must start with " + prefix + " for this store");
        }
    }

    private static int integer(RawSettings raw, Setting setting, int min, int max) {
        int value = parse(raw, setting, Integer::parseInt, "must be a whole number");
        if (value < min || value > max) {
            throw SettingsException.invalid(setting, "must be " + min + " to " + max);
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

    private static <T> T parse(RawSettings raw, Setting setting, ThrowingParser<T> parser, String problem) {
        try {
            return parser.parse(raw.get(setting));
        } catch (Exception e) {
            throw SettingsException.invalid(setting, problem);
        }
    }

    @FunctionalInterface
    private interface ThrowingParser<T> {
        T parse(String value) throws Exception;
    }

    @Override
    public String toString() {
        return "ServerSettings[host=" + host + ", port=" + port + ", store=" + store + ", jdbcUrl=" + jdbcUrl
                + ", jdbcUser=" + jdbcUser + ", jdbcPassword=****, poolSize=" + poolSize + ", regionId=" + regionId
                + ", defaultQps=" + defaultQps + "]";
    }
}
