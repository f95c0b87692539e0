package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.testkit.Fixtures;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link FlowRepository} must do. */
public abstract class FlowRepositoryContract extends SeedingHooks {

    private static final Instant EXPIRY = Instant.parse("2026-03-01T10:15:30.123Z");

    /** The repository under test; may be the same instance for every test (ids never collide). */
    protected abstract FlowRepository flows();

    private Fixtures.FlowBuilder aFlow() {
        AccountId owner = Fixtures.accountId();
        SpaceId space = Fixtures.spaceId();
        givenAccount(Fixtures.account(owner, space));
        return Fixtures.flow(owner, space);
    }

    @Test
    @DisplayName("a saved flow is found by its id with every field as saved")
    void savedFlowIsFoundWithEveryField() {
        Flow flow = aFlow().categories(FlowCategory.SURVEY, FlowCategory.SIGN_IN, FlowCategory.OTHER)
                .status(FlowStatus.PUBLISHED).versions("2.1", "3.0")
                .preview("https://preview.example.com/p?x=1", EXPIRY).build();

        flows().save(flow);

        assertThat(flows().findById(flow.id())).contains(flow);
    }

    @Test
    @DisplayName("an unknown id finds nothing")
    void unknownIdFindsNothing() {
        assertThat(flows().findById(Fixtures.flowId())).isEmpty();
    }

    @Test
    @DisplayName("a flow without endpoint and preview keeps both absent")
    void absentOptionalsStayAbsent() {
        Flow flow = aFlow().endpoint(null).noPreview().build();

        flows().save(flow);

        Flow found = flows().findById(flow.id()).orElseThrow();
        assertThat(found.endpointUri()).isEmpty();
        assertThat(found.preview()).isEmpty();
    }

    @Test
    @DisplayName("saving a flow again replaces it, categories in their new order")
    void savingAgainReplaces() {
        Fixtures.FlowBuilder builder = aFlow().categories(FlowCategory.SIGN_UP, FlowCategory.SURVEY);
        flows().save(builder.build());
        Flow changed = builder.name("renamed").categories(FlowCategory.SURVEY, FlowCategory.SIGN_UP)
                .status(FlowStatus.DEPRECATED).endpoint(null).build();

        flows().save(changed);

        assertThat(flows().findById(changed.id())).contains(changed);
    }

    @Test
    @DisplayName("updating the preview changes the preview and nothing else")
    void updatePreviewChangesOnlyThePreview() {
        Flow flow = aFlow().preview("https://old.example.com/p", EXPIRY).build();
        flows().save(flow);
        Preview fresh = Preview.of("https://new.example.com/p?token=a%2Bb", EXPIRY.plusSeconds(86_400));

        boolean updated = flows().updatePreview(flow.id(), fresh);

        assertThat(updated).isTrue();
        assertThat(flows().findById(flow.id())).contains(flow.withPreview(fresh));
    }

    @Test
    @DisplayName("updating the preview of an unknown flow answers false and creates nothing")
    void updatePreviewOfUnknownFlow() {
        FlowId id = Fixtures.flowId();

        boolean updated = flows().updatePreview(id, Preview.of("https://p.example.com", EXPIRY));

        assertThat(updated).isFalse();
        assertThat(flows().findById(id)).isEmpty();
    }

    @Test
    @DisplayName("ids that differ only in leading zeros are different flows")
    void leadingZerosMatter() {
        String digits = Long.toString(Fixtures.next());
        Flow plain = aFlow().id(new FlowId(digits)).name("plain").build();
        Flow padded = aFlow().id(new FlowId("00" + digits)).name("padded").build();

        flows().save(plain);
        flows().save(padded);

        assertThat(flows().findById(plain.id())).contains(plain);
        assertThat(flows().findById(padded.id())).contains(padded);
    }

    @Test
    @DisplayName("hostile text in names, spaces and URLs is stored as data")
    void hostileTextIsData() {
        AccountId owner = Fixtures.accountId();
        SpaceId space = new SpaceId("cams-'%_\\\"--;" + Fixtures.next());
        givenAccount(Fixtures.account(owner, space));
        Flow flow = Fixtures.flow(owner, space)
                .name("Robert'); DROP TABLE flows;-- %_\\ \u00e9\u4e2d\ud83d\ude00 " + "x".repeat(150))
                .endpoint("https://example.com/e?q='%25_%5C&x=\u00e9")
                .preview("https://example.com/p?a='%22;--%25_", EXPIRY)
                .build();

        flows().save(flow);

        assertThat(flows().findById(flow.id())).contains(flow);
    }

    @Test
    @DisplayName("a 64-digit id is stored and found")
    void longestIdRoundTrips() {
        String tail = Long.toString(Fixtures.next());
        Flow flow = aFlow().id(new FlowId("1".repeat(64 - tail.length()) + tail)).build();

        flows().save(flow);

        assertThat(flows().findById(flow.id())).contains(flow);
    }
}
