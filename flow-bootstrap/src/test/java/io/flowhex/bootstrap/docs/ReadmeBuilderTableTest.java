package io.flowhex.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.FlowhexApplication;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's table of builder settings against the builder itself, so that a new setting cannot go unmentioned. */
class ReadmeBuilderTableTest {

    @Test
    @DisplayName("the README's builder table names every public setting of FlowhexApplication.Builder")
    void everySettingIsDocumented() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String table = readme.substring(readme.indexOf("| builder setting |"));
        table = table.substring(0, table.indexOf("\n\n"));

        List<String> settings = Arrays.stream(FlowhexApplication.Builder.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getReturnType() == FlowhexApplication.Builder.class)
                .map(Method::getName).distinct().toList();

        assertThat(settings).hasSizeGreaterThan(25);
        for (String setting : settings) {
            assertThat(table).as(setting).containsAnyOf("`" + setting + "(", "`" + setting + "`");
        }
    }
}
