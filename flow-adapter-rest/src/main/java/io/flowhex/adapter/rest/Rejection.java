package io.flowhex.adapter.rest;

/**
 * The errors only this adapter can detect, each with its HTTP status: transport-level faults that
 * have no CAMS error code (a fixed message that echoes nothing from the request), and the gateway's
 * protocol errors (an unknown action or version, a malformed signature, a JSON-valued parameter that
 * is not the JSON it must be, an internal fault). The application's own codes are mapped by
 * {@link HttpStatuses}. A template with {@code %s} takes one argument: the server's string-to-sign.
 */
enum Rejection {
    INVALID_ACTION(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method."),
    INVALID_VERSION(400, "InvalidVersion", "Specified parameter Version is not valid."),
    INCOMPLETE_SIGNATURE(400, "IncompleteSignature",
            "The request signature does not conform to Aliyun standards. server string to sign is:%s"),
    INVALID_SIGNATURE_METHOD(400, "InvalidSignatureMethod", "Specified signature method is not valid."),
    CATEGORIES_INVALID(400, "InvalidParameter.Categories",
            "Specified parameter Categories is not valid: it must be a JSON array of 1 to 8 distinct values of "
                    + "SIGN_UP, SIGN_IN, APPOINTMENT_BOOKING, LEAD_GENERATION, CONTACT_US, CUSTOMER_SUPPORT, "
                    + "SURVEY, OTHER."),
    PAGE_INVALID(400, "InvalidParameter.PageInvalid",
            "Specified parameter Page is not valid: it must be a JSON object with Index at least 1 and Size "
                    + "1 to 100."),
    INVALID_LINK(403, "Forbidden.InvalidLink",
            "The link is not valid: it is malformed, has expired, or was not issued by this server for this flow's "
                    + "current content."),
    INTERNAL_ERROR(500, "InternalError",
            "The request processing has failed due to some unknown error, exception or failure."),
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

    /** Whether the message names the server's string-to-sign. */
    boolean takesArgument() {
        return message.contains("%s");
    }

    String message(String argument) {
        return takesArgument() ? message.formatted(argument == null ? "" : argument) : message;
    }
}
