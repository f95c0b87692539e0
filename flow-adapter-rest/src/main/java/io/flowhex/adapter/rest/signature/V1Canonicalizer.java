package io.flowhex.adapter.rest.signature;

import java.util.List;

/** V1 (HMAC-SHA1): {@code METHOD&%2F&} + enc(the sorted {@code enc(k)=enc(v)} pairs). */
public final class V1Canonicalizer {

    public static final String SIGNATURE_METHOD = "HMAC-SHA1";
    public static final String SIGNATURE_VERSION = "1.0";

    private V1Canonicalizer() {
    }

    /**
     * @param parameters every parameter to sign (the query's and the form body's, without
     *                   {@code Signature})
     */
    public static String stringToSign(String method, List<Parameter> parameters) {
        String canonical = PercentEncoding.sortedPairs(parameters);
        StringBuilder out = new StringBuilder(canonical.length() + 32);
        out.append(method).append("&%2F&");
        PercentEncoding.appendEncoded(out, canonical);
        return out.toString();
    }
}
