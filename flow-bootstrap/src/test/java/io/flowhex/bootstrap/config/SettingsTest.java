package io.flowhex.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

    private static ServerSettings settings(List<String> args, Map<String, String> env) {
        return ServerSettings.from(RawSettings.resolve(args, env));
    }

    @Test
    @DisplayName("with nothing given, every setting has its documented default")
    void defaults() {
        ServerSettings s = settings(List.of(), Map.of());

        assertThat(s.host()).isEqualTo("127.0.0.1");
        assertThat(s.port()).isEqualTo(8080);
        assertThat(s.store()).isEqualTo(StoreKind.H2);
        assertThat(s.jdbcUrl()).startsWith("jdbc:h2:file:").contains("flowhex-data");
        assertThat(s.jdbcUser()).isEqualTo("sa");
        assertThat(s.regionId()).isEqualTo("ap-southeast-1");
        assertThat(s.defaultQps()).isEqualTo(5);
        assertThat(s.poolSize()).isEqualTo(10);
        assertThat(s.trustedProxies()).isEmpty();
        assertThat(s.fixtures()).isEmpty();
        assertThat(s.fixtureConflicts()).isEqualTo(FixtureConflicts.FAIL);
        assertThat(s.demoData()).isTrue();
        assertThat(s.shutdownTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(s.logFormat()).isEqualTo(LogFormat.TEXT);
    }

    @Test
    @DisplayName("a flag beats the environment, which beats the properties file, which beats the default")
    void precedence(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("flowhex.properties");
        Files.writeString(file, "port=7001\ndefault-qps=7\nregion-id=cn-hangzhou\nhost=0.0.0.0\n");
        Map<String, String> env = Map.of("FLOWHEX_CONFIG", file.toString(), "FLOWHEX_PORT", "7002",
                "FLOWHEX_DEFAULT_QPS", "8");

        ServerSettings s = settings(List.of("--port", "7003"), env);

        assertThat(s.port()).isEqualTo(7003);
        assertThat(s.defaultQps()).isEqualTo(8);
        assertThat(s.regionId()).isEqualTo("cn-hangzhou");
        assertThat(s.host()).isEqualTo("0.0.0.0");
        assertThat(settings(List.of("--store=memory"), Map.of()).store()).isEqualTo(StoreKind.MEMORY);
        assertThat(settings(List.of("--fixture-conflicts=replace"), Map.of()).fixtureConflicts())
                .isEqualTo(FixtureConflicts.REPLACE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--port=70000|--port",
        "--port=http|--port",
        "--store=oracle|--store",
        "--default-qps=0|--default-qps",
        "--region-id=Not A Region|--region-id",
        "--preview-base-url=ftp://x|--preview-base-url",
        "--pool-size=0|--pool-size",
        "--log-format=xml|--log-format",
        "--demo-data=maybe|--demo-data",
        "--fixture-conflicts=merge|--fixture-conflicts",
        "--store=postgresql|--jdbc-url",
        "--jdbc-url=jdbc:mysql://x|--jdbc-url",
        "--preview-signing-key=short|--preview-signing-key",
        "--no-such-option=1|--no-such-option"})
    @DisplayName("a bad value stops the start with a message naming the setting")
    void badValueNamesTheSetting(String arg, String named) {
        assertThatThrownBy(() -> settings(List.of(arg), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(named);
    }

    @Test
    @DisplayName("a pool of one connection is refused: the schema migration at start holds two at once")
    void poolOfOne() {
        assertThatThrownBy(() -> settings(List.of("--pool-size=1"), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("--pool-size").hasMessageContaining("must be 2 to 1000");
    }

    @Test
    @DisplayName("a bad environment value names the flag and the variable, never echoing a secret")
    void badEnvironmentValue() {
        assertThatThrownBy(() -> settings(List.of(), Map.of("FLOWHEX_PREVIEW_SIGNING_KEY", "tiny-secret")))
                .hasMessageContaining("--preview-signing-key").hasMessageContaining("FLOWHEX_PREVIEW_SIGNING_KEY")
                .hasMessageNotContaining("tiny-secret");
    }

    @Test
    @DisplayName("an unknown key in the properties file stops the start")
    void unknownPropertiesKey(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, "prot=8080\n");

        assertThatThrownBy(() -> settings(List.of("--config", file.toString()), Map.of()))
                .hasMessageContaining("--config").hasMessageContaining("prot");
    }

    @Test
    @DisplayName("--help lists every setting with its variable and default")
    void helpListsEverySetting() {
        String help = HelpText.render();

        for (Setting setting : Setting.values()) {
            assertThat(help).contains(setting.flag()).contains(setting.environmentVariable());
        }
        assertThat(help).contains("default: ap-southeast-1").contains("default: 5");
    }

    @Test
    @DisplayName("toString never shows the database password")
    void toStringMasksPassword() {
        ServerSettings s = settings(List.of("--jdbc-password", "hunter2-secret"), Map.of());

        assertThat(s.toString()).doesNotContain("hunter2-secret");
        assertThat(s.jdbcPassword()).isEqualTo("hunter2-secret");
    }
}
