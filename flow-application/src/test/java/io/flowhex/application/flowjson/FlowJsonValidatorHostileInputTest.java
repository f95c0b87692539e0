package io.flowhex.application.flowjson;

import static io.flowhex.application.flowjson.FlowJsons.check;
import static io.flowhex.application.flowjson.FlowJsons.codes;
import static io.flowhex.application.flowjson.FlowJsons.withMembers;
import static io.flowhex.domain.flow.FlowJsonErrorCode.INVALID_FLOW_JSON;
import static io.flowhex.domain.flow.FlowJsonErrorCode.INVALID_PROPERTY_VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowJsonCheck;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input built to hurt a parser: deep, huge, repetitive, broken. The validator answers every one. */
@DisplayName("The Flow JSON validator, on hostile input")
class FlowJsonValidatorHostileInputTest {

    private static final byte[] VALID = FlowJsons.VALID.getBytes(StandardCharsets.UTF_8);

    /** What holds for every answer, whatever the input. */
    private static void assertWellFormed(FlowJsonCheck check, String input) {
        assertThat(check.errors()).as(input).hasSizeLessThanOrEqualTo(FlowJsonCheck.MAX_ERRORS);
        if (codes(check).contains(INVALID_FLOW_JSON)) {
            assertThat(check.errors()).as(input).hasSize(1);
            assertThat(check.version()).as(input).isEmpty();
            assertThat(check.dataApiVersion()).as(input).isEmpty();
        }
        if (check.isValid()) {
            assertThat(FlowJsonValidator.ofDefaults().knownVersions()).as(input).contains(check.version().orElseThrow());
        }
    }

    private static String nested(String open, String close, int depth) {
        return open.repeat(depth) + close.repeat(depth);
    }

    @Test
    @DisplayName("nesting: 64 levels pass, 65 are INVALID_FLOW_JSON")
    void depthLimit() {
        // the root object is level 1 and the member's array level 2, so 62 more arrays inside reach 64
        FlowJsonCheck deepest = check(withMembers("\"x\":[" + nested("[", "]", 62) + "]"));
        FlowJsonCheck tooDeep = check(withMembers("\"x\":[" + nested("[", "]", 63) + "]"));

        assertThat(deepest.errors()).isEmpty();
        assertThat(codes(tooDeep)).containsExactly(INVALID_FLOW_JSON);
        assertThat(tooDeep.errors().get(0).message()).startsWith("The JSON nests deeper than 64 levels");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"[", "{\"a\":"})
    @DisplayName("nesting a million levels deep answers INVALID_FLOW_JSON, without a stack overflow")
    void millionLevels(String open) {
        FlowJsonCheck check = check(withMembers("\"x\":" + open.repeat(1_000_000)));

        assertThat(codes(check)).containsExactly(INVALID_FLOW_JSON);
    }

    @Test
    @DisplayName("numbers of 200,000 digits and huge exponents are JSON like any other")
    void hugeNumbers() {
        String digits = "9".repeat(200_000);

        FlowJsonCheck check = check(withMembers("\"a\":" + digits + ",\"b\":-" + digits + "." + digits
                + "e999999999,\"c\":1e-999999999"));

        assertThat(check.errors()).isEmpty();
        assertThat(codes(check("{\"version\":7.3e99999,\"screens\":[{\"id\":" + digits + ",\"layout\":{}}]}")))
                .containsExactly(io.flowhex.domain.flow.FlowJsonErrorCode.INVALID_FLOW_JSON_VERSION, INVALID_PROPERTY_VALUE);
    }

    @Test
    @DisplayName("long keys and strings, many keys, colliding keys and escaped odd characters are JSON too")
    void bigAndOddText() {
        StringBuilder manyKeys = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            manyKeys.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        // "Aa" and "BB" share String.hashCode, so every combination of them collides
        StringBuilder colliding = new StringBuilder();
        for (int i = 0; i < 1 << 12; i++) {
            StringBuilder key = new StringBuilder();
            for (int bit = 0; bit < 12; bit++) {
                key.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            colliding.append(i == 0 ? "" : ",").append('"').append(key).append("\":0");
        }

        assertThat(check(withMembers("\"" + "k".repeat(300_000) + "\":\"" + "v".repeat(3_000_000) + "\""))
                .errors()).isEmpty();
        assertThat(check(withMembers("\"many\":{" + manyKeys + "}")).errors()).isEmpty();
        assertThat(check(withMembers("\"colliding\":{" + colliding + "}")).errors()).isEmpty();
        assertThat(check("{\"version\":\"7.3\",\"screens\":[{\"id\":\"\\ud800\\u0000\\u202e\",\"layout\":{}}]}")
                .errors()).isEmpty();
    }

    @Test
    @DisplayName("a repeated key deep inside a layout makes the whole file INVALID_FLOW_JSON")
    void deepDuplicate() {
        FlowJsonCheck check = check("{\"version\":\"7.3\",\"screens\":[{\"id\":\"A\",\"layout\":{\"children\":"
                + "[{\"type\":\"TextBody\",\"text\":\"a\",\"text\":\"b\"}]}}]}");

        assertThat(codes(check)).containsExactly(INVALID_FLOW_JSON);
    }

    @Test
    @DisplayName("a file of exactly 10 MiB is read to its end")
    void tenMebibytes() {
        String head = "{\"version\":\"7.3\",\"screens\":[{\"id\":\"A\",\"layout\":{}}],\"pad\":\"";
        String tail = "\"}";
        byte[] file = new byte[FlowAsset.MAX_BYTES];
        Arrays.fill(file, (byte) 'x');
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, file, 0, head.length());
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, file, file.length - tail.length(), tail.length());

        assertThat(check(file).errors()).isEmpty();
        file[file.length - 1] = ' ';
        assertThat(codes(check(file))).containsExactly(INVALID_FLOW_JSON);
    }

    @Test
    @DisplayName("2,000 random byte strings each get a well-formed answer")
    void randomBytes() {
        Random random = new Random(20260101);
        for (int i = 0; i < 2_000; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);

            assertWellFormed(check(bytes), "random #" + i);
        }
    }

    @Test
    @DisplayName("5,000 one- to three-byte mutations of a valid file each get a well-formed answer")
    void mutations() {
        Random random = new Random(7);
        byte[] alphabet = "{}[]\":,0123456789.eE-+ \\tnulrsfa\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        int invalidJson = 0;
        for (int i = 0; i < 5_000; i++) {
            byte[] bytes = VALID.clone();
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(bytes.length);
                bytes = switch (random.nextInt(3)) {
                    case 0 -> replace(bytes, at, alphabet[random.nextInt(alphabet.length)]);
                    case 1 -> delete(bytes, at);
                    default -> insert(bytes, at, alphabet[random.nextInt(alphabet.length)]);
                };
            }

            FlowJsonCheck check = check(bytes);

            assertWellFormed(check, new String(bytes, StandardCharsets.ISO_8859_1));
            invalidJson += codes(check).contains(INVALID_FLOW_JSON) ? 1 : 0;
        }
        // the mutations reach both sides: broken syntax and files the later rules judge
        assertThat(invalidJson).isBetween(500, 4_500);
    }

    private static byte[] replace(byte[] bytes, int at, byte value) {
        bytes[at] = value;
        return bytes;
    }

    private static byte[] delete(byte[] bytes, int at) {
        byte[] shorter = new byte[bytes.length - 1];
        System.arraycopy(bytes, 0, shorter, 0, at);
        System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
        return shorter;
    }

    private static byte[] insert(byte[] bytes, int at, byte value) {
        byte[] longer = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, longer, 0, at);
        longer[at] = value;
        System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
        return longer;
    }
}
