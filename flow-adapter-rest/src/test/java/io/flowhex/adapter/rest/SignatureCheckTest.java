package io.flowhex.adapter.rest;

import static io.flowhex.adapter.rest.ResponseAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flowhex.adapter.rest.client.RpcCall;
import io.flowhex.application.port.in.SignatureScheme;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("the protocol checks before and around the signature")
class SignatureCheckTest {

    private final RestWorld server = new RestWorld();

    private RawHttpRequest signed(SignatureScheme scheme, RpcCall call) {
        return RawHttpRequest.of(server.signer(server.rootKey).sign(scheme, RestWorld.ENDPOINT, call));
    }

    private RawHttpRequest acs3() {
        return signed(SignatureScheme.ACS3_HMAC_SHA256, server.getOwnFlow());
    }

    private RawHttpRequest v1() {
        return signed(SignatureScheme.V1_HMAC_SHA1, server.getOwnFlow());
    }

    private CamsHttpResponse send(RawHttpRequest request) {
        return server.handler.handle(request.toCamsRequest());
    }

    @Nested
    @DisplayName("API lookup")
    class Api {

        @Test
        @DisplayName("an unknown action gets 404 InvalidAction.NotFound, in both schemes")
        void unknownAction() {
            assertError(server.call(SignatureScheme.ACS3_HMAC_SHA256, server.getOwnFlow().withAction("GetFlows")), 404,
                    "InvalidAction.NotFound");
            assertError(server.call(SignatureScheme.V1_HMAC_SHA1, server.getOwnFlow().withAction("UpdateFlow")), 404,
                    "InvalidAction.NotFound");
        }

        @Test
        @DisplayName("another version gets InvalidVersion, in both schemes")
        void wrongVersion() {
            assertError(server.call(SignatureScheme.ACS3_HMAC_SHA256, server.getOwnFlow().withVersion("2019-01-01")), 400,
                    "InvalidVersion");
            assertError(server.call(SignatureScheme.V1_HMAC_SHA1, server.getOwnFlow().withVersion("2021-01-01")), 400,
                    "InvalidVersion");
        }

        @Test
        @DisplayName("no version at all gets MissingVersion")
        void missingVersion() {
            assertError(send(v1().withoutQueryParameter("Version")), 400, "MissingVersion");
            assertError(send(acs3().withoutHeader("x-acs-version")), 400, "MissingVersion");
        }

        @Test
        @DisplayName("a Format other than JSON gets InvalidFormat")
        void xmlFormat() {
            assertError(send(v1().withQueryValue("Format", v -> "XML")), 400, "InvalidFormat");
        }
    }

    @Nested
    @DisplayName("ACS3-HMAC-SHA256")
    class Acs3 {

        @Test
        @DisplayName("an Authorization header without all three parts gets IncompleteSignature with the server's string-to-sign")
        void malformedAuthorization() {
            RawHttpRequest request = acs3();
            String broken = request.header("authorization").replaceAll(",Signature=[0-9a-f]+", "");

            JsonNode body = assertError(send(request.withHeader("authorization", broken)), 400, "IncompleteSignature");

            assertThat(body.path("Message").asText())
                    .matches("(?s)The request signature does not conform to Aliyun standards\\. server string to sign is:"
                            + "ACS3-HMAC-SHA256\n[0-9a-f]{64}");
        }

        @Test
        @DisplayName("a part given twice or an unknown part gets IncompleteSignature")
        void repeatedPart() {
            RawHttpRequest request = acs3();
            String header = request.header("authorization");

            assertError(send(request.withHeader("authorization", header + ",Signature=00")), 400, "IncompleteSignature");
            assertError(send(request.withHeader("authorization", header + ",Scope=x")), 400, "IncompleteSignature");
        }

        @Test
        @DisplayName("another algorithm gets InvalidSignatureMethod")
        void otherAlgorithm() {
            RawHttpRequest request = acs3();
            String sm3 = request.header("authorization").replace("ACS3-HMAC-SHA256", "ACS3-HMAC-SM3");

            assertError(send(request.withHeader("authorization", sm3)), 400, "InvalidSignatureMethod");
            assertError(send(request.withHeader("authorization", "Bearer abc")), 400, "InvalidSignatureMethod");
        }

        @Test
        @DisplayName("an x-acs-* header that is not signed gets IncompleteSignature")
        void unsignedAcsHeader() {
            assertError(send(acs3().withAddedHeader("x-acs-security-token", "t")), 400, "IncompleteSignature");
        }

        @Test
        @DisplayName("a signed header missing from the request gets IncompleteSignature")
        void signedHeaderMissing() {
            assertError(send(acs3().withoutHeader("x-acs-credentials-provider")), 400, "IncompleteSignature");
        }

        @Test
        @DisplayName("no nonce gets MissingSignatureNonce, no date MissingTimestamp, no body hash IncompleteSignature")
        void requiredHeaders() {
            assertError(send(acs3().withoutHeader("x-acs-signature-nonce")), 400, "MissingSignatureNonce");
            assertError(send(acs3().withoutHeader("x-acs-date")), 400, "MissingTimestamp");
            assertError(send(acs3().withoutHeader("x-acs-content-sha256")), 400, "IncompleteSignature");
        }

        @Test
        @DisplayName("a body hash that is not the body's gets SignatureDoesNotMatch with the server's string-to-sign")
        void bodyHashMismatch() {
            RawHttpRequest request = acs3().withHeader("x-acs-content-sha256", "0".repeat(64));

            JsonNode body = assertError(send(request), 400, "SignatureDoesNotMatch");

            assertThat(body.path("Message").asText()).startsWith(
                    "Specified signature is not matched with our calculation. server string to sign is:ACS3-HMAC-SHA256\n");
        }

        @Test
        @DisplayName("a malformed date gets InvalidTimeStamp.Format")
        void malformedDate() {
            assertError(send(acs3().withHeader("x-acs-date", "2026-01-01 00:00:00")), 400, "InvalidTimeStamp.Format");
        }

        @Test
        @DisplayName("a nonce over 128 characters gets InvalidSignatureNonce")
        void longNonce() {
            assertError(send(acs3().withHeader("x-acs-signature-nonce", "n".repeat(129))), 400, "InvalidSignatureNonce");
        }
    }

    @Nested
    @DisplayName("V1 HMAC-SHA1")
    class V1 {

        @Test
        @DisplayName("another SignatureMethod, or a SignatureType, gets InvalidSignatureMethod")
        void otherMethod() {
            assertError(send(v1().withQueryValue("SignatureMethod", v -> "HMAC-SHA256")), 400, "InvalidSignatureMethod");
            RawHttpRequest withType = v1();
            withType = withType.withQuery(withType.rawQuery + "&SignatureType=PRIVATEKEY");
            assertError(send(withType), 400, "InvalidSignatureMethod");
        }

        @Test
        @DisplayName("another SignatureVersion gets InvalidSignatureVersion")
        void otherVersion() {
            assertError(send(v1().withQueryValue("SignatureVersion", v -> "2.0")), 400, "InvalidSignatureVersion");
        }

        @Test
        @DisplayName("each missing common parameter gets Missing<Name>")
        void missingParameters() {
            assertError(send(v1().withoutQueryParameter("SignatureNonce")), 400, "MissingSignatureNonce");
            assertError(send(v1().withoutQueryParameter("Timestamp")), 400, "MissingTimestamp");
            assertError(send(v1().withoutQueryParameter("AccessKeyId")), 400, "MissingAccessKeyId");
            assertError(send(v1().withoutQueryParameter("SignatureMethod")), 400, "MissingSignatureMethod");
            assertError(send(v1().withoutQueryParameter("SignatureVersion")), 400, "MissingSignatureVersion");
        }

        @Test
        @DisplayName("an empty Signature gets IncompleteSignature with the server's string-to-sign")
        void emptySignature() {
            JsonNode body = assertError(send(v1().withQueryValue("Signature", v -> "")), 400, "IncompleteSignature");

            assertThat(body.path("Message").asText()).contains("server string to sign is:POST&%2F&AccessKeyId%3D");
        }

        @Test
        @DisplayName("a wrong signature gets SignatureDoesNotMatch with the server's string-to-sign")
        void wrongSignature() {
            JsonNode body = assertError(send(v1().withQueryValue("Signature", v -> "AAAA" + v.substring(4))), 400,
                    "SignatureDoesNotMatch");

            assertThat(body.path("Message").asText()).contains("server string to sign is:POST&%2F&AccessKeyId%3D");
        }

        @Test
        @DisplayName("a timestamp more than 15 minutes off gets InvalidTimeStamp.Expired")
        void expired() {
            RawHttpRequest request = v1();
            server.world.clock.advance(Duration.ofMinutes(16));

            assertError(send(request), 400, "InvalidTimeStamp.Expired");
        }

        @Test
        @DisplayName("the same signed request twice gets SignatureNonceUsed the second time")
        void replay() {
            RawHttpRequest request = v1();

            assertThat(send(request).status()).isEqualTo(200);
            assertError(send(request), 400, "SignatureNonceUsed");
        }
    }
}
