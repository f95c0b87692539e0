package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.application.port.out.FlowRepository.WriteResult;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
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
