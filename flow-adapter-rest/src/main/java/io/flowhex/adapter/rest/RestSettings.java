package io.flowhex.adapter.rest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Every setting of the REST adapter, validated on construction. Start from {@link #defaults()} and
 * change what you need with {@link #custom()} or {@link #from(RestSettings)}.
 *
 * @param maxHeaderBytes    request line plus headers, at most (default 16 KiB; beyond: 431)
 * @param maxBodyBytes      request body, at most (default 64 KiB; beyond: 413)
 * @param maxParameters     query plus form-body parameters, at most (default 100)
 * @param idleTimeout       a connection with no traffic for this long is closed (default 30 s)
 * @param requestTimeout    the whole body must have arrived within this time (default 10 s; 408)
 * @param maxThreads        threads of the Jetty host, at most (default 32; 4 of them for I/O)
 * @param maxQueuedRequests requests waiting to be admitted, at most (default 256; beyond: 503)
 * @param trustedProxies    IPs or CIDRs whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto}
 *                          are believed (default none: the TCP peer is the client)
 * @param hostId            the {@code HostId} of error bodies (default
 *                          {@code cams.ap-southeast-1.aliyuncs.com})
 */
public record RestSettings(
        int maxHeaderBytes,
        int maxBodyBytes,
        int maxParameters,
        Duration idleTimeout,
        Duration requestTimeout,
        int maxThreads,
        int maxQueuedRequests,
        List<String> trustedProxies,
        String hostId) {

    public static final int MIN_THREADS = 8;
    private static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    public RestSettings {
        requireRange(maxHeaderBytes, 1024, 1 << 20, "maxHeaderBytes");
        requireRange(maxBodyBytes, 0, 16 << 20, "maxBodyBytes");
        requireRange(maxParameters, 1, 10_000, "maxParameters");
        requireTimeout(idleTimeout, "idleTimeout");
        requireTimeout(requestTimeout, "requestTimeout");
        requireRange(maxThreads, MIN_THREADS, 10_000, "maxThreads");
        requireRange(maxQueuedRequests, 1, 1_000_000, "maxQueuedRequests");
        trustedProxies = List.copyOf(Objects.requireNonNull(trustedProxies, "trustedProxies"));
        trustedProxies.forEach(IpRange::parse);
        Objects.requireNonNull(hostId, "hostId");
        if (hostId.isEmpty() || hostId.length() > 253 || !hostId.chars().allMatch(RestSettings::isHostChar)) {
            throw new IllegalArgumentException("hostId must be a host name such as cams.ap-southeast-1.aliyuncs.com");
        }
    }

    private static final RestSettings DEFAULTS = new RestSettings(16 * 1024, 64 * 1024, 100, Duration.ofSeconds(30),
            Duration.ofSeconds(10), 32, 256, List.of(), "cams.ap-southeast-1.aliyuncs.com");

    /** The defaults of the table in the README. */
    public static RestSettings ofDefaults() {
        return DEFAULTS;
    }

    /** The defaults, to change some of them. */
    public static Builder custom() {
        return new Builder(DEFAULTS);
    }

    /** {@code other}'s settings, to change some of them. */
    public static Builder from(RestSettings other) {
        return new Builder(Objects.requireNonNull(other, "other"));
    }

    private static boolean isHostChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
    }

    private static void requireRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", was " + value);
        }
    }

    private static void requireTimeout(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero() || value.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(name + " must be positive and at most one hour");
        }
    }

    /** Changes some settings of an existing value; {@link #build()} validates the result. */
    public static final class Builder {

        private int maxHeaderBytes;
        private int maxBodyBytes;
        private int maxParameters;
        private Duration idleTimeout;
        private Duration requestTimeout;
        private int maxThreads;
        private int maxQueuedRequests;
        private List<String> trustedProxies;
        private String hostId;

        private Builder(RestSettings from) {
            maxHeaderBytes = from.maxHeaderBytes;
            maxBodyBytes = from.maxBodyBytes;
            maxParameters = from.maxParameters;
            idleTimeout = from.idleTimeout;
            requestTimeout = from.requestTimeout;
            maxThreads = from.maxThreads;
            maxQueuedRequests = from.maxQueuedRequests;
            trustedProxies = from.trustedProxies;
            hostId = from.hostId;
        }

        public Builder maxHeaderBytes(int value) {
            maxHeaderBytes = value;
            return this;
        }

        public Builder maxBodyBytes(int value) {
            maxBodyBytes = value;
            return this;
        }

        public Builder maxParameters(int value) {
            maxParameters = value;
            return this;
        }

        public Builder idleTimeout(Duration value) {
            idleTimeout = value;
            return this;
        }

        public Builder requestTimeout(Duration value) {
            requestTimeout = value;
            return this;
        }

        public Builder maxThreads(int value) {
            maxThreads = value;
            return this;
        }

        public Builder maxQueuedRequests(int value) {
            maxQueuedRequests = value;
            return this;
        }

        public Builder trustedProxies(List<String> value) {
            trustedProxies = value;
            return this;
        }

        public Builder hostId(String value) {
            hostId = value;
            return this;
        }

        public RestSettings build() {
            return new RestSettings(maxHeaderBytes, maxBodyBytes, maxParameters, idleTimeout, requestTimeout,
                    maxThreads, maxQueuedRequests, trustedProxies, hostId);
        }
    }
}
