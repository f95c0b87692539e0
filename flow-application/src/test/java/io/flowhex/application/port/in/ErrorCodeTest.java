package io.flowhex.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The error codes")
class ErrorCodeTest {

    private static final String STRING_TO_SIGN = "POST&%2F&AccessKeyId%3DLTAI5tExampleKeyId%26Action%3DGetFlow";

    /**
     * Copied from cams-rpc-protocol.md §7 (gateway codes) and the CAMS codes below it: the constant,
     * its argument (a parameter name or the string-to-sign, or null), and the code and message a
     * client must read.
     */
    static Stream<Arguments> documentedTable() {
        return Stream.of(
                Arguments.of(ErrorCode.MISSING_PARAMETER, "FlowId", "MissingFlowId",
                        "FlowId is mandatory for this action."),
                Arguments.of(ErrorCode.MISSING_PARAMETER, "FlowName", "MissingFlowName",
                        "FlowName is mandatory for this action."),
                Arguments.of(ErrorCode.INVALID_PARAMETER, "FlowId", "InvalidFlowId",
                        "Specified parameter FlowId is not valid."),
                Arguments.of(ErrorCode.INVALID_PARAMETER, "Parameter", "InvalidParameter",
                        "Specified parameter Parameter is not valid."),
                Arguments.of(ErrorCode.SIGNATURE_DOES_NOT_MATCH, STRING_TO_SIGN, "SignatureDoesNotMatch",
                        "Specified signature is not matched with our calculation. server string to sign is:"
                                + STRING_TO_SIGN),
                Arguments.of(ErrorCode.ACCESS_KEY_NOT_FOUND, null, "InvalidAccessKeyId.NotFound",
                        "Specified access key is not found."),
                Arguments.of(ErrorCode.ACCESS_KEY_INACTIVE, null, "InvalidAccessKeyId.Inactive",
                        "Specified access key is disabled."),
                Arguments.of(ErrorCode.TIMESTAMP_FORMAT, null, "InvalidTimeStamp.Format",
                        "Specified time stamp or date value is not well formatted."),
                Arguments.of(ErrorCode.TIMESTAMP_EXPIRED, null, "InvalidTimeStamp.Expired",
                        "Specified time stamp or date value is expired."),
                Arguments.of(ErrorCode.NONCE_USED, null, "SignatureNonceUsed",
                        "Specified signature nonce was used already."),
                Arguments.of(ErrorCode.SERVICE_UNAVAILABLE, null, "ServiceUnavailable",
                        "The request has failed due to a temporary failure of the server."),
                Arguments.of(ErrorCode.PRODUCT_UNSUBSCRIBED, null, "Product.Unsubscript",
                        "You have not subscribed to the specified product."),
                Arguments.of(ErrorCode.PERMISSION_DENIED, null, "Ram.PermissionDeny",
                        "You are not authorized to perform the operation."),
                Arguments.of(ErrorCode.LIMIT_CONTROL, null, "System.LimitControl",
                        "The system is under flow control."),
                Arguments.of(ErrorCode.RESOURCE_NOT_OWNED, null, "Unknown.ResourceOwnerId",
                        "The resource does not belong to the current user."),
                Arguments.of(ErrorCode.FLOW_NAME_EXISTS, null, "InvalidParameter.FlowNameExist",
                        "(#100) Flow name is not unique."),
                Arguments.of(ErrorCode.CANNOT_UPDATE, "(#139001) Flow can't be updated. The flow is published.",
                        "Flow.CannotUpdate", "(#139001) Flow can't be updated. The flow is published."),
                Arguments.of(ErrorCode.CANNOT_PUBLISH, "(#139002) Publishing Flow in invalid state.",
                        "Flow.CannotPublish", "(#139002) Publishing Flow in invalid state."),
                Arguments.of(ErrorCode.CANNOT_DEPRECATE, "(#139003) Flow is already deprecated.",
                        "Flow.CannotDeprecate", "(#139003) Flow is already deprecated."),
                Arguments.of(ErrorCode.CANNOT_DELETE, "(#139004) Can't delete published Flow.",
                        "Flow.CannotDelete", "(#139004) Can't delete published Flow."),
                Arguments.of(ErrorCode.FILE_PATH_INVALID, "Specified parameter FilePath is not valid: x",
                        "InvalidParameter.FilePath", "Specified parameter FilePath is not valid: x"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("documentedTable")
    @DisplayName("give the documented code and message")
    void documentedCodeAndMessage(ErrorCode errorCode, String argument, String code, String message) {
        assertThat(errorCode.code(argument)).isEqualTo(code);
        assertThat(errorCode.message(argument)).isEqualTo(message);
    }

    @Test
    @DisplayName("are all in the documented table, none left untested")
    void tableCoversEveryConstant() {
        Set<ErrorCode> documented = documentedTable().map(row -> (ErrorCode) row.get()[0])
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ErrorCode.class)));

        assertThat(documented).containsExactlyInAnyOrder(ErrorCode.values());
    }

    @Test
    @DisplayName("take an argument exactly where the wire text names a parameter, the string-to-sign or a lifecycle reason")
    void takesArgument() {
        assertThat(Arrays.stream(ErrorCode.values()).filter(ErrorCode::takesArgument)).containsExactlyInAnyOrder(
                ErrorCode.MISSING_PARAMETER, ErrorCode.INVALID_PARAMETER, ErrorCode.SIGNATURE_DOES_NOT_MATCH,
                ErrorCode.CANNOT_UPDATE, ErrorCode.CANNOT_PUBLISH, ErrorCode.CANNOT_DEPRECATE, ErrorCode.CANNOT_DELETE,
                ErrorCode.FILE_PATH_INVALID);
    }

    @Test
    @DisplayName("end the signature mismatch message with the server's string-to-sign, as clients show it")
    void signatureMessageEndsWithStringToSign() {
        assertThat(ErrorCode.SIGNATURE_DOES_NOT_MATCH.message("GET&%2F&a%3Db"))
                .endsWith("server string to sign is:GET&%2F&a%3Db");
        assertThat(ErrorCode.SIGNATURE_DOES_NOT_MATCH.code("GET&%2F&a%3Db")).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    @DisplayName("leave an argument out of codes and messages without a placeholder")
    void ignoreArgumentWithoutPlaceholder() {
        assertThat(ErrorCode.LIMIT_CONTROL.code("FlowId")).isEqualTo("System.LimitControl");
        assertThat(ErrorCode.LIMIT_CONTROL.message("FlowId")).isEqualTo("The system is under flow control.");
    }

    @Test
    @DisplayName("need a parameter name to build a Missing or Invalid code")
    void parameterCodesNeedName() {
        assertThatNullPointerException().isThrownBy(() -> ErrorCode.MISSING_PARAMETER.code(null));
        assertThatNullPointerException().isThrownBy(() -> ErrorCode.INVALID_PARAMETER.code(null));
    }
}
