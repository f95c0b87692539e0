package io.flowhex.bootstrap.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The README's error catalogue names every code the attack suite accepts from the server
 * ({@link ErrorContract#DOCUMENTED}); since the suite fails on any other code, every code a client can
 * meet is in the catalogue.
 */
class ErrorCatalogueTest {

    @Test
    @DisplayName("the README's error catalogue lists every code the server may answer")
    void everyAnsweredCodeIsCatalogued() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int from = readme.indexOf("## Error catalogue");
        assertThat(from).as("the README has an error catalogue").isNotNegative();
        String catalogue = readme.substring(from, readme.indexOf("\n## ", from + 1));

        assertThat(ErrorContract.DOCUMENTED.keySet()).allSatisfy(code ->
                assertThat(catalogue).as(code).contains("`" + code + "`"));
    }
}
