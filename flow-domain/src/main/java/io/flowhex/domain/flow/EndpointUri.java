package io.flowhex.domain.flow;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * The flow's data endpoint: an absolute http or https URI with a host, at most 2048 characters. The
 * API takes only https ({@link #https}, as Meta requires); the value itself still holds http, which
 * fixtures, the provisioning path and rows written before the lifecycle may carry.
 */
public record EndpointUri(URI value) {

    public static final int MAX_LENGTH = 2048;

    public EndpointUri {
        Objects.requireNonNull(value, "endpoint URI must not be null");
        requireWebUri(value, "endpoint URI");
    }

    public static EndpointUri parse(String text) {
        return new EndpointUri(parseWebUri(text, "endpoint URI"));
    }

    /** CreateFlow's and ModifyFlow's rule: an absolute https URI with a host, at most 2048 characters. */
    public static EndpointUri https(String text) {
        EndpointUri endpoint = parse(text);
        if (!endpoint.isHttps()) {
            throw new IllegalArgumentException("endpoint URI must be an absolute https URI");
        }
        return endpoint;
    }

    public boolean isHttps() {
        return value.getScheme().equalsIgnoreCase("https");
    }

    @Override
    public String toString() {
        return value.toString();
    }

    static URI parseWebUri(String text, String what) {
        Objects.requireNonNull(text, what + " must not be null");
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + " is not a valid URI", e);
        }
    }

    static void requireWebUri(URI uri, String what) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(what + " must be an absolute http or https URI");
        }
        if (uri.toString().length() > MAX_LENGTH) {
            throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
        }
    }
}
