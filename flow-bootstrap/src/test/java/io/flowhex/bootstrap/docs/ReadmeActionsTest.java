package io.flowhex.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.flowhex.application.port.in.CamsAction;
import io.flowhex.bootstrap.cli.CallCommand;
import io.flowhex.bootstrap.cli.Main;
import io.flowhex.bootstrap.server.FlowServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's "Every action, one request each" replayed: the server started through its own entry
 * point with the README's fixture file, the Flow JSON the README shows served from a local HTTP
 * server, and each {@code $ call ...} line run through the {@code call} command in order. Each answer
 * must have the README's {@code Code} and exactly its fields (values differ: request ids, tokens,
 * times, the port). With {@code -Dflowhex.readme.answers=FILE} the answers are also written there,
 * which is how the README's were taken.
 */
class ReadmeActionsTest {

    private static final String SECTION = "### Every action, one request each";
    private static final String README_FILES = "http://127.0.0.1:8000/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("every action's example runs against a real server and answers with the README's code and fields")
    void everyActionAnswersAsShown() throws Exception {
        String section = section(Files.readString(Path.of("../README.md")));
        List<String[]> examples = examples(section);
        assertThat(examples.stream().map(e -> words(e[0]).get(1)).distinct())
                .as("one example per action").containsExactlyInAnyOrderElementsOf(
                        List.of(CamsAction.values()).stream().map(CamsAction::wireName).toList());

        HttpServer files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] flowJson = flowJson(section).getBytes(StandardCharsets.UTF_8);
        files.createContext("/flow.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, flowJson.length);
            exchange.getResponseBody().write(flowJson);
            exchange.close();
        });
        files.start();
        Path fixtures = Path.of("src/test/resources/fixtures/valid.json");
        try (FlowServer server = Main.start(List.of("--port", "0", "--store", "memory", "--fixtures", fixtures.toString()),
                Map.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            StringBuilder record = new StringBuilder();
            List<String> answers = new ArrayList<>();
            List<Integer> exits = new ArrayList<>();
            for (String[] example : examples) {
                List<String> args = new ArrayList<>(List.of("--endpoint", "127.0.0.1:" + server.port(),
                        "--access-key-id", "LTAI5tFixtureRoot", "--access-key-secret", "FixtureRootSecret/+~*1"));
                words(example[0].replace(README_FILES, "http://127.0.0.1:" + files.getAddress().getPort() + "/"))
                        .stream().skip(1).forEach(args::add);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                exits.add(CallCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
                answers.add(out.toString(StandardCharsets.UTF_8).strip());
                record.append("$ ").append(example[0]).append('\n').append(answers.get(answers.size() - 1)).append('\n');
            }
            String recordTo = System.getProperty("flowhex.readme.answers");
            if (recordTo != null) {
                Files.writeString(Path.of(recordTo), record);
            }
            for (int i = 0; i < examples.size(); i++) {
                String[] example = examples.get(i);
                JsonNode actual = JSON.readTree(answers.get(i));
                JsonNode shown = JSON.readTree(example[1]);
                assertThat(actual.path("Code").asText()).as(example[0]).isEqualTo(shown.path("Code").asText());
                assertThat(exits.get(i)).as("exit code of %s", example[0])
                        .isEqualTo(shown.path("Code").asText().equals("OK") ? CallCommand.OK : CallCommand.ERROR_RESPONSE);
                assertThat(fields(actual, "")).as("the fields of the answer to %s", example[0])
                        .isEqualTo(fields(shown, ""));
            }
        } finally {
            files.stop(0);
        }
    }

    private static String section(String readme) {
        int from = readme.indexOf(SECTION);
        assertThat(from).as("the README has the section %s", SECTION).isNotNegative();
        int to = readme.indexOf("\n### ", from + SECTION.length());
        return readme.substring(from, to < 0 ? readme.length() : to);
    }

    /** Each {@code $ call} line (without {@code $ }) and the answer line after it. */
    private static List<String[]> examples(String section) {
        List<String[]> examples = new ArrayList<>();
        List<String> lines = section.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("$ call ")) {
                examples.add(new String[] {lines.get(i).substring(2), lines.get(i + 1)});
            }
        }
        return examples;
    }

    private static String flowJson(String section) {
        Matcher block = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(section);
        assertThat(block.find()).as("the section shows flow.json").isTrue();
        return block.group(1);
    }

    /** A shell line's words: blanks separate, single quotes group and are removed. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }

    /** Every field path of a JSON value, array items merged: {@code Data[].FlowId}. */
    private static TreeSet<String> fields(JsonNode node, String path) {
        TreeSet<String> paths = new TreeSet<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                paths.add(at);
                paths.addAll(fields(field.getValue(), at));
            });
        } else if (node.isArray()) {
            node.forEach(item -> paths.addAll(fields(item, path + "[]")));
        }
        return paths;
    }
}
