package io.flowhex.adapter.rest;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * The server's own address as a client on the same machine reaches it: the default base of the links
 * it issues. A wildcard address (every interface) is reached on loopback; behind any other name or a
 * proxy, the host's own setting (the server's {@code --public-base-url}) says where clients find it.
 * One place for the server and the Spring Boot starter alike.
 */
public final class OwnAddress {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\-\\[\\]]{1,255}");

    private OwnAddress() {
    }

    /** {@code http://HOST:PORT}, a wildcard host replaced by loopback. */
    public static URI baseUrl(String host, int port) {
        String reachable = switch (host) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "[::]", "0:0:0:0:0:0:0:0" -> "::1";
            default -> host;
        };
        return URI.create("http://" + inUrl(reachable) + ":" + port);
    }

    /**
     * Whether {@code host} can be what a server listens on: a host name, an IPv4 address or an IPv6
     * literal (bracketed or not); the host's settings refuse anything else before binding.
     */
    public static boolean isHost(String host) {
        return host != null && HOST.matcher(host).matches();
    }

    /** A host as a URL writes it: an IPv6 literal in brackets, once. */
    public static String inUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
