package io.flowhex.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What IDEs show for flowhex.* (the processor's output, with the defaults it cannot work out itself). */
@DisplayName("the generated configuration metadata")
class ConfigurationMetadataTest {

    /** Properties whose default is "unset": the code works one out (a random key, the endpoint's address, every host). */
    private static final List<String> NO_DEFAULT = List.of("flowhex.action-qps", "flowhex.links.public-base-url",
            "flowhex.links.signing-key", "flowhex.asset-fetch.allowed-hosts", "flowhex.server.trusted-proxies");

    @Test
    @DisplayName("documents every property, and each default in it is the one the code applies")
    void defaultsAreTrue() throws IOException {
        List<Map<String, Object>> properties = read();
        Map<String, Object> defaults = new LinkedHashMap<>();
        List<String> withoutDefault = new ArrayList<>();
        for (Map<String, Object> property : properties) {
            String name = (String) property.get("name");
            assertThat((String) property.get("description")).as(name).isNotBlank();
            if (property.containsKey("defaultValue")) {
                Object value = property.get("defaultValue");
                defaults.put(name, value instanceof List<?> list ? String.join(",", list.stream().map(Object::toString).toList()) : value.toString());
            } else {
                withoutDefault.add(name);
            }
        }

        FlowhexProperties bound = new Binder(new MapConfigurationPropertySource(defaults))
                .bindOrCreate("flowhex", FlowhexProperties.class);

        assertThat(properties).hasSizeGreaterThan(35);
        assertThat(withoutDefault).containsExactlyInAnyOrderElementsOf(NO_DEFAULT);
        assertThat(bound).usingRecursiveComparison().isEqualTo(new FlowhexProperties());
    }

    @Test
    @DisplayName("is the README's property table: every property with its default")
    void readmeTable() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));

        for (Map<String, Object> property : read()) {
            Object value = property.get("defaultValue");
            String cell = value == null ? "—" : "`" + (value instanceof List<?> list
                    ? String.join(",", list.stream().map(Object::toString).toList()) : value) + "`";
            assertThat(readme).as((String) property.get("name"))
                    .contains("| `" + property.get("name") + "` | " + cell + " | ");
        }
    }

    private static List<Map<String, Object>> read() throws IOException {
        try (InputStream json = ConfigurationMetadataTest.class
                .getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            return JsonPath.read(json, "$.properties[?(@.name =~ /flowhex\\..*/)]");
        }
    }
}
