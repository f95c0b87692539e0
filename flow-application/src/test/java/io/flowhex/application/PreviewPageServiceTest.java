package io.flowhex.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flowhex.application.port.in.ErrorCode;
import io.flowhex.application.port.in.FlowApiException;
import io.flowhex.application.port.in.PreviewPage;
import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.StoreUnavailableException;
import io.flowhex.application.preview.SignedPreviewLinks;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SchemaVersion;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The preview page use case")
class PreviewPageServiceTest {

    private static final AccountId ACCOUNT = new AccountId("1000000000000001");
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final URI BASE = URI.create("http://127.0.0.1:8080");
    private static final byte[] KEY = "flowhex-preview-signing-key-for-unit-tests".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern LINK = Pattern.compile(".*/flows/([0-9]+)/preview\\?expires=([0-9]+)&token=(.+)");
    private static final byte[] FILE = "{\"version\":\"6.0\",\"screens\":[]}".getBytes(StandardCharsets.UTF_8);

    private final MapStores stores = new MapStores();
    private final Flow flow = TestFlows.draft("926753328126430", ACCOUNT);

    private FlowhexApplication appAt(Instant now) {
        return FlowhexApplication.custom().stores(stores).clock(Clock.fixed(now, ZoneOffset.UTC))
                .previewBaseUrl(BASE).previewSigningKey(KEY).build();
    }

    /** A link made apart from the application, by an issuer holding the same key. */
    private static Matcher issuedLink(Flow flow) {
        Preview preview = SignedPreviewLinks.create(BASE, KEY, SignedPreviewLinks.DEFAULT_VALIDITY).issue(flow, NOW);
        Matcher parts = LINK.matcher(preview.url().toString());
        assertThat(parts.matches()).isTrue();
        return parts;
    }

    private static Optional<PreviewPage> open(FlowhexApplication app, Matcher link) {
        return app.previewPage().open(FlowId.of(link.group(1)), Long.parseLong(link.group(2)), link.group(3));
    }

    @Test
    @DisplayName("opens a link of the same key: the flow as it is now, with its stored file byte for byte")
    void opensTheFlowAndItsFile() {
        stores.flows().save(flow);
        FlowAsset asset = FlowAsset.of(FILE, FlowJsonCheck.valid(new SchemaVersion("6.0"), Optional.empty()));
        stores.flows().updateWithAsset(flow, flow.revision(), asset);

        PreviewPage page = open(appAt(NOW), issuedLink(flow)).orElseThrow();

        assertThat(page.flowId()).isEqualTo(flow.id());
        assertThat(page.name()).isEqualTo(flow.name());
        assertThat(page.status()).isEqualTo(FlowStatus.DRAFT);
        assertThat(page.categories()).isEqualTo(flow.categories());
        assertThat(page.flowJson()).hasValueSatisfying(file -> assertThat(file.content()).isEqualTo(FILE));
    }

    @Test
    @DisplayName("a flow without a file opens with no Flow JSON")
    void noFile() {
        stores.flows().save(flow);

        assertThat(open(appAt(NOW), issuedLink(flow))).hasValueSatisfying(page -> assertThat(page.flowJson()).isEmpty());
    }

    @Test
    @DisplayName("a link of another flow, a changed expiry, a forged token, an expired link or a deleted flow open nothing")
    void refusals() {
        Flow other = TestFlows.draft("926753328126431", ACCOUNT);
        stores.flows().save(flow);
        stores.flows().save(other);
        Matcher link = issuedLink(flow);
        long expires = Long.parseLong(link.group(2));
        FlowhexApplication app = appAt(NOW);

        assertThat(app.previewPage().open(other.id(), expires, link.group(3))).isEmpty();
        assertThat(app.previewPage().open(flow.id(), expires + 1, link.group(3))).isEmpty();
        assertThat(app.previewPage().open(flow.id(), expires, "A" + link.group(3).substring(1))).isEmpty();
        assertThat(app.previewPage().open(flow.id(), expires, "")).isEmpty();
        assertThat(open(appAt(Instant.ofEpochMilli(expires - 1)), link)).isPresent();
        assertThat(open(appAt(Instant.ofEpochMilli(expires)), link)).isEmpty();
        stores.flows().delete(flow.id(), flow.revision());
        assertThat(open(app, link)).isEmpty();
    }

    @Test
    @DisplayName("a replaced issuer that does not check links opens none, even with the default key's token")
    void customIssuerOpensNothing() {
        stores.flows().save(flow);
        FlowhexApplication app = FlowhexApplication.custom().stores(stores).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .previewSigningKey(KEY).previewLinks((f, now) -> new Preview(URI.create("https://elsewhere.example/p"),
                        now.plusSeconds(60))).build();

        assertThat(open(app, issuedLink(flow))).isEmpty();
    }

    @Test
    @DisplayName("a store that does not answer is ServiceUnavailable, after the token was checked")
    void storeDown() {
        FlowRepository down = (FlowRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {FlowRepository.class}, (proxy, method, args) -> {
                    throw new StoreUnavailableException("store down");
                });
        FlowhexApplication app = FlowhexApplication.custom().stores(stores).flows(down)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).previewBaseUrl(BASE).previewSigningKey(KEY).build();
        Matcher link = issuedLink(flow);

        FlowApiException thrown = catchThrowableOfType(FlowApiException.class, () -> open(app, link));

        assertThat(thrown.errorCode()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        // a forged token is refused before the store is asked
        assertThat(app.previewPage().open(flow.id(), Long.parseLong(link.group(2)), "forged")).isEmpty();
    }
}
