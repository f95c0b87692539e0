package io.flowhex.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks that the README shows a test's example, between {@code // README:<name>:begin} and {@code :end}, unchanged. */
final class ReadmeSnippets {

    private ReadmeSnippets() {
    }

    static void assertReadmeShows(String testFile, String name) throws IOException {
        String begin = "// README:" + name + ":begin";
        String source = Files.readString(Path.of("src/test/java/io/flowhex/bootstrap/docs/" + testFile));
        String example = source.substring(source.indexOf(begin) + begin.length(),
                source.indexOf("        // README:" + name + ":end"));
        String readme = Files.readString(Path.of("../README.md"));

        String unindented = example.lines().map(line -> line.startsWith("        ") ? line.substring(8) : line)
                .reduce("", (a, b) -> a + b + "\n").strip();
        assertThat(readme).contains(unindented);
    }
}
