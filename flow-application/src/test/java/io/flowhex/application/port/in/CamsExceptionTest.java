package io.flowhex.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The CAMS exceptions")
class CamsExceptionTest {

    private static final AccessDeniedDetail DETAIL = new AccessDeniedDetail("cams:GetFlow", "SubUser",
            "1000000000000001", "alice", "ImplicitDeny", "AccountLevelIdentityBasedPolicy", "ZGlhZ25vc3RpYw==");

    @Nested
    @DisplayName("for authentication")
    class Authentication {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = ErrorCode.class, names = {"ACCESS_KEY_NOT_FOUND", "ACCESS_KEY_INACTIVE",
                "TIMESTAMP_FORMAT", "TIMESTAMP_EXPIRED", "SERVICE_UNAVAILABLE"})
        @DisplayName("carry the code and message of their own family")
        void ownFamily(ErrorCode errorCode) {
            AuthenticationException e = new AuthenticationException(errorCode);

            assertThat(e.errorCode()).isEqualTo(errorCode);
            assertThat(e.code()).isEqualTo(errorCode.code(null));
            assertThat(e).hasMessage(errorCode.message(null));
        }

        @Test
        @DisplayName("carry the server's string-to-sign on a signature mismatch")
        void signatureMismatch() {
            AuthenticationException e = new AuthenticationException(ErrorCode.SIGNATURE_DOES_NOT_MATCH, "POST&%2F&x");

            assertThat(e.code()).isEqualTo("SignatureDoesNotMatch");
            assertThat(e).hasMessage(
                    "Specified signature is not matched with our calculation. server string to sign is:POST&%2F&x");
        }

        @Test
        @DisplayName("refuse a signature mismatch without its string-to-sign")
        void signatureMismatchNeedsArgument() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new AuthenticationException(ErrorCode.SIGNATURE_DOES_NOT_MATCH))
                    .withMessage("SIGNATURE_DOES_NOT_MATCH needs an argument");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = ErrorCode.class, mode = EnumSource.Mode.EXCLUDE, names = {"ACCESS_KEY_NOT_FOUND",
                "ACCESS_KEY_INACTIVE", "SIGNATURE_DOES_NOT_MATCH", "TIMESTAMP_FORMAT", "TIMESTAMP_EXPIRED",
                "SERVICE_UNAVAILABLE"})
        @DisplayName("refuse every code outside their family")
        void refuseOtherFamilies(ErrorCode errorCode) {
            assertThatIllegalArgumentException().isThrownBy(() -> new AuthenticationException(errorCode, "FlowId"))
                    .withMessage(errorCode + " is not an authentication error");
        }
    }

    @Nested
    @DisplayName("for the flow API")
    class FlowApi {

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = ErrorCode.class, names = {"LIMIT_CONTROL", "NONCE_USED", "PRODUCT_UNSUBSCRIBED",
                "RESOURCE_NOT_OWNED", "SERVICE_UNAVAILABLE"})
        @DisplayName("carry their code and no access-denied detail")
        void ownFamily(ErrorCode errorCode) {
            FlowApiException e = new FlowApiException(errorCode);

            assertThat(e.code()).isEqualTo(errorCode.code(null));
            assertThat(e).hasMessage(errorCode.message(null));
            assertThat(e.accessDeniedDetail()).isEmpty();
        }

        @Test
        @DisplayName("carry the access-denied detail of a RAM denial")
        void permissionDenied() {
            FlowApiException e = FlowApiException.permissionDenied(DETAIL);

            assertThat(e.code()).isEqualTo("Ram.PermissionDeny");
            assertThat(e).hasMessage("You are not authorized to perform the operation.");
            assertThat(e.accessDeniedDetail()).contains(DETAIL);
        }

        @Test
        @DisplayName("refuse a RAM denial without its detail")
        void permissionDeniedNeedsDetail() {
            assertThatIllegalArgumentException().isThrownBy(() -> new FlowApiException(ErrorCode.PERMISSION_DENIED))
                    .withMessage("PERMISSION_DENIED is not a flow API error without detail");
            assertThatNullPointerException().isThrownBy(() -> FlowApiException.permissionDenied(null))
                    .withMessage("detail");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(value = ErrorCode.class, mode = EnumSource.Mode.EXCLUDE, names = {"LIMIT_CONTROL",
                "NONCE_USED", "PRODUCT_UNSUBSCRIBED", "PERMISSION_DENIED", "RESOURCE_NOT_OWNED", "SERVICE_UNAVAILABLE",
                "MISSING_PARAMETER", "INVALID_PARAMETER", "FLOW_NAME_EXISTS", "CANNOT_UPDATE", "CANNOT_PUBLISH",
                "CANNOT_DEPRECATE", "CANNOT_DELETE", "FILE_PATH_INVALID"})
        @DisplayName("refuse every code outside their family")
        void refuseOtherFamilies(ErrorCode errorCode) {
            // codes that take an argument are refused one step earlier, for the missing argument
            assertThatIllegalArgumentException().isThrownBy(() -> new FlowApiException(errorCode))
                    .withMessageMatching(errorCode + " (is not a flow API error without detail|needs an argument)");
        }
    }

    @Nested
    @DisplayName("for provisioning")
    class Provisioning {

        @Test
        @DisplayName("name the invalid field in the code and keep the reason for the operator")
        void invalidField() {
            ProvisioningException e = ProvisioningException.invalid("FlowName", "blank");

            assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_PARAMETER);
            assertThat(e.code()).isEqualTo("InvalidFlowName");
            assertThat(e).hasMessage("Specified parameter FlowName is not valid.");
            assertThat(e.reason()).isEqualTo("blank");
        }

        @Test
        @DisplayName("answer ServiceUnavailable when the store is down")
        void unavailable() {
            ProvisioningException e = ProvisioningException.unavailable();

            assertThat(e.code()).isEqualTo("ServiceUnavailable");
            assertThat(e.reason()).isEqualTo("the store is unavailable");
        }
    }

    @Test
    @DisplayName("carry no stack trace, cause or suppressed exceptions: they are answers, not faults")
    void noStackTrace() {
        CamsException[] all = {new AuthenticationException(ErrorCode.TIMESTAMP_EXPIRED),
                new AuthenticationException(ErrorCode.SIGNATURE_DOES_NOT_MATCH, "POST&%2F&x"),
                new FlowApiException(ErrorCode.LIMIT_CONTROL), FlowApiException.permissionDenied(DETAIL),
                ProvisioningException.invalid("FlowId", "not digits"), ProvisioningException.unavailable()};

        for (CamsException e : all) {
            e.addSuppressed(new IllegalStateException("ignored"));
            assertThat(e.getStackTrace()).as(e.code()).isEmpty();
            assertThat(e.getCause()).as(e.code()).isNull();
            assertThat(e.getSuppressed()).as(e.code()).isEmpty();
        }
    }
}
