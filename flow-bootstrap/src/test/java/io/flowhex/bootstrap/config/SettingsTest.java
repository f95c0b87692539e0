package io.flowhex.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.adapter.jdbc.JdbcCallQuotaOptions.WhenUnavailable;
import io.flowhex.domain.flow.EditPublishedRule;
import io.flowhex.domain.flow.PublishableVersions;
import java.io.IOException;
import java.nio.file.Files;
import java.net.URI;
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
        assertThat(s.publicBaseUrl()).as("the server's own address, known once it listens").isEmpty();
        assertThat(s.linkSigningKey()).as("random per start").isEmpty();
        assertThat(s.editPublished()).isEqualTo(EditPublishedRule.REVERT_TO_DRAFT);
        assertThat(s.publishableVersions()).isEqualTo(PublishableVersions.ofDefaults());
        assertThat(s.assetFetch().allowedHosts()).isEmpty();
        assertThat(s.assetFetch().allowPrivateAddresses()).as("a local stand-in fetches from loopback").isTrue();
        assertThat(s.assetFetch().maxBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(s.assetFetch().connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.assetFetch().downloadTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.assetFetch().maxRedirects()).isEqualTo(5);
        assertThat(s.quota()).as("h2: one process").isEqualTo(QuotaKind.LOCAL);
        assertThat(s.quotaFailure()).isEqualTo(WhenUnavailable.FAIL_CLOSED);
    }

    @Test
    @DisplayName("the call quota is shared by default on PostgreSQL, local elsewhere, and either when asked; shared needs a database")
    void quotaSettings() {
        List<String> postgres = List.of("--store", "postgresql", "--jdbc-url", "jdbc:postgresql://db/flowhex");

        assertThat(settings(postgres, Map.of()).quota()).isEqualTo(QuotaKind.SHARED);
        assertThat(settings(List.of("--store=memory"), Map.of()).quota()).isEqualTo(QuotaKind.LOCAL);
        assertThat(settings(List.of("--store=postgresql-embedded"), Map.of()).quota()).as("embedded")
                .isEqualTo(QuotaKind.SHARED);
        assertThat(settings(List.of("--quota=shared"), Map.of()).quota()).as("h2").isEqualTo(QuotaKind.SHARED);
        assertThat(settings(postgres, Map.of("FLOWHEX_QUOTA", "local")).quota()).isEqualTo(QuotaKind.LOCAL);
        assertThat(settings(List.of("--quota-failure=open"), Map.of()).quotaFailure()).isEqualTo(WhenUnavailable.FAIL_OPEN);
        assertThatThrownBy(() -> settings(List.of("--store=memory", "--quota=shared"), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("--quota").hasMessageContaining("shared needs a database");
        assertThatThrownBy(() -> settings(List.of("--quota=global"), Map.of()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("'global' is not one of local, shared");
        assertThatThrownBy(() -> settings(List.of("--quota-failure=maybe"), Map.of()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("'maybe' is not one of closed, open");
        assertThatThrownBy(() -> settings(List.of("--edit-published=ignore"), Map.of()))
                .isInstanceOf(SettingsException.class).hasMessageContaining("'ignore' is not one of revert, refuse");
    }

    @Test
    @DisplayName("the link, lifecycle and asset fetch settings are read from flags, environment and file alike")
    void linkAndAssetSettings(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("flowhex.properties");
        Files.writeString(file, "asset-max-redirects=2\nedit-published=refuse\n");
        Map<String, String> env = Map.of("FLOWHEX_CONFIG", file.toString(),
                "FLOWHEX_ASSET_ALLOWED_HOSTS", "files.example.com, *.oss-ap-southeast-1.aliyuncs.com",
                "FLOWHEX_LINK_SIGNING_KEY", "k".repeat(32));

        ServerSettings s = settings(List.of("--public-base-url", "https://flowhex.example.com/cams",
                "--publishable-versions=7.0, 7.1", "--asset-allow-private-addresses=false", "--asset-max-bytes=1024",
                "--asset-connect-timeout-ms=250", "--asset-download-timeout-ms=1500"), env);

        assertThat(s.publicBaseUrl()).contains(URI.create("https://flowhex.example.com/cams"));
        assertThat(s.linkSigningKey()).hasValueSatisfying(key -> assertThat(key).hasSize(32));
        assertThat(s.editPublished()).isEqualTo(EditPublishedRule.REFUSE);
        assertThat(s.publishableVersions()).isEqualTo(PublishableVersions.of("7.0", "7.1"));
        assertThat(s.assetFetch().allowedHosts()).containsExactly("files.example.com", "*.oss-ap-southeast-1.aliyuncs.com");
        assertThat(s.assetFetch().allowPrivateAddresses()).isFalse();
        assertThat(s.assetFetch().maxBytes()).isEqualTo(1024);
        assertThat(s.assetFetch().connectTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.assetFetch().downloadTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(s.assetFetch().maxRedirects()).isEqualTo(2);
        assertThat(s.toString()).doesNotContain("kkkk");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "flag|--preview-base-url=https://x.example.com|--public-base-url",
        "flag|--preview-signing-key=0123456789abcdef0123456789abcdef|--link-signing-key",
        "env|FLOWHEX_PREVIEW_BASE_URL=https://x.example.com|--public-base-url",
        "env|FLOWHEX_PREVIEW_SIGNING_KEY=0123456789abcdef0123456789abcdef|--link-signing-key",
        "file|preview-base-url=https://x.example.com|--public-base-url"})
    @DisplayName("a renamed setting stops the start pointing at its new name, never silently ignored")
    void renamedSettings(String where, String setting, String newFlag, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("old.properties");
        Files.writeString(file, where.equals("file") ? setting : "");
        String[] pair = setting.split("=", 2);
        List<String> args = where.equals("flag") ? List.of(setting) : List.of("--config", file.toString());
        Map<String, String> env = where.equals("env") ? Map.of(pair[0], pair[1]) : Map.of();

        assertThatThrownBy(() -> settings(args, env)).isInstanceOf(SettingsException.class)
                .hasMessageContaining("renamed").hasMessageContaining(newFlag)
                .hasMessageNotContaining("0123456789abcdef");
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
        "--public-base-url=ftp://x|--public-base-url",
        "--public-base-url=http://x/?a=1|--public-base-url",
        "--public-base-url=/relative|--public-base-url",
        "--edit-published=ignore|--edit-published",
        "--publishable-versions=six|--publishable-versions",
        "--publishable-versions=6.0,,7.0|--publishable-versions",
        "--asset-allowed-hosts=http://x.com|--asset-allowed-hosts",
        "--asset-allowed-hosts=*|--asset-allowed-hosts",
        "--asset-allow-private-addresses=yes|--asset-allow-private-addresses",
        "--asset-max-bytes=0|--asset-max-bytes",
        "--asset-max-bytes=10485761|--asset-max-bytes",
        "--asset-connect-timeout-ms=0|--asset-connect-timeout-ms",
        "--asset-download-timeout-ms=600001|--asset-download-timeout-ms",
        "--asset-max-redirects=21|--asset-max-redirects",
        "--trusted-proxies=10.0.0.1,,10.0.0.2|--trusted-proxies",
        "--pool-size=0|--pool-size",
        "--log-format=xml|--log-format",
        "--demo-data=maybe|--demo-data",
        "--fixture-conflicts=merge|--fixture-conflicts",
        "--store=postgresql|--jdbc-url",
        "--jdbc-url=jdbc:mysql://x|--jdbc-url",
        "--link-signing-key=short|--link-signing-key",
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
        assertThatThrownBy(() -> settings(List.of(), Map.of("FLOWHEX_LINK_SIGNING_KEY", "tiny-secret")))
                .hasMessageContaining("--link-signing-key").hasMessageContaining("FLOWHEX_LINK_SIGNING_KEY")
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
    @DisplayName("a bad value from the properties file names the file and the key")
    void badValueInTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("flowhex.properties");
        Files.writeString(file, "port=8081\ndefault-qps=lots\n");

        assertThatThrownBy(() -> settings(List.of("--config", file.toString()), Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessage("invalid setting 'default-qps' in " + file + " (--config): must be a whole number");
        assertThatThrownBy(() -> settings(List.of("--config", file.toString(), "--default-qps", "0"), Map.of()))
                .as("a flag over the file is the flag's fault")
                .hasMessage("invalid setting --default-qps (FLOWHEX_DEFAULT_QPS): must be 1 to 100000");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--store=postgres|invalid setting --store (FLOWHEX_STORE): 'postgres' is not one of memory, h2, postgresql, postgresql-embedded",
        "--fixture-conflicts=merge|invalid setting --fixture-conflicts (FLOWHEX_FIXTURE_CONFLICTS): 'merge' is not one of fail, replace",
        "--log-format=xml|invalid setting --log-format (FLOWHEX_LOG_FORMAT): 'xml' is not one of text, json"})
    @DisplayName("a setting that is an enumeration lists its allowed values")
    void enumerationsListTheirValues(String arg, String message) {
        assertThatThrownBy(() -> settings(List.of(arg), Map.of())).isInstanceOf(SettingsException.class)
                .hasMessage(message);
    }

    @Test
    @DisplayName("an enumeration in the properties file names the file, the key and the allowed values")
    void enumerationInTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("flowhex.properties");
        Files.writeString(file, "store=Oracle\n");

        assertThatThrownBy(() -> settings(List.of("--config", file.toString()), Map.of()))
                .hasMessage("invalid setting 'store' in " + file
                        + " (--config): 'Oracle' is not one of memory, h2, postgresql, postgresql-embedded");
    }

    @Test
    @DisplayName("postgresql-embedded makes its own URL, as user postgres, on port 5433 unless told otherwise")
    void embeddedPostgres() {
        ServerSettings s = settings(List.of("--store", "POSTGRESQL-EMBEDDED"), Map.of());

        assertThat(s.store()).isEqualTo(StoreKind.POSTGRESQL_EMBEDDED);
        assertThat(s.jdbcUser()).isEqualTo("postgres");
        assertThat(s.embeddedPostgresPort()).isEqualTo(5433);
        assertThatThrownBy(() -> settings(List.of("--store", "postgresql-embedded", "--jdbc-url",
                "jdbc:postgresql://db/x"), Map.of())).hasMessageStartingWith(
                        "invalid setting --jdbc-url (FLOWHEX_JDBC_URL): is not used with --store postgresql-embedded");
    }

    @Test
    @DisplayName("toString masks a password carried in the JDBC URL")
    void toStringMasksTheUrlsPassword() {
        ServerSettings s = settings(List.of("--store", "postgresql", "--jdbc-url",
                "jdbc:postgresql://db/flowhex?user=app&password=hunter2-secret"), Map.of());

        assertThat(s.toString()).contains("jdbcUrl=jdbc:postgresql://db/flowhex?user=app&password=****")
                .doesNotContain("hunter2-secret");
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
