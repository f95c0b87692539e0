package io.flowhex.application;

import static io.flowhex.application.port.in.SignatureScheme.ACS3_HMAC_SHA256;
import static io.flowhex.application.port.in.SignatureScheme.V1_HMAC_SHA1;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.account.AccessKeySecret;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The signature calculator")
class SignatureCalculatorTest {

    /** The worked example of cams-rpc-protocol.md §5. */
    private static final AccessKeySecret EXAMPLE_SECRET = AccessKeySecret.of("ExampleSecret/+~*2025");
    private static final String EXAMPLE_ACS3_STRING_TO_SIGN =
            "ACS3-HMAC-SHA256\n1002d2fb699c551a1503cfdb5cadca7bb1917768e006c0749eea30a5f37d7b36";
    private static final String EXAMPLE_ACS3_SIGNATURE =
            "155c5fdb7496e59a64328fe931af87ed9a82403dee8b2976e5737ede00d23242";
    /** V1 string-to-sign of the same example (POST, Format=json), built by hand from §5's parameters. */
    private static final String EXAMPLE_V1_STRING_TO_SIGN = "POST&%2F&AccessKeyId%3DLTAI5tExampleKeyId"
            + "%26Action%3DGetFlow%26CustSpaceId%3Dcams-abc%26FlowId%3D123%26Format%3Djson"
            + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3f4e0f0c5a7b4c2d9e1f00112233aabb"
            + "%26SignatureVersion%3D1.0%26Timestamp%3D2025-01-01T00%253A00%253A00Z%26Version%3D2020-06-06";
    private static final String EXAMPLE_V1_SIGNATURE = "nM4W5AmI/638jA6GqAvBC+BSgLs=";

    /** captures/02-tea-v1-getflow-query.http, secret testAccessKeySecret. */
    private static final String CAPTURE_02_STRING_TO_SIGN = "POST&%2F&AccessKeyId%3DtestAccessKeyId"
            + "%26Action%3DGetFlow%26CustSpaceId%3Dcams-abc%26FlowId%3D123%26Format%3Djson"
            + "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D7bceb444273d12043f21f6065929b9ba"
            + "%26SignatureVersion%3D1.0%26Timestamp%3D2026-11-27T23%253A59%253A29Z%26Version%3D2020-06-06";

    /** HMAC computed here with javax.crypto, apart from the class under test. */
    private static byte[] hmac(String algorithm, String key, String data) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static String independentAcs3(String secret, String stringToSign) throws Exception {
        return HexFormat.of().formatHex(hmac("HmacSHA256", secret, stringToSign));
    }

    private static String independentV1(String secret, String stringToSign) throws Exception {
        return Base64.getEncoder().encodeToString(hmac("HmacSHA1", secret + "&", stringToSign));
    }

    @Nested
    @DisplayName("signing")
    class Signing {

        @Test
        @DisplayName("gives the documented ACS3 signature of the worked example")
        void acs3KnownVector() {
            assertThat(SignatureCalculator.sign(ACS3_HMAC_SHA256, EXAMPLE_SECRET, EXAMPLE_ACS3_STRING_TO_SIGN))
                    .isEqualTo(EXAMPLE_ACS3_SIGNATURE);
        }

        @Test
        @DisplayName("gives the documented V1 signature of the worked example and of a captured request")
        void v1KnownVectors() {
            assertThat(SignatureCalculator.sign(V1_HMAC_SHA1, EXAMPLE_SECRET, EXAMPLE_V1_STRING_TO_SIGN))
                    .isEqualTo(EXAMPLE_V1_SIGNATURE);
            assertThat(SignatureCalculator.sign(V1_HMAC_SHA1, AccessKeySecret.of("testAccessKeySecret"),
                    CAPTURE_02_STRING_TO_SIGN)).isEqualTo("7tE+HMKWd7iv3iqQ2qthFWrut5U=");
        }

        @ParameterizedTest(name = "#{index}")
        @ValueSource(strings = {"", "GET&%2F&", "ACS3-HMAC-SHA256\n0000", "FlowName=Café * ~", "注册流程\u0000end"})
        @DisplayName("agrees with javax.crypto: lower-hex HMAC-SHA256 keyed with the secret, Base64 HMAC-SHA1 keyed with secret&")
        void agreesWithIndependentHmac(String stringToSign) throws Exception {
            assertThat(SignatureCalculator.sign(ACS3_HMAC_SHA256, EXAMPLE_SECRET, stringToSign))
                    .isEqualTo(independentAcs3("ExampleSecret/+~*2025", stringToSign))
                    .matches("[0-9a-f]{64}");
            assertThat(SignatureCalculator.sign(V1_HMAC_SHA1, EXAMPLE_SECRET, stringToSign))
                    .isEqualTo(independentV1("ExampleSecret/+~*2025", stringToSign))
                    .hasSize(28);
        }

        @Test
        @DisplayName("gives the right answers to threads signing at the same time")
        void threadsDoNotShareState() throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> mismatches = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    String secret = "secret-of-thread-" + t;
                    mismatches.add(pool.submit(() -> {
                        start.await();
                        int wrong = 0;
                        for (int i = 0; i < 300; i++) {
                            String data = secret + "/" + i;
                            boolean acs3 = SignatureCalculator.sign(ACS3_HMAC_SHA256, AccessKeySecret.of(secret), data)
                                    .equals(independentAcs3(secret, data));
                            boolean v1 = SignatureCalculator.sign(V1_HMAC_SHA1, AccessKeySecret.of(secret), data)
                                    .equals(independentV1(secret, data));
                            wrong += (acs3 ? 0 : 1) + (v1 ? 0 : 1);
                        }
                        return wrong;
                    }));
                }
                start.countDown();
                for (Future<Integer> result : mismatches) {
                    assertThat(result.get(10, TimeUnit.SECONDS)).isZero();
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Nested
    @DisplayName("matching a claimed signature")
    class Matching {

        @Test
        @DisplayName("accepts ACS3 hex in lower, upper or mixed case")
        void acs3CaseInsensitive() {
            String mixed = EXAMPLE_ACS3_SIGNATURE.substring(0, 32).toUpperCase(Locale.ROOT)
                    + EXAMPLE_ACS3_SIGNATURE.substring(32);

            assertThat(SignatureCalculator.matches(ACS3_HMAC_SHA256, EXAMPLE_SECRET, EXAMPLE_ACS3_STRING_TO_SIGN,
                    EXAMPLE_ACS3_SIGNATURE)).isTrue();
            assertThat(SignatureCalculator.matches(ACS3_HMAC_SHA256, EXAMPLE_SECRET, EXAMPLE_ACS3_STRING_TO_SIGN,
                    EXAMPLE_ACS3_SIGNATURE.toUpperCase(Locale.ROOT))).isTrue();
            assertThat(SignatureCalculator.matches(ACS3_HMAC_SHA256, EXAMPLE_SECRET, EXAMPLE_ACS3_STRING_TO_SIGN,
                    mixed)).isTrue();
        }

        @Test
        @DisplayName("accepts V1 Base64 only exactly, since its case carries bits")
        void v1Exact() {
            assertThat(SignatureCalculator.matches(V1_HMAC_SHA1, EXAMPLE_SECRET, EXAMPLE_V1_STRING_TO_SIGN,
                    EXAMPLE_V1_SIGNATURE)).isTrue();
            assertThat(SignatureCalculator.matches(V1_HMAC_SHA1, EXAMPLE_SECRET, EXAMPLE_V1_STRING_TO_SIGN,
                    EXAMPLE_V1_SIGNATURE.toLowerCase(Locale.ROOT))).isFalse();
            assertThat(SignatureCalculator.matches(V1_HMAC_SHA1, EXAMPLE_SECRET, EXAMPLE_V1_STRING_TO_SIGN,
                    EXAMPLE_V1_SIGNATURE.toUpperCase(Locale.ROOT))).isFalse();
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"", "155c5fdb7496e59a64328fe931af87ed9a82403dee8b2976e5737ede00d2324",
                "155c5fdb7496e59a64328fe931af87ed9a82403dee8b2976e5737ede00d232420",
                "155c5fdb7496e59a64328fe931af87ed9a82403dee8b2976e5737ede00d23243",
                "nM4W5AmI/638jA6GqAvBC+BSgLs="})
        @DisplayName("refuses an ACS3 signature that is shorter, longer or different")
        void acs3Refusals(String claimed) {
            assertThat(SignatureCalculator.matches(ACS3_HMAC_SHA256, EXAMPLE_SECRET, EXAMPLE_ACS3_STRING_TO_SIGN,
                    claimed)).isFalse();
        }

        @ParameterizedTest(name = "''{0}''")
        @ValueSource(strings = {"", "nM4W5AmI/638jA6GqAvBC+BSgLs", "nM4W5AmI/638jA6GqAvBC+BSgLs==",
                "nM4W5AmI/638jA6GqAvBC+BSgLt=", "nM4W5AmI_638jA6GqAvBC-BSgLs="})
        @DisplayName("refuses a V1 signature that is shorter, longer, different or in URL-safe Base64")
        void v1Refusals(String claimed) {
            assertThat(SignatureCalculator.matches(V1_HMAC_SHA1, EXAMPLE_SECRET, EXAMPLE_V1_STRING_TO_SIGN, claimed))
                    .isFalse();
        }

        @Test
        @DisplayName("refuses the right signature under another secret or another string-to-sign")
        void otherSecretOrText() {
            AccessKeySecret other = AccessKeySecret.of("ExampleSecret/+~*2026");

            assertThat(SignatureCalculator.matches(ACS3_HMAC_SHA256, other, EXAMPLE_ACS3_STRING_TO_SIGN,
                    EXAMPLE_ACS3_SIGNATURE)).isFalse();
            assertThat(SignatureCalculator.matches(V1_HMAC_SHA1, other, EXAMPLE_V1_STRING_TO_SIGN,
                    EXAMPLE_V1_SIGNATURE)).isFalse();
            assertThat(SignatureCalculator.matches(ACS3_HMAC_SHA256, EXAMPLE_SECRET,
                    EXAMPLE_ACS3_STRING_TO_SIGN + "\n", EXAMPLE_ACS3_SIGNATURE)).isFalse();
            assertThat(SignatureCalculator.matches(V1_HMAC_SHA1, EXAMPLE_SECRET,
                    EXAMPLE_V1_STRING_TO_SIGN.replace("POST", "GET"), EXAMPLE_V1_SIGNATURE)).isFalse();
        }
    }
}
