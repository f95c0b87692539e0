package io.flowhex.adapter.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the allow-list: a host ({@code files.example.com}), every subdomain of a domain
 * ({@code *.example.com}, not the domain itself) or an IP literal. Matching compares text, never
 * resolved addresses: the address rules are checked separately, after the allow-list.
 */
record HostPattern(String suffix, boolean subdomains) {

    private static final int MAX_HOST_LENGTH = 253;

    HostPattern {
        Objects.requireNonNull(suffix, "suffix");
    }

    static HostPattern parse(String pattern) {
        Objects.requireNonNull(pattern, "allowed host pattern");
        boolean subdomains = pattern.startsWith("*.");
        String host = subdomains ? pattern.substring(2) : pattern;
        String normal = normalize(host);
        if (!(isIpv6Literal(normal) && !subdomains) && !isHostName(normal)) {
            throw new IllegalArgumentException("allowedHosts: not a host, *.domain or IP literal: " + pattern);
        }
        return new HostPattern(normal, subdomains);
    }

    /** Whether a URL's host (as {@link java.net.URI#getHost()} gives it) matches. */
    boolean matches(String host) {
        String normal = normalize(host);
        return subdomains ? normal.endsWith("." + suffix) : normal.equals(suffix);
    }

    /**
     * Lower case, no brackets around an IPv6 literal (and its one canonical spelling), no trailing
     * dot: the spellings a URL can use for one host compare equal.
     */
    static String normalize(String host) {
        String text = host.toLowerCase(Locale.ROOT);
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (isIpv6Literal(text)) {
            try {
                // only hex digits, colons and dots: parsed as a literal, never looked up
                return InetAddress.getByName(text).getHostAddress();
            } catch (UnknownHostException e) {
                return text;
            }
        }
        return text;
    }

    private static boolean isIpv6Literal(String text) {
        return text.indexOf(':') >= 0 && text.length() <= 45
                && text.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0);
    }

    private static boolean isHostName(String text) {
        if (text.isEmpty() || text.length() > MAX_HOST_LENGTH) {
            return false;
        }
        for (String label : text.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")
                    || !label.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
