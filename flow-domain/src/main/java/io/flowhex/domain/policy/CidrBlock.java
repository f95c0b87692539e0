package io.flowhex.domain.policy;

import java.util.Arrays;
import java.util.Objects;

/**
 * An IPv4 or IPv6 network for {@code IpAddress}/{@code NotIpAddress}: {@code 192.0.2.0/24},
 * {@code 2001:db8::/32}, or a single address, which stands for /32 or /128.
 *
 * <p>Addresses are parsed here rather than with {@code InetAddress.getByName}, which resolves
 * anything that is not a literal through DNS and accepts legacy forms such as {@code 10.1}.
 * Host bits below the prefix are ignored, as in RAM's examples. IPv4 and IPv6 never match each
 * other.
 */
public final class CidrBlock {

    private static final int IPV4_BYTES = 4;
    private static final int IPV6_BYTES = 16;
    private static final int IPV6_GROUPS = 8;

    private final String text;
    private final byte[] network;
    private final int prefixLength;

    private CidrBlock(String text, byte[] network, int prefixLength) {
        this.text = text;
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** Parses a CIDR block or single address; anything else is an {@link InvalidPolicyException}. */
    public static CidrBlock parse(String text) {
        Objects.requireNonNull(text, "text");
        int slash = text.indexOf('/');
        byte[] address = parseAddress(slash < 0 ? text : text.substring(0, slash));
        if (address == null) {
            throw new InvalidPolicyException("IP condition value " + InvalidPolicyException.quote(text)
                    + " is not an IP address or CIDR block");
        }
        int maximum = address.length * Byte.SIZE;
        int prefixLength = slash < 0 ? maximum : parsePrefixLength(text.substring(slash + 1), maximum);
        if (prefixLength < 0) {
            throw new InvalidPolicyException("IP condition value " + InvalidPolicyException.quote(text)
                    + " has a prefix length outside 0.." + maximum);
        }
        return new CidrBlock(text, mask(address, prefixLength), prefixLength);
    }

    public int prefixLength() {
        return prefixLength;
    }

    /** Whether {@code address} (a literal IPv4 or IPv6 address) lies in this block; false if malformed. */
    public boolean contains(String address) {
        byte[] parsed = parseAddress(address);
        return parsed != null && contains(parsed);
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int wholeBytes = prefixLength / Byte.SIZE;
        for (int i = 0; i < wholeBytes; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int remainingBits = prefixLength % Byte.SIZE;
        if (remainingBits == 0) {
            return true;
        }
        int byteMask = (0xFF << (Byte.SIZE - remainingBits)) & 0xFF;
        return (address[wholeBytes] & byteMask) == (network[wholeBytes] & 0xFF);
    }

    /** The address as 4 or 16 bytes, or null when {@code text} is not a literal address. */
    static byte[] parseAddress(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.indexOf(':') >= 0 ? parseIpv6(text) : parseIpv4(text);
    }

    private static byte[] parseIpv4(String text) {
        byte[] bytes = new byte[IPV4_BYTES];
        int index = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '.') {
                int octet = parseDecimal(text, start, i, 255);
                if (octet < 0 || index == IPV4_BYTES) {
                    return null;
                }
                bytes[index++] = (byte) octet;
                start = i + 1;
            }
        }
        return index == IPV4_BYTES ? bytes : null;
    }

    private static byte[] parseIpv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        // An embedded IPv4 tail (::ffff:192.0.2.1) may only close the address.
        int[] head = parseGroups(gap < 0 ? text : text.substring(0, gap), gap < 0);
        int[] tail = gap < 0 ? new int[0] : parseGroups(text.substring(gap + 2), true);
        if (head == null || tail == null) {
            return null;
        }
        int count = head.length + tail.length;
        if (gap < 0 ? count != IPV6_GROUPS : count >= IPV6_GROUPS) {
            return null;
        }
        byte[] bytes = new byte[IPV6_BYTES];
        putGroups(bytes, 0, head);
        putGroups(bytes, IPV6_GROUPS - tail.length, tail);
        return bytes;
    }

    private static int[] parseGroups(String part, boolean mayEndWithIpv4) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] pieces = part.split(":", -1);
        int last = pieces.length - 1;
        boolean ipv4Tail = mayEndWithIpv4 && pieces[last].indexOf('.') >= 0;
        int[] groups = new int[pieces.length + (ipv4Tail ? 1 : 0)];
        for (int i = 0; i < pieces.length; i++) {
            if (i == last && ipv4Tail) {
                byte[] ipv4 = parseIpv4(pieces[i]);
                if (ipv4 == null) {
                    return null;
                }
                groups[i] = (ipv4[0] & 0xFF) << 8 | (ipv4[1] & 0xFF);
                groups[i + 1] = (ipv4[2] & 0xFF) << 8 | (ipv4[3] & 0xFF);
            } else {
                groups[i] = parseHexGroup(pieces[i]);
                if (groups[i] < 0) {
                    return null;
                }
            }
        }
        return groups;
    }

    private static void putGroups(byte[] bytes, int firstGroup, int[] groups) {
        for (int i = 0; i < groups.length; i++) {
            bytes[(firstGroup + i) * 2] = (byte) (groups[i] >>> 8);
            bytes[(firstGroup + i) * 2 + 1] = (byte) groups[i];
        }
    }

    private static int parseHexGroup(String piece) {
        if (piece.isEmpty() || piece.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < piece.length(); i++) {
            int digit = hexDigit(piece.charAt(i));
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /** ASCII only: Character.digit would also accept full-width and other Unicode digits. */
    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    private static int parsePrefixLength(String text, int maximum) {
        return parseDecimal(text, 0, text.length(), maximum);
    }

    /** Plain decimal digits without sign or leading zero, at most {@code maximum}; else -1. */
    private static int parseDecimal(String text, int from, int to, int maximum) {
        int length = to - from;
        if (length < 1 || length > 3 || (length > 1 && text.charAt(from) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value <= maximum ? value : -1;
    }

    private static byte[] mask(byte[] address, int prefixLength) {
        byte[] masked = Arrays.copyOf(address, address.length);
        for (int bit = prefixLength; bit < masked.length * Byte.SIZE; bit++) {
            masked[bit / Byte.SIZE] &= (byte) ~(0x80 >>> (bit % Byte.SIZE));
        }
        return masked;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CidrBlock that
                && prefixLength == that.prefixLength
                && Arrays.equals(network, that.network);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network) * 31 + prefixLength;
    }

    @Override
    public String toString() {
        return text;
    }
}
