package io.flowhex.adapter.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The ACS3 {@code Authorization} header: {@code <algorithm> Credential=<id>,SignedHeaders=<a;b>,
 * Signature=<hex>}, the three parts in any order, each exactly once. Signed header names are
 * lower-cased and sorted.
 */
record AuthorizationHeader(String algorithm, String credential, List<String> signedHeaders, String signature) {

    AuthorizationHeader {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(credential, "credential");
        signedHeaders = List.copyOf(signedHeaders);
        Objects.requireNonNull(signature, "signature");
    }

    /** The scheme word before the first space (the whole header when there is no space). */
    static String algorithmOf(String header) {
        String text = header.strip();
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** @throws IllegalArgumentException when a part is missing, repeated, empty or unknown */
    static AuthorizationHeader parse(String header) {
        String text = header.strip();
        int space = text.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("no parts after the algorithm");
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : text.substring(space + 1).split(",", -1)) {
            String item = part.strip();
            int eq = item.indexOf('=');
            String key = eq < 0 ? item : item.substring(0, eq).strip();
            String value = eq < 0 ? "" : item.substring(eq + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("empty part");
            }
            switch (key) {
                case "Credential" -> credential = once(credential, value);
                case "SignedHeaders" -> signedHeaders = once(signedHeaders, value);
                case "Signature" -> signature = once(signature, value);
                default -> throw new IllegalArgumentException("unknown part");
            }
        }
        if (credential == null || signedHeaders == null || signature == null) {
            throw new IllegalArgumentException("a part is missing");
        }
        return new AuthorizationHeader(text.substring(0, space), credential, headerNames(signedHeaders), signature);
    }

    private static String once(String previous, String value) {
        if (previous != null) {
            throw new IllegalArgumentException("repeated part");
        }
        return value;
    }

    private static List<String> headerNames(String list) {
        List<String> names = new ArrayList<>();
        for (String name : list.split(";", -1)) {
            String lower = name.strip().toLowerCase(Locale.ROOT);
            if (lower.isEmpty() || names.contains(lower)) {
                throw new IllegalArgumentException("empty or repeated signed header");
            }
            names.add(lower);
        }
        names.sort(null);
        return names;
    }
}
