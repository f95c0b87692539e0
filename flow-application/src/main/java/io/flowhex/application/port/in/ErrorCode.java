package io.flowhex.application.port.in;

import java.util.Objects;

/**
 * Every error the application itself decides, with the code and message the Alibaba Cloud gateway
 * and CAMS document. Codes with a {@code %s} take one argument: a parameter name, or the server's
 * string-to-sign. Errors only a protocol adapter can detect (an unknown action or version, a
 * malformed signature, an internal fault) are that adapter's own. The HTTP status is the REST
 * adapter's business, decided by an exhaustive switch.
 */
public enum ErrorCode {
    MISSING_PARAMETER("Missing%s", "%s is mandatory for this action."),
    INVALID_PARAMETER("Invalid%s", "Specified parameter %s is not valid."),
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch",
            "Specified signature is not matched with our calculation. server string to sign is:%s"),
    ACCESS_KEY_NOT_FOUND("InvalidAccessKeyId.NotFound", "Specified access key is not found."),
    ACCESS_KEY_INACTIVE("InvalidAccessKeyId.Inactive", "Specified access key is disabled."),
    TIMESTAMP_FORMAT("InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted."),
    TIMESTAMP_EXPIRED("InvalidTimeStamp.Expired", "Specified time stamp or date value is expired."),
    NONCE_USED("SignatureNonceUsed", "Specified signature nonce was used already."),
    PRODUCT_UNSUBSCRIBED("Product.Unsubscript", "You have not subscribed to the specified product."),
    PERMISSION_DENIED("Ram.PermissionDeny", "You are not authorized to perform the operation."),
    LIMIT_CONTROL("System.LimitControl", "The system is under flow control."),
    RESOURCE_NOT_OWNED("Unknown.ResourceOwnerId", "The resource does not belong to the current user."),
    FLOW_NAME_EXISTS("InvalidParameter.FlowNameExist", "(#100) Flow name is not unique."),
    // the lifecycle refusals: the argument is the whole message, which says why (flow-lifecycle.md)
    CANNOT_UPDATE("Flow.CannotUpdate", "%s"),
    CANNOT_PUBLISH("Flow.CannotPublish", "%s"),
    CANNOT_DEPRECATE("Flow.CannotDeprecate", "%s"),
    CANNOT_DELETE("Flow.CannotDelete", "%s"),
    // the Flow JSON file could not be taken; the argument says which limit refused it
    FILE_PATH_INVALID("InvalidParameter.FilePath", "%s"),
    SERVICE_UNAVAILABLE("ServiceUnavailable", "The request has failed due to a temporary failure of the server.");

    private final String codeTemplate;
    private final String messageTemplate;

    ErrorCode(String codeTemplate, String messageTemplate) {
        this.codeTemplate = codeTemplate;
        this.messageTemplate = messageTemplate;
    }

    /** Whether {@link #code(String)} and {@link #message(String)} need an argument. */
    public boolean takesArgument() {
        return messageTemplate.contains("%s");
    }

    /** The wire code, e.g. {@code MissingFlowId} for MISSING_PARAMETER with argument {@code FlowId}. */
    public String code(String argument) {
        return codeTemplate.contains("%s") ? codeTemplate.formatted(Objects.requireNonNull(argument)) : codeTemplate;
    }

    /** The wire message, with the argument filled in where the template has one. */
    public String message(String argument) {
        return takesArgument() ? messageTemplate.formatted(Objects.requireNonNullElse(argument, "")) : messageTemplate;
    }
}
