package io.flowhex.adapter.rest;

import io.flowhex.domain.flow.FlowId;
import java.util.Optional;

/**
 * One request for a link this server issued: {@code /flows/<FlowId>/<kind>?expires=<epoch ms>&token=<t>}.
 * The query is read strictly and without decoding (the issuer writes digits and Base64url only): each
 * of {@code expires} and {@code token} exactly once; other parameters are ignored, as a pre-signed URL
 * ignores what it did not sign. Whatever is wrong with a link is one refusal, so a guess learns nothing.
 */
record SignedLink(Kind kind, FlowId flowId, long expiresMillis, String token) {

    /** Longer than any token this server issues (43 characters), short enough to bound the work a guess costs. */
    private static final int MAX_TOKEN_LENGTH = 128;
    private static final String PREFIX = "/flows/";

    /** What a link opens. */
    enum Kind {
        ASSET("/asset", "flow-json-link"),
        PREVIEW("/preview", "preview-page");

        private final String suffix;
        private final String logName;

        Kind(String suffix, String logName) {
            this.suffix = suffix;
            this.logName = logName;
        }

        /** The name of the access log's action field. */
        String logName() {
            return logName;
        }
    }

    /** The kind of link a path names, if it has the shape of one; the id in it is not checked yet. */
    static Optional<Kind> kindOf(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (path.endsWith(kind.suffix) && path.length() > PREFIX.length() + kind.suffix.length()
                    && path.indexOf('/', PREFIX.length()) == path.length() - kind.suffix.length()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The link of a path of {@code kind}; a malformed id or query is {@link Rejection#INVALID_LINK}. */
    static SignedLink read(Kind kind, String path, String rawQuery) {
        String id = path.substring(PREFIX.length(), path.length() - kind.suffix.length());
        String expires = null;
        String token = null;
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.startsWith("expires=")) {
                expires = once(expires, pair.substring("expires=".length()));
            } else if (pair.startsWith("token=")) {
                token = once(token, pair.substring("token=".length()));
            }
        }
        if (!isDigits(id, FlowId.MAX_LENGTH) || expires == null || !isDigits(expires, 18) || token == null
                || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            throw invalid();
        }
        return new SignedLink(kind, FlowId.of(id), Long.parseLong(expires), token);
    }

    static RejectedRequest invalid() {
        return RejectedRequest.of(Rejection.INVALID_LINK);
    }

    private static String once(String seen, String value) {
        if (seen != null) {
            throw invalid();
        }
        return value;
    }

    private static boolean isDigits(String text, int maxLength) {
        if (text.isEmpty() || text.length() > maxLength) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
