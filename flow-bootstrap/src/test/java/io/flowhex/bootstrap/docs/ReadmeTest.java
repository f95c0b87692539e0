package io.flowhex.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.bootstrap.config.Setting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README stays true: every server setting and every error code is documented there. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("../README.md"));
    }

    @Test
    @DisplayName("the settings table lists every setting with its variable and default")
    void everySettingIsDocumented() throws IOException {
        String readme = readme();

        for (Setting setting : Setting.values()) {
            String defaultCell = setting.defaultValue().isEmpty() ? "—" : "`" + setting.defaultValue() + "`";
            assertThat(readme).as(setting.flag())
                    .contains("| `" + setting.flag() + "` | `" + setting.environmentVariable() + "` | " + defaultCell + " |");
        }
    }

    @Test
    @DisplayName("the error catalogue lists every code the application can answer")
    void everyCodeIsDocumented() throws IOException {
        String readme = readme();

        for (ErrorCode code : ErrorCode.values()) {
            String wire = code.code("FlowId");
            assertThat(readme).as(code.name()).contains("`" + wire + "`");
        }
    }
}
