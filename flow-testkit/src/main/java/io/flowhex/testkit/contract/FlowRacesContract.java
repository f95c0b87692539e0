package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FlowRepository.CheckedFlow;
import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.PublishableVersions;
import io.flowhex.testkit.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two writers at once on one flow or one name, {@value #ROUNDS} rounds each: exactly one wins, and
 * what is stored afterwards is all of the winner's write and nothing of the loser's. Part of
 * {@link FlowRepositoryContract}.
 */
abstract class FlowRacesContract extends FlowContractParts.Part {

    FlowRacesContract(FlowContractParts host) {
        super(host);
    }

    static final int ROUNDS = 200;

    @Test
    @DisplayName("two creations of one name: one DONE, one NAME_TAKEN, and only the winner stored")
    void createsOfOneName() throws Exception {
        try (TwoWriters writers = new TwoWriters()) {
            for (int round = 0; round < ROUNDS; round++) {
                Fixtures.FlowBuilder sameName = aFlow();
                Flow one = sameName.build();
                Flow two = sameName.id(Fixtures.flowId()).build();

                TwoWriters.Outcome<WriteResult, WriteResult> outcome =
                        writers.race(() -> flows().create(one), () -> flows().create(two));

                assertThat(List.of(outcome.first(), outcome.second())).as("round %d", round)
                        .containsExactlyInAnyOrder(WriteResult.DONE, WriteResult.NAME_TAKEN);
                boolean firstWon = outcome.first() == WriteResult.DONE;
                assertThat(flows().findById(one.id())).isEqualTo(firstWon ? Optional.of(one) : Optional.empty());
                assertThat(flows().findById(two.id())).isEqualTo(firstWon ? Optional.empty() : Optional.of(two));
            }
        }
    }

    @Test
    @DisplayName("two updates from one revision: one DONE, one CONFLICT, and the winner's flow stored")
    void updatesFromOneRevision() throws Exception {
        try (TwoWriters writers = new TwoWriters()) {
            for (int round = 0; round < ROUNDS; round++) {
                Flow flow = created();
                Flow one = renamed(flow, "one " + round);
                Flow two = renamed(flow, "two " + round);

                TwoWriters.Outcome<WriteResult, WriteResult> outcome = writers.race(
                        () -> flows().update(one, flow.revision()), () -> flows().update(two, flow.revision()));

                assertThat(List.of(outcome.first(), outcome.second())).as("round %d", round)
                        .containsExactlyInAnyOrder(WriteResult.DONE, WriteResult.CONFLICT);
                Flow winner = outcome.first() == WriteResult.DONE ? one : two;
                assertThat(flows().findById(flow.id())).as("round %d", round).contains(winner);
            }
        }
    }

    @Test
    @DisplayName("an update and a delete from one revision: one wins, and the flow and its file are as the winner left them")
    void updateAgainstDelete() throws Exception {
        try (TwoWriters writers = new TwoWriters()) {
            for (int round = 0; round < ROUNDS; round++) {
                Flow flow = created();
                FlowAsset asset = validAsset("before " + round);
                Flow current = withFlowJson(flow, asset);
                flows().updateWithAsset(current, flow.revision(), asset);
                Flow next = renamed(current, "updated " + round);

                TwoWriters.Outcome<WriteResult, WriteResult> outcome = writers.race(
                        () -> flows().update(next, current.revision()),
                        () -> flows().delete(flow.id(), current.revision()));

                assertAsTheWinnerLeftIt(round, outcome, next, asset);
            }
        }
    }

    @Test
    @DisplayName("an update with a Flow JSON and a delete from one revision: the flow and its file both stay, or both go")
    void updateWithAssetAgainstDelete() throws Exception {
        try (TwoWriters writers = new TwoWriters()) {
            for (int round = 0; round < ROUNDS; round++) {
                Flow flow = created();
                FlowAsset asset = validAsset("racing " + round);
                Flow next = withFlowJson(flow, asset);

                TwoWriters.Outcome<WriteResult, WriteResult> outcome = writers.race(
                        () -> flows().updateWithAsset(next, flow.revision(), asset),
                        () -> flows().delete(flow.id(), flow.revision()));

                assertAsTheWinnerLeftIt(round, outcome, next, asset);
            }
        }
    }

    @Test
    @DisplayName("two publications of one DRAFT in one step: exactly one publishes, and the flow is published once")
    void twoPublications() throws Exception {
        try (TwoWriters writers = new TwoWriters()) {
            for (int round = 0; round < ROUNDS; round++) {
                Flow draft = publishableDraft(round);

                TwoWriters.Outcome<Boolean, Boolean> outcome = writers.race(() -> publish(draft), () -> publish(draft));

                assertThat(List.of(outcome.first(), outcome.second())).as("round %d", round)
                        .containsExactlyInAnyOrder(true, false);
                assertThat(flows().findById(draft.id())).as("round %d", round).contains(published(draft));
            }
        }
    }

    @Test
    @DisplayName("a publication in one step and an upload of an invalid file: never a published flow with that file")
    void publicationAgainstInvalidUpload() throws Exception {
        try (TwoWriters writers = new TwoWriters()) {
            for (int round = 0; round < ROUNDS; round++) {
                Flow draft = publishableDraft(round);
                FlowAsset invalid = invalidAsset();
                Flow uploaded = withFlowJson(draft, invalid);

                TwoWriters.Outcome<Boolean, WriteResult> outcome = writers.race(() -> publish(draft),
                        () -> flows().updateWithAsset(uploaded, draft.revision(), invalid));

                if (outcome.first()) {
                    assertThat(outcome.second()).as("round %d: published first", round).isEqualTo(WriteResult.CONFLICT);
                    assertThat(flows().findWithFlowJsonCheck(draft.id()).map(CheckedFlow::flow))
                            .as("round %d", round).contains(published(draft));
                    assertThat(flows().findAsset(draft.id()).map(FlowAsset::check).map(FlowJsonCheck::isValid))
                            .as("round %d", round).contains(true);
                } else {
                    assertThat(outcome.second()).as("round %d: uploaded first", round).isEqualTo(WriteResult.DONE);
                    assertThat(flows().findById(draft.id())).as("round %d", round).contains(uploaded);
                    FlowChangesContract.assertSameFile(flows().findAsset(draft.id()), invalid);
                }
            }
        }
    }

    @Test
    @DisplayName("a publication in one step and a delete from one revision: one wins, and the flow is as the winner left it")
    void publicationAgainstDelete() throws Exception {
        try (TwoWriters writers = new TwoWriters()) {
            for (int round = 0; round < ROUNDS; round++) {
                Flow draft = publishableDraft(round);

                TwoWriters.Outcome<Boolean, WriteResult> outcome = writers.race(() -> publish(draft),
                        () -> flows().delete(draft.id(), draft.revision()));

                assertThat(outcome.first()).as("round %d", round).isEqualTo(outcome.second() == WriteResult.CONFLICT);
                assertThat(flows().findById(draft.id())).as("round %d", round)
                        .isEqualTo(outcome.first() ? Optional.of(published(draft)) : Optional.empty());
            }
        }
    }

    /** A new DRAFT with a valid file of a publishable version, stored. */
    private Flow publishableDraft(int round) {
        Flow flow = created();
        FlowAsset asset = validAsset("publishable " + round);
        Flow draft = withFlowJson(flow, asset);
        assertThat(flows().updateWithAsset(draft, flow.revision(), asset)).isEqualTo(WriteResult.DONE);
        return draft;
    }

    private boolean publish(Flow draft) {
        return flows().publishIfAccepted(draft.id(), draft.owner(), Optional.empty(), PublishableVersions.ofDefaults());
    }

    private static Flow published(Flow draft) {
        return draft.publish(Optional.of(validAsset("any").check()), PublishableVersions.ofDefaults());
    }

    /**
     * Checks one round of an update (first writer) against a delete (second): exactly one won, and
     * the store holds all of the update (flow {@code next}, file {@code asset}) or nothing of the flow.
     */
    private void assertAsTheWinnerLeftIt(int round, TwoWriters.Outcome<WriteResult, WriteResult> outcome, Flow next,
            FlowAsset asset) {
        assertThat(List.of(outcome.first(), outcome.second())).as("round %d", round)
                .containsExactlyInAnyOrder(WriteResult.DONE, WriteResult.CONFLICT);
        if (outcome.first() == WriteResult.DONE) {
            assertThat(flows().findById(next.id())).as("round %d: updated", round).contains(next);
            FlowChangesContract.assertSameFile(flows().findAsset(next.id()), asset);
        } else {
            assertThat(flows().findById(next.id())).as("round %d: deleted", round).isEmpty();
            assertThat(flows().findAsset(next.id())).as("round %d: deleted", round).isEmpty();
        }
    }
}
