package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A stored Flow JSON file")
class FlowAssetTest {

    private static final FlowJsonCheck VALID = FlowJsonCheck.valid(new SchemaVersion("7.3"), Optional.empty());

    @Test
    @DisplayName("keeps its bytes exactly, copied in and out")
    void copiesBytes() {
        byte[] source = "{\"version\":\"7.3\"}".getBytes(StandardCharsets.UTF_8);
        FlowAsset asset = FlowAsset.of(source, VALID);

        source[0] = 'X';
        byte[] out = asset.content();
        out[1] = 'Y';

        assertThat(asset.content()).isEqualTo("{\"version\":\"7.3\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(asset.size()).isEqualTo(17);
        assertThat(asset.check()).isEqualTo(VALID);
    }

    @Test
    @DisplayName("knows the SHA-256 of its bytes")
    void sha256() {
        assertThat(FlowAsset.of("abc".getBytes(StandardCharsets.US_ASCII), VALID).sha256())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(FlowAsset.of(new byte[0], VALID).sha256())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    @DisplayName("is equal to another by content and check, and shows neither bytes nor text in toString")
    void equality() {
        byte[] bytes = "{\"secret\":1}".getBytes(StandardCharsets.UTF_8);
        FlowJsonCheck invalid = new FlowJsonCheck(Optional.empty(), Optional.empty(),
                List.of(new FlowJsonError(FlowJsonErrorCode.MISSING_FLOW_JSON_VERSION, "no version", "")));

        assertThat(FlowAsset.of(bytes, VALID)).isEqualTo(FlowAsset.of(bytes.clone(), VALID))
                .hasSameHashCodeAs(FlowAsset.of(bytes.clone(), VALID))
                .isNotEqualTo(FlowAsset.of(bytes, invalid))
                .isNotEqualTo(FlowAsset.of(new byte[] {1}, VALID));
        assertThat(FlowAsset.of(bytes, invalid).toString()).doesNotContain("secret").contains("size=12", "valid=false");
    }

    @Test
    @DisplayName("holds at most 10 MiB")
    void sizeLimit() {
        assertThat(FlowAsset.of(new byte[FlowAsset.MAX_BYTES], VALID).size()).isEqualTo(10 * 1024 * 1024);
        assertThatIllegalArgumentException().isThrownBy(() -> FlowAsset.of(new byte[FlowAsset.MAX_BYTES + 1], VALID))
                .withMessageContaining("at most");
    }
}
