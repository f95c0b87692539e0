package io.flowhex.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flowhex.bootstrap.config.LogFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LoggingSetupTest {

    private final PrintStream original = System.err;

    @AfterEach
    void restore() {
        System.setErr(original);
        LoggingSetup.configure(LogFormat.TEXT);
    }

    /**
     * Logs one line, then stops the asynchronous appender, which hands every queued line to the
     * console before it returns; the next {@code configure} builds a new one.
     */
    private String logOneLine(LogFormat format) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        LoggingSetup.configure(format);
        LoggerFactory.getLogger("io.flowhex.access").info("requestId={} code={}", "REQ-1", "OK",
                new IllegalStateException("must not be printed"));
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).getAppender("ASYNC").stop();
        return captured.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("the JSON format writes one JSON object per line with level, logger and message, and no stack trace")
    void jsonLines() throws Exception {
        String output = logOneLine(LogFormat.JSON);

        JsonNode line = new ObjectMapper().readTree(output.lines().filter(l -> l.contains("REQ-1")).findFirst().orElseThrow());
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("loggerName").asText()).isEqualTo("io.flowhex.access");
        assertThat(line.path("formattedMessage").asText()).isEqualTo("requestId=REQ-1 code=OK");
        assertThat(output).doesNotContain("must not be printed").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("the text format writes a timestamped line and no stack trace")
    void textLines() throws Exception {
        String output = logOneLine(LogFormat.TEXT);

        assertThat(output).containsPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z INFO  \\[.*\\] io.flowhex.access - requestId=REQ-1 code=OK");
        assertThat(output).doesNotContain("must not be printed").doesNotContain("\tat ");
    }
}
