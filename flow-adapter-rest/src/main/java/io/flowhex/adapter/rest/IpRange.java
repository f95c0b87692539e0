package io.flowhex.adapter.rest;

/** A single IP address or a CIDR block such as {@code 10.0.0.0/8} or {@code fd00::/8}. */
record IpRange(byte[] network, int prefixLength) {

    IpRange {
        if (network.length != 4 && network.length != 16) {
            throw new IllegalArgumentException("an IP address has 4 or 16 bytes");
        }
        if (prefixLength < 0 || prefixLength > network.length * 8) {
            throw new IllegalArgumentException("prefix length out of range");
        }
        network = network.clone();
    }

    static IpRange parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] network = IpLiteral.parse(address)
                .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR: " + text))
                .bytes();
        int bits = network.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String suffix = text.substring(slash + 1);
            if (suffix.isEmpty() || suffix.length() > 3 || !suffix.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not an IP address or CIDR: " + text);
            }
            prefix = Integer.parseInt(suffix);
            if (prefix > bits) {
                throw new IllegalArgumentException("prefix longer than the address: " + text);
            }
        }
        return new IpRange(network, prefix);
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (address[full] & mask) == (network[full] & mask);
    }
}
