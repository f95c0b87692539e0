package io.flowhex.adapter.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who the client is, for {@code acs:SourceIp} and {@code acs:SecureTransport}. The TCP peer, unless
 * the peer is a trusted proxy: then {@code X-Forwarded-For} is walked from its right end past every
 * trusted proxy, and the first other address is the client; {@code X-Forwarded-Proto} tells whether
 * the client used TLS. Headers from any other peer are ignored: anyone can write them.
 */
final class ClientAddressResolver {

    /** The client's address (absent when unknown) and whether it reached the first proxy over TLS. */
    record ClientAddress(Optional<String> sourceIp, boolean secure) {

        ClientAddress {
            Objects.requireNonNull(sourceIp, "sourceIp");
        }
    }

    private final List<IpRange> trusted;

    ClientAddressResolver(List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(IpRange::parse).toList();
    }

    ClientAddress resolve(CamsHttpRequest request) {
        Optional<IpLiteral> peer = IpLiteral.parse(request.remoteAddress());
        if (peer.isEmpty() || !isTrusted(peer.get())) {
            return new ClientAddress(peer.map(IpLiteral::text), request.secure());
        }
        return new ClientAddress(Optional.of(forwardedClient(peer.get(), request)), forwardedSecure(request));
    }

    private String forwardedClient(IpLiteral peer, CamsHttpRequest request) {
        List<String> hops = commaSeparated(request.headerValues("x-forwarded-for"));
        IpLiteral current = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<IpLiteral> hop = IpLiteral.parse(hops.get(i));
            if (hop.isEmpty()) {
                // a trusted proxy passed on something that is no address: the client is the last hop we trust
                return current.text();
            }
            current = hop.get();
            if (!isTrusted(current)) {
                return current.text();
            }
        }
        return current.text();
    }

    private static boolean forwardedSecure(CamsHttpRequest request) {
        List<String> protocols = commaSeparated(request.headerValues("x-forwarded-proto"));
        if (protocols.isEmpty()) {
            return request.secure();
        }
        return protocols.stream().allMatch("https"::equalsIgnoreCase);
    }

    private boolean isTrusted(IpLiteral address) {
        for (IpRange range : trusted) {
            if (range.contains(address.bytes())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> commaSeparated(List<String> headerValues) {
        List<String> out = new ArrayList<>();
        for (String value : headerValues) {
            for (String part : value.split(",")) {
                String trimmed = part.strip();
                if (!trimmed.isEmpty()) {
                    out.add(trimmed);
                }
            }
        }
        return out;
    }
}
