package io.flowhex.adapter.rest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;

/**
 * An IP address written as a literal, never a host name: parsing one never touches DNS. An
 * IPv4-mapped IPv6 address is its IPv4 address.
 */
record IpLiteral(String text, byte[] bytes) {

    IpLiteral {
        Objects.requireNonNull(text, "text");
        if (bytes.length != 4 && bytes.length != 16) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes");
        }
        bytes = bytes.clone();
    }

    static Optional<IpLiteral> parse(String candidate) {
        String text = candidate.strip();
        if (text.startsWith("[") && text.endsWith("]")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.indexOf(':') >= 0 ? parseV6(text) : parseV4(text);
    }

    private static Optional<IpLiteral> parseV4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            String part = parts[i];
            if (part.isEmpty() || part.length() > 3 || !isDigits(part)) {
                return Optional.empty();
            }
            int value = Integer.parseInt(part);
            if (value > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) value;
        }
        return Optional.of(new IpLiteral(text, bytes));
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<IpLiteral> parseV6(String text) {
        // only hex digits, colons and dots: InetAddress then parses a literal and never resolves a name
        boolean literal = text.length() <= 45 && text.chars().allMatch(
                c -> c == ':' || c == '.' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
        if (!literal) {
            return Optional.empty();
        }
        try {
            InetAddress address = InetAddress.getByName(text);
            return Optional.of(new IpLiteral(address.getHostAddress(), address.getAddress()));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
