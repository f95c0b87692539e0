package io.flowhex.domain.policy;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The condition keys of one request and their values. Keys are stored in lower case because RAM
 * matches condition key names without regard to case; a key absent here is "absent from the
 * request" for condition evaluation. The server's clock ({@code acs:CurrentTime}) is kept as an
 * instant and written out as ISO 8601 only when a condition reads it: most policies have no date
 * condition, and every RAM decision builds a context.
 */
public record RequestContext(Map<String, String> values, Optional<Instant> currentTime) {

    /** The client's address, as the server saw it. */
    public static final String SOURCE_IP = "acs:SourceIp";
    /** {@code true} when the request came over HTTPS. */
    public static final String SECURE_TRANSPORT = "acs:SecureTransport";
    /** The server's clock when the request arrived, ISO 8601. */
    public static final String CURRENT_TIME = "acs:CurrentTime";
    /** The AccessKeyId that signed the request. */
    public static final String ACCESS_ID = "acs:AccessId";

    private static final RequestContext EMPTY = new RequestContext(Map.of(), Optional.empty());

    // the server's own keys in their stored (lower-case) form, so a request's context is built
    // without lower-casing the same four constants on every call
    private static final String SOURCE_IP_KEY = normalize(SOURCE_IP);
    private static final String SECURE_TRANSPORT_KEY = normalize(SECURE_TRANSPORT);
    private static final String CURRENT_TIME_KEY = normalize(CURRENT_TIME);
    private static final String ACCESS_ID_KEY = normalize(ACCESS_ID);

    public RequestContext {
        Objects.requireNonNull(currentTime, "currentTime");
        // built on every RAM decision: straight into an immutable map, no intermediate one
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] normalized = new Map.Entry[values.size()];
        int next = 0;
        for (Map.Entry<String, String> entry : values.entrySet()) {
            String value = Objects.requireNonNull(entry.getValue(), () -> "value of condition key " + entry.getKey());
            normalized[next++] = Map.entry(normalize(entry.getKey()), value);
        }
        try {
            values = Map.ofEntries(normalized);
        } catch (IllegalArgumentException duplicate) {
            throw new IllegalArgumentException("condition key " + givenTwice(values) + " is given twice", duplicate);
        }
    }

    /** The first key whose lower-case form an earlier key already had. */
    private static String givenTwice(Map<String, String> values) {
        Set<String> seen = new HashSet<>();
        for (String key : values.keySet()) {
            if (!seen.add(normalize(key))) {
                return key;
            }
        }
        throw new IllegalStateException("no key is given twice");
    }

    public static RequestContext empty() {
        return EMPTY;
    }

    /** Exactly these keys; {@code acs:CurrentTime}, if wanted, is one of them as text. */
    public static RequestContext of(Map<String, String> values) {
        return new RequestContext(values, Optional.empty());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The value of {@code key}, whatever its case. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(valueOfNormalizedKey(normalize(key)));
    }

    /** Hot-path lookup for keys already in lower case (as {@link Condition} keeps them); null if absent. */
    String valueOfNormalizedKey(String normalizedKey) {
        String value = values.get(normalizedKey);
        if (value == null && currentTime.isPresent() && normalizedKey.equals(CURRENT_TIME_KEY)) {
            return currentTime.get().toString();
        }
        return value;
    }

    private static String normalize(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a condition key must not be blank");
        }
        return key.toLowerCase(Locale.ROOT);
    }

    /** Collects the keys the server fills from each request, and any other key. */
    public static final class Builder {

        private final Map<String, String> values = new LinkedHashMap<>();
        private Instant currentTime;

        private Builder() {
        }

        public Builder sourceIp(String address) {
            return putNormalized(SOURCE_IP_KEY, SOURCE_IP, address);
        }

        public Builder secureTransport(boolean secure) {
            return putNormalized(SECURE_TRANSPORT_KEY, SECURE_TRANSPORT, Boolean.toString(secure));
        }

        /** The server's clock; a text value {@code put} under {@code acs:CurrentTime} takes precedence. */
        public Builder currentTime(Instant now) {
            this.currentTime = Objects.requireNonNull(now, "currentTime");
            return this;
        }

        public Builder accessId(String accessKeyId) {
            return putNormalized(ACCESS_ID_KEY, ACCESS_ID, accessKeyId);
        }

        /** Sets {@code key}; a later call for the same key (in any case) replaces the value. */
        public Builder put(String key, String value) {
            values.put(normalize(key), Objects.requireNonNull(value, () -> "value of condition key " + key));
            return this;
        }

        private Builder putNormalized(String normalizedKey, String key, String value) {
            values.put(normalizedKey, Objects.requireNonNull(value, () -> "value of condition key " + key));
            return this;
        }

        public RequestContext build() {
            return new RequestContext(values, Optional.ofNullable(currentTime));
        }
    }
}
