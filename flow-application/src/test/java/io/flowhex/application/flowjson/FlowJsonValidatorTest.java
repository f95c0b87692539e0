package io.flowhex.application.flowjson;

import static io.flowhex.application.flowjson.FlowJsons.check;
import static io.flowhex.application.flowjson.FlowJsons.codes;
import static io.flowhex.application.flowjson.FlowJsons.pointers;
import static io.flowhex.application.flowjson.FlowJsons.withMembers;
import static io.flowhex.domain.flow.FlowJsonErrorCode.INVALID_DATA_API_VERSION;
import static io.flowhex.domain.flow.FlowJsonErrorCode.INVALID_FLOW_JSON;
import static io.flowhex.domain.flow.FlowJsonErrorCode.INVALID_FLOW_JSON_VERSION;
import static io.flowhex.domain.flow.FlowJsonErrorCode.INVALID_PROPERTY_VALUE;
import static io.flowhex.domain.flow.FlowJsonErrorCode.INVALID_ROUTING_MODEL;
import static io.flowhex.domain.flow.FlowJsonErrorCode.MISSING_FLOW_JSON_VERSION;
import static io.flowhex.domain.flow.FlowJsonErrorCode.MISSING_REQUIRED_PROPERTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.SchemaVersion;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The Flow JSON validator")
class FlowJsonValidatorTest {

    private static SchemaVersion v(String text) {
        return new SchemaVersion(text);
    }

    @Nested
    @DisplayName("on a valid file")
    class Valid {

        @Test
        @DisplayName("finds no error and reads the version")
        void valid() {
            FlowJsonCheck check = check(FlowJsons.VALID);

            assertThat(check.errors()).isEmpty();
            assertThat(check.version()).contains(v("7.3"));
            assertThat(check.dataApiVersion()).isEmpty();
        }

        @Test
        @DisplayName("reads data_api_version when it is 3.0 with a routing model")
        void withDataApi() {
            FlowJsonCheck check = check(FlowJsons.WITH_DATA_API);

            assertThat(check.errors()).isEmpty();
            assertThat(check.version()).contains(v("6.3"));
            assertThat(check.dataApiVersion()).contains(v("3.0"));
        }

        @ParameterizedTest(name = "version {0}")
        @ValueSource(strings = {"2.1", "3.0", "3.1", "4.0", "5.0", "5.1", "6.0", "6.1", "6.2", "6.3", "7.0", "7.1",
                "7.2", "7.3"})
        @DisplayName("accepts every known version, publishable or not")
        void knownVersions(String version) {
            FlowJsonCheck check = check("{\"version\":\"" + version + "\",\"screens\":[{\"id\":\"A\",\"layout\":{}}]}");

            assertThat(check.errors()).isEmpty();
            assertThat(check.version()).contains(v(version));
        }

        @Test
        @DisplayName("accepts a leading UTF-8 byte order mark")
        void byteOrderMark() {
            byte[] text = FlowJsons.VALID.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[text.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(text, 0, withBom, 3, text.length);

            assertThat(check(withBom).errors()).isEmpty();
        }

        @Test
        @DisplayName("accepts a routing model without data_api_version, and members it does not know")
        void extraMembers() {
            assertThat(check(withMembers("\"routing_model\":{},\"x\":[1,{\"y\":null}],\"z\":true")).errors()).isEmpty();
        }
    }

    @Nested
    @DisplayName("on bytes that are not one JSON object")
    class NotAnObject {

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"", "   \n", "[]", "\"text\"", "42", "null", "true", "{", "{\"version\":", "{}{}",
                "{} x", "{\"a\":1,}", "{'version':'7.3'}", "{\"a\":NaN}", "{\"a\":01}", "{/* c */}",
                "{\"a\":1,\"a\":2}", "{\"screens\":[{\"id\":\"A\",\"id\":\"B\"}]}", "\u0000{}"})
        @DisplayName("answers only INVALID_FLOW_JSON at the root, with no version read")
        void invalid(String text) {
            FlowJsonCheck check = check(text);

            assertThat(codes(check)).containsExactly(INVALID_FLOW_JSON);
            assertThat(pointers(check)).containsExactly("");
            assertThat(check.version()).isEmpty();
            assertThat(check.dataApiVersion()).isEmpty();
        }

        @Test
        @DisplayName("does not read a version from a file whose syntax fails after it")
        void syntaxErrorAtTheEnd() {
            FlowJsonCheck check = check(FlowJsons.VALID.strip() + ",");

            assertThat(codes(check)).containsExactly(INVALID_FLOW_JSON);
            assertThat(check.version()).isEmpty();
        }

        @Test
        @DisplayName("says where the syntax fails, without quoting the file")
        void messageHasPlaceNotContent() {
            FlowJsonCheck check = check("{\n  \"version\": \"7.3\",\n  \"SECRET_TOKEN_123\" oops\n}");

            assertThat(check.errors().get(0).message()).contains("line 3").doesNotContain("SECRET").doesNotContain("oops");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({"C3 28, a broken two-byte sequence", "C0 AF, an overlong encoding",
                "ED A0 80, an encoded surrogate", "FF FE, a UTF-16 byte order mark", "F8 88 80 80 80, a five-byte form"})
        @DisplayName("refuses bytes that are not UTF-8, even inside a string")
        void notUtf8(String hex, String what) {
            byte[] bad = java.util.HexFormat.ofDelimiter(" ").parseHex(hex);
            String before = "{\"version\":\"7.3\",\"screens\":[{\"id\":\"";
            byte[] text = (before + "X\",\"layout\":{}}]}").getBytes(StandardCharsets.UTF_8);
            byte[] bytes = new byte[text.length + bad.length];
            System.arraycopy(text, 0, bytes, 0, before.length());
            System.arraycopy(bad, 0, bytes, before.length(), bad.length);
            System.arraycopy(text, before.length(), bytes, before.length() + bad.length, text.length - before.length());

            FlowJsonCheck check = check(bytes);

            assertThat(codes(check)).as(what).containsExactly(INVALID_FLOW_JSON);
            assertThat(check.errors().get(0).message()).isEqualTo("The file is not UTF-8 text.");
        }

        @Test
        @DisplayName("refuses UTF-16 text, with or without a byte order mark")
        void utf16() {
            assertThat(codes(check(FlowJsons.VALID.getBytes(StandardCharsets.UTF_16LE)))).containsExactly(INVALID_FLOW_JSON);
            assertThat(codes(check(FlowJsons.VALID.getBytes(StandardCharsets.UTF_16)))).containsExactly(INVALID_FLOW_JSON);
        }

        @Test
        @DisplayName("refuses more than 10 MiB without reading it")
        void tooLarge() {
            byte[] big = new byte[FlowAsset.MAX_BYTES + 1];

            FlowJsonCheck check = check(big);

            assertThat(codes(check)).containsExactly(INVALID_FLOW_JSON);
            assertThat(check.errors().get(0).message()).contains("larger than");
        }
    }

    @Nested
    @DisplayName("on the version")
    class Version {

        @Test
        @DisplayName("requires it")
        void missing() {
            FlowJsonCheck check = check("{\"screens\":[{\"id\":\"A\",\"layout\":{}}]}");

            assertThat(codes(check)).containsExactly(MISSING_FLOW_JSON_VERSION);
            assertThat(pointers(check)).containsExactly("/version");
            assertThat(check.version()).isEmpty();
        }

        @ParameterizedTest(name = "version {0}")
        @CsvSource(delimiter = '|', textBlock = """
                "7.4"        | 7.4
                "8.0"        | 8.0
                "7.3.1"      | 7.3.1
                "7"          | 7
                "1.0"        | 1.0
                "7.x"        |
                ""           |
                " 7.3"       |
                "v7.3"       |
                7.3          |
                73           |
                null         |
                ["7.3"]      |
                {"v":"7.3"}  |
                "99999999999999999.0" |
                """)
        @DisplayName("requires a string naming a known version, and reads whatever reads as a version")
        void invalid(String value, String readAs) {
            FlowJsonCheck check = check("{\"version\":" + value + ",\"screens\":[{\"id\":\"A\",\"layout\":{}}]}");

            assertThat(codes(check)).containsExactly(INVALID_FLOW_JSON_VERSION);
            assertThat(pointers(check)).containsExactly("/version");
            assertThat(check.version()).isEqualTo(Optional.ofNullable(readAs).map(SchemaVersion::new));
        }
    }

    @Nested
    @DisplayName("on the screens")
    class Screens {

        private FlowJsonCheck screens(String value) {
            return check("{\"version\":\"7.3\",\"screens\":" + value + "}");
        }

        @Test
        @DisplayName("requires them")
        void missing() {
            FlowJsonCheck check = check("{\"version\":\"7.3\"}");

            assertThat(codes(check)).containsExactly(MISSING_REQUIRED_PROPERTY);
            assertThat(pointers(check)).containsExactly("/screens");
            assertThat(check.version()).contains(v("7.3"));
        }

        @ParameterizedTest(name = "screens {0}")
        @ValueSource(strings = {"[]", "{}", "\"A\"", "null", "1"})
        @DisplayName("require a non-empty array")
        void notAnArray(String value) {
            FlowJsonCheck check = screens(value);

            assertThat(codes(check)).containsExactly(INVALID_PROPERTY_VALUE);
            assertThat(pointers(check)).containsExactly("/screens");
        }

        @Test
        @DisplayName("require each screen to be an object")
        void screenNotAnObject() {
            FlowJsonCheck check = screens("[{\"id\":\"A\",\"layout\":{}}, 1, [], null]");

            assertThat(codes(check)).containsExactly(INVALID_PROPERTY_VALUE, INVALID_PROPERTY_VALUE, INVALID_PROPERTY_VALUE);
            assertThat(pointers(check)).containsExactly("/screens/1", "/screens/2", "/screens/3");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                {"layout":{}}                                   | MISSING_REQUIRED_PROPERTY | /screens/0/id
                {"id":"","layout":{}}                           | INVALID_PROPERTY_VALUE    | /screens/0/id
                {"id":7,"layout":{}}                            | INVALID_PROPERTY_VALUE    | /screens/0/id
                {"id":null,"layout":{}}                         | INVALID_PROPERTY_VALUE    | /screens/0/id
                {"id":{"x":"A"},"layout":{}}                    | INVALID_PROPERTY_VALUE    | /screens/0/id
                {"id":"A"}                                      | MISSING_REQUIRED_PROPERTY | /screens/0/layout
                {"id":"A","layout":[]}                          | INVALID_PROPERTY_VALUE    | /screens/0/layout
                {"id":"A","layout":"SingleColumnLayout"}        | INVALID_PROPERTY_VALUE    | /screens/0/layout
                {"id":"A","layout":{}},{"id":"A","layout":{}}   | INVALID_PROPERTY_VALUE    | /screens/1/id
                """)
        @DisplayName("require an id, unique, and a layout object in each")
        void screenRules(String screens, String code, String pointer) {
            FlowJsonCheck check = screens("[" + screens + "]");

            assertThat(codes(check)).extracting(Enum::name).containsExactly(code);
            assertThat(pointers(check)).containsExactly(pointer);
        }

        @Test
        @DisplayName("compare ids exactly: case and nesting do not make two ids the same")
        void idsCompareExactly() {
            FlowJsonCheck check = screens("[{\"id\":\"a\",\"layout\":{\"id\":\"A\"}},{\"id\":\"A\",\"layout\":{}}]");

            assertThat(check.errors()).isEmpty();
        }

        @Test
        @DisplayName("stop at maxScreens screens with one error, and look no further")
        void maxScreens() {
            FlowJsonValidator two = FlowJsonValidator.custom().maxScreens(2).build();
            String file = "{\"version\":\"7.3\",\"screens\":[{\"id\":\"A\",\"layout\":{}},{\"id\":\"B\",\"layout\":{}},"
                    + "{\"id\":\"A\"},7]}";

            FlowJsonCheck check = two.check(file.getBytes(StandardCharsets.UTF_8));

            assertThat(codes(check)).containsExactly(INVALID_PROPERTY_VALUE);
            assertThat(pointers(check)).containsExactly("/screens");
            assertThat(check.errors().get(0).message()).contains("more than 2 screens");
        }

        @Test
        @DisplayName("keep at most 100 errors of a file with many bad screens")
        void manyErrors() {
            StringBuilder file = new StringBuilder("{\"version\":\"7.3\",\"screens\":[");
            for (int i = 0; i < 500; i++) {
                file.append(i == 0 ? "" : ",").append("{}");
            }

            FlowJsonCheck check = check(file.append("]}").toString());

            assertThat(check.errors()).hasSize(FlowJsonCheck.MAX_ERRORS);
            assertThat(pointers(check)).startsWith("/screens/0/id", "/screens/0/layout", "/screens/1/id");
        }
    }

    @Nested
    @DisplayName("on data_api_version and the routing model")
    class DataApi {

        @ParameterizedTest(name = "data_api_version {0}")
        @CsvSource(delimiter = '|', textBlock = """
                "2.0"   | 2.0
                "3.1"   | 3.1
                "3"     | 3
                3.0     |
                null    |
                "three" |
                """)
        @DisplayName("must be \"3.0\", and is read whenever it reads as a version")
        void mustBeThreeZero(String value, String readAs) {
            FlowJsonCheck check = check(withMembers("\"data_api_version\":" + value + ",\"routing_model\":{}"));

            assertThat(codes(check)).containsExactly(INVALID_DATA_API_VERSION);
            assertThat(pointers(check)).containsExactly("/data_api_version");
            assertThat(check.dataApiVersion()).isEqualTo(Optional.ofNullable(readAs).map(SchemaVersion::new));
        }

        @ParameterizedTest(name = "after data_api_version: [{0}]")
        @ValueSource(strings = {"", ",\"routing_model\":[]", ",\"routing_model\":null", ",\"routing_model\":\"A\""})
        @DisplayName("requires an object routing_model with it")
        void routingModel(String routing) {
            FlowJsonCheck check = check(withMembers("\"data_api_version\":\"3.0\"" + routing));

            assertThat(codes(check)).containsExactly(INVALID_ROUTING_MODEL);
            assertThat(pointers(check)).containsExactly("/routing_model");
            assertThat(check.dataApiVersion()).contains(v("3.0"));
        }

        @Test
        @DisplayName("a wrong data_api_version without routing model is two errors")
        void both() {
            assertThat(codes(check(withMembers("\"data_api_version\":\"2.0\""))))
                    .containsExactly(INVALID_DATA_API_VERSION, INVALID_ROUTING_MODEL);
        }
    }

    @Test
    @DisplayName("lists errors in a fixed order: version, screens, data API, whatever the members' order")
    void errorOrder() {
        FlowJsonCheck check = check("{\"data_api_version\":\"1.0\",\"screens\":[{}],\"version\":\"0.1\"}");

        assertThat(pointers(check)).containsExactly("/version", "/screens/0/id", "/screens/0/layout",
                "/data_api_version", "/routing_model");
    }

    @Nested
    @DisplayName("as configured")
    class Settings {

        @Test
        @DisplayName("knows the versions it is given")
        void knownVersions() {
            FlowJsonValidator future = FlowJsonValidator.custom().knownVersions(Set.of(v("9.9"))).build();
            byte[] nine = "{\"version\":\"9.9\",\"screens\":[{\"id\":\"A\",\"layout\":{}}]}".getBytes(StandardCharsets.UTF_8);

            assertThat(future.check(nine).errors()).isEmpty();
            assertThat(codes(future.check(FlowJsons.VALID.getBytes(StandardCharsets.UTF_8))))
                    .containsExactly(INVALID_FLOW_JSON_VERSION);
        }

        @Test
        @DisplayName("defaults to the spec's versions, depth 64 and 1000 screens, and copies them with from()")
        void defaultsAndFrom() {
            FlowJsonValidator defaults = FlowJsonValidator.ofDefaults();
            FlowJsonValidator copy = FlowJsonValidator.from(defaults).maxScreens(5).build();

            assertThat(defaults.knownVersions()).hasSize(14).contains(v("2.1"), v("7.3")).doesNotContain(v("7.4"));
            assertThat(defaults.maxNestingDepth()).isEqualTo(64);
            assertThat(defaults.maxScreens()).isEqualTo(1000);
            assertThat(copy.knownVersions()).isEqualTo(defaults.knownVersions());
            assertThat(copy.maxNestingDepth()).isEqualTo(64);
            assertThat(copy.maxScreens()).isEqualTo(5);
        }

        @Test
        @DisplayName("refuses settings out of range when built")
        void ranges() {
            assertThatIllegalArgumentException().isThrownBy(() -> FlowJsonValidator.custom().knownVersions(Set.of()).build())
                    .withMessageContaining("version");
            assertThatIllegalArgumentException().isThrownBy(() -> FlowJsonValidator.custom().maxNestingDepth(7).build())
                    .withMessageContaining("maxNestingDepth");
            assertThatIllegalArgumentException().isThrownBy(() -> FlowJsonValidator.custom().maxNestingDepth(1001).build())
                    .withMessageContaining("maxNestingDepth");
            assertThatIllegalArgumentException().isThrownBy(() -> FlowJsonValidator.custom().maxScreens(0).build())
                    .withMessageContaining("maxScreens");
        }
    }

    @Test
    @DisplayName("makes the stored asset: the exact bytes with their check")
    void asset() {
        byte[] bytes = FlowJsons.VALID.getBytes(StandardCharsets.UTF_8);

        FlowAsset asset = FlowJsonValidator.ofDefaults().asset(bytes);

        assertThat(asset.content()).isEqualTo(bytes);
        assertThat(asset.check()).isEqualTo(check(bytes));
        assertThat(asset.check().isValid()).isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FlowJsonValidator.ofDefaults().asset(new byte[FlowAsset.MAX_BYTES + 1]));
    }
}
