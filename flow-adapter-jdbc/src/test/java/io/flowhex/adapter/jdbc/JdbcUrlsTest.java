package io.flowhex.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JDBC URLs as they are shown")
class JdbcUrlsTest {

    @ParameterizedTest(name = "{0}")
    @DisplayName("mask every credential value and keep the rest of the URL")
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db:5432/flowhex?password=hunter2 | jdbc:postgresql://db:5432/flowhex?password=****",
        "jdbc:postgresql://db/flowhex?user=app&password=hunter2&ssl=true | jdbc:postgresql://db/flowhex?user=app&password=****&ssl=true",
        "jdbc:postgresql://db/flowhex?sslpassword=hunter2&sslmode=verify-full | jdbc:postgresql://db/flowhex?sslpassword=****&sslmode=verify-full",
        "jdbc:postgresql://db/flowhex?PASSWORD=hunter2 | jdbc:postgresql://db/flowhex?PASSWORD=****",
        "jdbc:postgresql://app:hunter2@db:5432/flowhex | jdbc:postgresql://app:****@db:5432/flowhex",
        "jdbc:postgresql://app:hunter2@db/flowhex?password=other | jdbc:postgresql://app:****@db/flowhex?password=****",
        "jdbc:h2:file:/data/flowhex;USER=sa;PASSWORD=hunter2;DB_CLOSE_ON_EXIT=FALSE | jdbc:h2:file:/data/flowhex;USER=sa;PASSWORD=****;DB_CLOSE_ON_EXIT=FALSE",
        "jdbc:sqlserver://db;user=app;pwd=hunter2 | jdbc:sqlserver://db;user=app;pwd=****",
        "jdbc:postgresql://db/flowhex?api_token=hunter2&secret=x | jdbc:postgresql://db/flowhex?api_token=****&secret=****",
        "jdbc:postgresql://db/flowhex?password= | jdbc:postgresql://db/flowhex?password=****",
    })
    void masks(String url, String shown) {
        assertThat(JdbcUrls.masked(url)).isEqualTo(shown).doesNotContain("hunter2");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("leave a URL without credentials as it is")
    @CsvSource(delimiter = '|', value = {
        "jdbc:postgresql://db:5432/flowhex?user=app&sslmode=require",
        "jdbc:h2:file:/data/flowhex;DB_CLOSE_ON_EXIT=FALSE",
        "jdbc:postgresql://[::1]:5432/flowhex",
        "jdbc:postgresql://app@db/flowhex",
    })
    void keeps(String url) {
        assertThat(JdbcUrls.masked(url)).isEqualTo(url);
    }
}
