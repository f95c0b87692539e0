package io.flowhex.bootstrap.attack;

/** The kinds of malformed input the generated requests try, as the attack suite reports its counts. */
enum Category {
    RANDOM_PARAMETERS("random extra parameters"),
    MISSING_PARAMETERS("missing parameters"),
    DUPLICATED_PARAMETERS("duplicated parameters"),
    BAD_PERCENT_ENCODING("bad percent-encoding"),
    INVALID_UTF8("invalid UTF-8"),
    OVERSIZED_HEADERS("oversized request line or headers"),
    OVERSIZED_BODY("oversized bodies"),
    TOO_MANY_PARAMETERS("oversized parameter counts"),
    WRONG_CONTENT_TYPE("wrong content types"),
    TRUNCATED_BODY("truncated or mis-framed bodies (chunked and Content-Length)"),
    SIGNATURE_SHAPE("signatures of the wrong length or alphabet"),
    AUTHORIZATION_PARTS("Authorization headers missing parts, V1 signature parameters wrong"),
    SIGNED_HEADERS("signature headers repeated, unsigned or missing"),
    DATE_FORMAT("dates in wrong formats"),
    HUGE_FLOW_ID("huge and foreign FlowIds, validly signed"),
    METACHARACTERS("SQL and JSON metacharacters in ids, validly signed"),
    ACTION_PARAMETERS("each parameter of the ten actions missing, empty, mistyped, misshapen, too long or with control characters, validly signed"),
    API_NAMES("wrong action, version, format, method or path"),
    BROKEN_HTTP("malformed HTTP request lines and header lines");

    private final String description;

    Category(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }
}
