package io.flowhex.adapter.http;

import io.flowhex.application.port.out.FlowJsonSource;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Settings of an {@link HttpFlowJsonSource}; immutable, validated when built.
 *
 * <table>
 *   <caption>Settings and their defaults</caption>
 *   <tr><th>setting</th><th>default</th><th>meaning</th></tr>
 *   <tr><td>{@code maxBytes}</td><td>10,485,760 (10 MiB)</td>
 *       <td>the largest file taken; 1 to {@link FlowJsonSource#MAX_FILE_BYTES} (Meta's limit, so
 *       it can be lowered, never raised)</td></tr>
 *   <tr><td>{@code connectTimeout}</td><td>5 seconds</td>
 *       <td>for each TCP (and TLS) connection, redirects included</td></tr>
 *   <tr><td>{@code downloadTimeout}</td><td>20 seconds</td>
 *       <td>the whole download: every name lookup, connection, redirect and byte of the body; a
 *       server that drips the file slowly is cut off here</td></tr>
 *   <tr><td>{@code maxRedirects}</td><td>5</td>
 *       <td>redirects followed, 0 to 20; each target is checked like the first URL</td></tr>
 *   <tr><td>{@code allowedHosts}</td><td>empty: every host</td>
 *       <td>host patterns: {@code files.example.com} (that host), {@code *.example.com} (its
 *       subdomains, not the domain itself), an IP literal; case does not matter. The address rules
 *       apply to allowed hosts too.</td></tr>
 *   <tr><td>{@code allowPrivateAddresses}</td><td>true</td>
 *       <td>whether loopback, private (RFC 1918, fc00::/7), shared (100.64.0.0/10) and other
 *       non-public addresses may be fetched; true so that a local stand-in takes files from a test
 *       server on 127.0.0.1. Set false wherever clients are not trusted. Link-local and cloud
 *       metadata addresses are refused either way.</td></tr>
 * </table>
 */
public final class FetchSettings {

    public static final int DEFAULT_MAX_BYTES = FlowJsonSource.MAX_FILE_BYTES;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_DOWNLOAD_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    public static final int MAX_MAX_REDIRECTS = 20;
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    private static final FetchSettings DEFAULTS = custom().build();

    private final int maxBytes;
    private final Duration connectTimeout;
    private final Duration downloadTimeout;
    private final int maxRedirects;
    private final List<String> allowedHosts;
    private final List<HostPattern> hostPatterns;
    private final boolean allowPrivateAddresses;

    private FetchSettings(Builder builder) {
        this.maxBytes = requireRange(builder.maxBytes, 1, FlowJsonSource.MAX_FILE_BYTES, "maxBytes");
        this.connectTimeout = requireTimeout(builder.connectTimeout, "connectTimeout");
        this.downloadTimeout = requireTimeout(builder.downloadTimeout, "downloadTimeout");
        this.maxRedirects = requireRange(builder.maxRedirects, 0, MAX_MAX_REDIRECTS, "maxRedirects");
        this.allowedHosts = List.copyOf(builder.allowedHosts);
        this.hostPatterns = allowedHosts.stream().map(HostPattern::parse).toList();
        this.allowPrivateAddresses = builder.allowPrivateAddresses;
    }

    public static FetchSettings ofDefaults() {
        return DEFAULTS;
    }

    public static Builder custom() {
        return new Builder();
    }

    /** A builder starting from these settings. */
    public static Builder from(FetchSettings settings) {
        return new Builder()
                .maxBytes(settings.maxBytes)
                .connectTimeout(settings.connectTimeout)
                .downloadTimeout(settings.downloadTimeout)
                .maxRedirects(settings.maxRedirects)
                .allowedHosts(settings.allowedHosts)
                .allowPrivateAddresses(settings.allowPrivateAddresses);
    }

    public int maxBytes() {
        return maxBytes;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration downloadTimeout() {
        return downloadTimeout;
    }

    public int maxRedirects() {
        return maxRedirects;
    }

    /** The patterns as given; empty means every host. */
    public List<String> allowedHosts() {
        return allowedHosts;
    }

    public boolean allowPrivateAddresses() {
        return allowPrivateAddresses;
    }

    /** Whether the allow-list lets {@code host} (as a URL names it) be fetched. */
    boolean allowsHost(String host) {
        return hostPatterns.isEmpty() || hostPatterns.stream().anyMatch(pattern -> pattern.matches(host));
    }

    @Override
    public String toString() {
        return "FetchSettings[maxBytes=" + maxBytes + ", connectTimeout=" + connectTimeout + ", downloadTimeout="
                + downloadTimeout + ", maxRedirects=" + maxRedirects + ", allowedHosts=" + allowedHosts
                + ", allowPrivateAddresses=" + allowPrivateAddresses + "]";
    }

    private static int requireRange(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", was " + value);
        }
        return value;
    }

    private static Duration requireTimeout(Duration value, String name) {
        if (value.isNegative() || value.isZero() || value.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(name + " must be positive and at most " + MAX_TIMEOUT.toMinutes()
                    + " minutes, was " + value);
        }
        return value;
    }

    /** Collects settings; {@link #build()} validates them. */
    public static final class Builder {

        private int maxBytes = DEFAULT_MAX_BYTES;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration downloadTimeout = DEFAULT_DOWNLOAD_TIMEOUT;
        private int maxRedirects = DEFAULT_MAX_REDIRECTS;
        private List<String> allowedHosts = List.of();
        private boolean allowPrivateAddresses = true;

        private Builder() {
        }

        public Builder maxBytes(int bytes) {
            this.maxBytes = bytes;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "connectTimeout");
            return this;
        }

        public Builder downloadTimeout(Duration timeout) {
            this.downloadTimeout = Objects.requireNonNull(timeout, "downloadTimeout");
            return this;
        }

        public Builder maxRedirects(int redirects) {
            this.maxRedirects = redirects;
            return this;
        }

        /** Host patterns; an empty list allows every host. Validated by {@link #build()}. */
        public Builder allowedHosts(List<String> patterns) {
            this.allowedHosts = List.copyOf(Objects.requireNonNull(patterns, "allowedHosts"));
            return this;
        }

        public Builder allowPrivateAddresses(boolean allow) {
            this.allowPrivateAddresses = allow;
            return this;
        }

        /** The settings; throws {@link IllegalArgumentException} naming the first invalid one. */
        public FetchSettings build() {
            return new FetchSettings(this);
        }
    }
}
