package io.flowhex.adapter.rest.signature;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * ACS3-HMAC-SHA256: the canonical request ({@code METHOD\nURI\nQUERY\nHEADERS\nSIGNEDHEADERS\nHASH})
 * and the string-to-sign ({@code ACS3-HMAC-SHA256\n} + its lower-hex SHA-256).
 */
public final class Acs3Canonicalizer {

    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private Acs3Canonicalizer() {
    }

    /** Query parameters sorted by raw name, {@code enc(k)=enc(v)} joined by {@code &}. */
    public static String canonicalQuery(List<Parameter> queryParameters) {
        return PercentEncoding.sortedPairs(queryParameters);
    }

    /**
     * @param signedHeaders lower-case header names mapped to their trimmed values, in sorted order
     */
    public static String canonicalRequest(String method, String path, String canonicalQuery,
            SortedMap<String, String> signedHeaders, String hashedPayload) {
        StringBuilder out = new StringBuilder(256 + canonicalQuery.length());
        out.append(method).append('\n').append(path).append('\n').append(canonicalQuery).append('\n');
        for (Map.Entry<String, String> header : signedHeaders.entrySet()) {
            out.append(header.getKey()).append(':').append(header.getValue()).append('\n');
        }
        out.append('\n').append(String.join(";", signedHeaders.keySet())).append('\n').append(hashedPayload);
        return out.toString();
    }

    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + Digests.sha256Hex(canonicalRequest);
    }
}
