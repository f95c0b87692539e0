package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FlowRepository;
import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowCategory;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowStatus;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.testkit.Fixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FlowRepository} must do: here finding, saving and creating; in the nested parts
 * the compare-and-set changes ({@link FlowChangesContract}), the listing ({@link FlowListingContract})
 * and concurrent writers ({@link FlowRacesContract}). An adapter's test extends this class alone.
 */
public abstract class FlowRepositoryContract extends FlowContractParts {

    private static final Instant EXPIRY = Instant.parse("2026-03-01T10:15:30.123Z");

    @Nested
    @DisplayName("changes a flow only from the revision it was read at")
    class Changes extends FlowChangesContract {
        Changes() {
            super(FlowRepositoryContract.this);
        }
    }

    @Nested
    @DisplayName("lists an account's flows")
    class Listing extends FlowListingContract {
        Listing() {
            super(FlowRepositoryContract.this);
        }
    }

    @Nested
    @DisplayName("publishes in one step exactly what the domain publishes")
    class Publication extends FlowPublicationContract {
        Publication() {
            super(FlowRepositoryContract.this);
        }
    }

    @Nested
    @DisplayName("lets exactly one of two concurrent writers win")
    class Races extends FlowRacesContract {
        Races() {
            super(FlowRepositoryContract.this);
        }
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

    @Test
    @DisplayName("a created flow is found with its creation time, revision and absent versions as created, and answers DONE")
    void createdFlowIsFound() {
        Flow flow = aFlow().revision(3).build();

        assertThat(flows().create(flow)).isEqualTo(WriteResult.DONE);

        assertThat(flows().findById(flow.id())).contains(flow);
    }

    @Test
    @DisplayName("creating a flow whose id is taken answers ID_TAKEN and leaves the stored flow alone, even when its name is taken too")
    void createWithTakenId() {
        Flow stored = created();
        Flow sameId = aFlow().id(stored.id()).build();
        Flow sameIdAndName = Fixtures.flow(stored.owner(), stored.space()).id(stored.id()).name(stored.name().value())
                .status(FlowStatus.PUBLISHED).build();

        assertThat(flows().create(sameId)).isEqualTo(WriteResult.ID_TAKEN);
        assertThat(flows().create(sameIdAndName)).isEqualTo(WriteResult.ID_TAKEN);

        assertThat(flows().findById(stored.id())).contains(stored);
    }

    @Test
    @DisplayName("creating a flow whose name its account and space already have answers NAME_TAKEN and stores nothing")
    void createWithTakenName() {
        Flow stored = created();
        Flow rival = Fixtures.flow(stored.owner(), stored.space()).name(stored.name().value()).build();

        assertThat(flows().create(rival)).isEqualTo(WriteResult.NAME_TAKEN);

        assertThat(flows().findById(rival.id())).isEmpty();
        assertThat(flows().findById(stored.id())).contains(stored);
    }

    @Test
    @DisplayName("a name is unique per account and space only, compared exactly: case and spaces make another name")
    void nameUniquenessIsPerAccountAndSpaceAndExact() {
        Flow stored = created(aFlow().name("Sign up").build());
        SpaceId otherSpace = Fixtures.spaceId();
        givenAccount(Fixtures.account(stored.owner(), stored.space(), otherSpace));

        List<Flow> others = List.of(
                Fixtures.flow(stored.owner(), otherSpace).name("Sign up").build(),
                aFlow().name("Sign up").build(),
                Fixtures.flow(stored.owner(), stored.space()).name("sign up").build(),
                Fixtures.flow(stored.owner(), stored.space()).name("Sign up ").build(),
                Fixtures.flow(stored.owner(), stored.space()).name("Sign\u00a0up").build());

        for (Flow other : others) {
            assertThat(flows().create(other)).as("creating %s", other.name()).isEqualTo(WriteResult.DONE);
            assertThat(flows().findById(other.id())).contains(other);
        }
    }

    @Test
    @DisplayName("saving answers DONE, and NAME_TAKEN without writing when another flow of the account and space has the name")
    void saveKeepsNamesUnique() {
        Flow stored = created();
        Fixtures.FlowBuilder other = Fixtures.flow(stored.owner(), stored.space());
        Flow otherFlow = other.build();
        assertThat(flows().save(otherFlow)).isEqualTo(WriteResult.DONE);

        assertThat(flows().save(other.name(stored.name().value()).build())).isEqualTo(WriteResult.NAME_TAKEN);
        Flow newcomer = Fixtures.flow(stored.owner(), stored.space()).name(stored.name().value()).build();
        assertThat(flows().save(newcomer)).isEqualTo(WriteResult.NAME_TAKEN);

        assertThat(flows().findById(otherFlow.id())).contains(otherFlow);
        assertThat(flows().findById(newcomer.id())).isEmpty();
        assertThat(flows().save(stored)).as("saving a flow under its own name").isEqualTo(WriteResult.DONE);
    }

    @Test
    @DisplayName("a flow without a Flow JSON, and an unknown flow, have no asset")
    void noAsset() {
        Flow flow = created();

        assertThat(flows().findAsset(flow.id())).isEmpty();
        assertThat(flows().findAsset(Fixtures.flowId())).isEmpty();
    }
}
