package io.flowhex.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.adapter.inmemory.InMemoryStores;
import io.flowhex.application.FlowhexApplication;
import io.flowhex.application.port.in.ProvisionUseCase;
import io.flowhex.bootstrap.fixtures.FixtureImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's fixture example is the file the tests import, and it uses ids of its own. */
class FixtureExampleTest {

    private static Path valid() throws Exception {
        return Path.of(FixtureExampleTest.class.getResource("/fixtures/valid.json").toURI());
    }

    /** The first JSON block after the README's fixtures heading. */
    private static String readmeExample() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        int section = readme.indexOf("### Fixtures");
        int start = readme.indexOf("```json\n", section) + "```json\n".length();
        return readme.substring(start, readme.indexOf("```", start));
    }

    @Test
    @DisplayName("the README shows the fixture file the tests import, unchanged")
    void readmeShowsTheTestedFile() throws Exception {
        assertThat(readmeExample()).isEqualTo(Files.readString(valid()));
    }

    @Test
    @DisplayName("the example shares no id with the demo data: imported beside it, it changes nothing of the demo's")
    void idsOfItsOwn() throws Exception {
        ProvisionUseCase provision = FlowhexApplication.custom().stores(InMemoryStores.create()).build().provision();
        DemoData.Credentials demo = DemoData.ensure(provision);

        FixtureImporter.Summary summary = new FixtureImporter(provision).importFile(valid());

        assertThat(readmeExample()).doesNotContain(DemoData.ACCOUNT.value(), DemoData.FLOW.value(),
                DemoData.KEY.value(), DemoData.SPACE.value());
        assertThat(summary.replaced()).isZero();
        assertThat(DemoData.ensure(provision)).isEqualTo(demo);
        assertThat(provision.findFlow(DemoData.FLOW).orElseThrow().owner()).isEqualTo(DemoData.ACCOUNT);
    }
}
