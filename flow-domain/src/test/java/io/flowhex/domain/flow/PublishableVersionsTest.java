package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The publishable Flow JSON versions")
class PublishableVersionsTest {

    @Test
    @DisplayName("default to 5.1, 6.0-6.3 and 7.0-7.3, and nothing older")
    void defaults() {
        assertThat(PublishableVersions.ofDefaults().versions()).extracting(SchemaVersion::value)
                .containsExactlyInAnyOrder("5.1", "6.0", "6.1", "6.2", "6.3", "7.0", "7.1", "7.2", "7.3");
        assertThat(PublishableVersions.ofDefaults().contains(new SchemaVersion("5.0"))).isFalse();
    }

    @Test
    @DisplayName("can be any non-empty set")
    void custom() {
        PublishableVersions only = PublishableVersions.of("3.0", "3.0");

        assertThat(only.contains(new SchemaVersion("3.0"))).isTrue();
        assertThat(only.contains(new SchemaVersion("7.3"))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new PublishableVersions(Set.of()))
                .withMessageContaining("at least one");
    }
}
