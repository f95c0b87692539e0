package io.flowhex.adapter.http;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of address a download would connect to. IPv6 forms that carry an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16) are judged by that IPv4
 * address too, so {@code [::ffff:169.254.169.254]} is as link-local as {@code 169.254.169.254}.
 */
enum AddressClass {
    /** A public unicast address. */
    PUBLIC,
    /** Loopback, private, shared, unspecified, multicast or reserved: fetched only when allowed. */
    PRIVATE,
    /** Link-local (169.254.0.0/16, fe80::/10) or a cloud metadata address: never fetched. */
    LINK_LOCAL;

    /** Alibaba Cloud's ECS metadata service (in 100.64.0.0/10) and AWS's IPv6 one (in fc00::/7). */
    private static final byte[][] METADATA = {
        {100, 100, 100, (byte) 200},
        {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54},
    };

    static AddressClass of(InetAddress address) {
        AddressClass own = direct(address);
        return embeddedIpv4(address).map(AddressClass::direct).filter(e -> e.compareTo(own) > 0).orElse(own);
    }

    private static AddressClass direct(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address.isLinkLocalAddress() || isMetadata(bytes)) {
            return LINK_LOCAL;
        }
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return PRIVATE;
        }
        return address instanceof Inet4Address ? ipv4(bytes) : ipv6(bytes);
    }

    private static AddressClass ipv4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        boolean thisNetwork = first == 0;
        boolean shared = first == 100 && (second & 0xC0) == 64;   // 100.64.0.0/10, carrier-grade NAT
        boolean benchmarking = first == 198 && (second & 0xFE) == 18;   // 198.18.0.0/15
        boolean reserved = first >= 240;   // 240.0.0.0/4 and the broadcast address
        return thisNetwork || shared || benchmarking || reserved ? PRIVATE : PUBLIC;
    }

    private static AddressClass ipv6(byte[] b) {
        boolean uniqueLocal = (b[0] & 0xFE) == 0xFC;   // fc00::/7
        return uniqueLocal ? PRIVATE : PUBLIC;
    }

    private static boolean isMetadata(byte[] bytes) {
        return Arrays.stream(METADATA).anyMatch(known -> Arrays.equals(known, bytes));
    }

    private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) {
            return Optional.empty();
        }
        byte[] b = address.getAddress();
        int from;
        if (allZero(b, 0, 10) && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xFF && b[11] == (byte) 0xFF))) {
            from = 12;   // IPv4-compatible ::a.b.c.d, or IPv4-mapped ::ffff:a.b.c.d
        } else if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xFF && b[3] == (byte) 0x9B && allZero(b, 4, 12)) {
            from = 12;   // NAT64 64:ff9b::a.b.c.d
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            from = 2;    // 6to4 2002:aabb:ccdd::
        } else {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByAddress(Arrays.copyOfRange(b, from, from + 4)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
