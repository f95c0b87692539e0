package io.flowhex.adapter.rest;

/**
 * Requests refused before the protocol is even read: transport-level faults that have no CAMS error
 * code. Each has its own status and a fixed message that echoes nothing from the request.
 */
enum Rejection {
    MALFORMED_ENCODING(400, "InvalidParameter.Encoding",
            "The request has malformed percent-encoding, invalid UTF-8 or a parameter without a name."),
    REPEATED(400, "InvalidParameter.Repeated", "A parameter or a signature header is given more than once."),
    TOO_MANY_PARAMETERS(400, "InvalidParameter.TooMany", "The request has more parameters than the server accepts."),
    UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaType",
            "A request body must be of type application/x-www-form-urlencoded."),
    BODY_TOO_LARGE(413, "RequestEntityTooLarge", "The request body is larger than the server accepts."),
    HEADERS_TOO_LARGE(431, "RequestHeaderFieldsTooLarge",
            "The request line or headers are larger than the server accepts."),
    TIMEOUT(408, "RequestTimeout", "The request was not received in time."),
    BAD_REQUEST(400, "BadRequest", "The request is not valid HTTP.");

    private final int status;
    private final String code;
    private final String message;

    Rejection(int status, String code, String message) {
        this.status = status;
        this.code = code;
        this.message = message;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    String message() {
        return message;
    }
}
