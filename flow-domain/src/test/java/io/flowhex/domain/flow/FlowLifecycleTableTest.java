package io.flowhex.domain.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flowhex.domain.account.AccountId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every action in every status, against the table of {@code flow-lifecycle.md}: the resulting status,
 * or the rule that refuses. The publication rows use a Flow JSON that publishes; its own conditions
 * are in {@link FlowPublicationTest}.
 */
@DisplayName("The flow lifecycle table")
class FlowLifecycleTableTest {

    private static final FlowName NEW_NAME = new FlowName("renamed");
    private static final FlowCategories NEW_CATEGORIES = FlowCategories.of(FlowCategory.SURVEY);
    private static final FlowJsonCheck PUBLISHABLE_JSON = FlowJsonCheck.valid(new SchemaVersion("7.3"),
            Optional.of(new SchemaVersion("3.0")));

    /** Each action as one call on a flow; DELETE answers the flow itself when it may go. */
    enum Action {
        MODIFY_REVERT(f -> f.modify(NEW_NAME, NEW_CATEGORIES, Optional.empty(), EditPublishedRule.REVERT_TO_DRAFT)),
        MODIFY_REFUSE(f -> f.modify(NEW_NAME, NEW_CATEGORIES, Optional.empty(), EditPublishedRule.REFUSE)),
        UPDATE_JSON_REVERT(f -> f.updateFlowJson(PUBLISHABLE_JSON, EditPublishedRule.REVERT_TO_DRAFT)),
        UPDATE_JSON_REFUSE(f -> f.updateFlowJson(PUBLISHABLE_JSON, EditPublishedRule.REFUSE)),
        PUBLISH(f -> f.publish(Optional.of(PUBLISHABLE_JSON), PublishableVersions.ofDefaults())),
        DEPRECATE(Flow::deprecate),
        DELETE(f -> {
            f.checkDeletable();
            return f;
        }),
        THROTTLE(Flow::throttle),
        UNTHROTTLE(Flow::unthrottle),
        BLOCK(Flow::block),
        UNBLOCK(Flow::unblock),
        OPERATOR_SETS_DRAFT(f -> f.setByOperator(FlowStatus.DRAFT)),
        OPERATOR_SETS_PUBLISHED(f -> f.setByOperator(FlowStatus.PUBLISHED)),
        OPERATOR_SETS_THROTTLED(f -> f.setByOperator(FlowStatus.THROTTLED)),
        OPERATOR_SETS_BLOCKED(f -> f.setByOperator(FlowStatus.BLOCKED)),
        OPERATOR_SETS_DEPRECATED(f -> f.setByOperator(FlowStatus.DEPRECATED));

        final UnaryOperator<Flow> call;

        Action(UnaryOperator<Flow> call) {
            this.call = call;
        }
    }

    /*
     * action | DRAFT | PUBLISHED | THROTTLED | BLOCKED | DEPRECATED; a status is where the flow goes
     * ("DELETED" for a flow DeleteFlow may remove), any other word is the LifecycleRefusal.
     */
    private static final String TABLE = """
            MODIFY_REVERT            DRAFT                      DRAFT                     DRAFT                     DRAFT                     UPDATE_DEPRECATED
            MODIFY_REFUSE            DRAFT                      UPDATE_PUBLISHED          UPDATE_PUBLISHED          UPDATE_PUBLISHED          UPDATE_DEPRECATED
            UPDATE_JSON_REVERT       DRAFT                      DRAFT                     DRAFT                     DRAFT                     UPDATE_DEPRECATED
            UPDATE_JSON_REFUSE       DRAFT                      UPDATE_PUBLISHED          UPDATE_PUBLISHED          UPDATE_PUBLISHED          UPDATE_DEPRECATED
            PUBLISH                  PUBLISHED                  PUBLISH_INVALID_STATE     PUBLISH_INVALID_STATE     PUBLISH_INVALID_STATE     PUBLISH_INVALID_STATE
            DEPRECATE                DEPRECATE_UNPUBLISHED      DEPRECATED                DEPRECATED                DEPRECATED                DEPRECATE_ALREADY_DEPRECATED
            DELETE                   DELETED                    DELETE_PUBLISHED          DELETE_PUBLISHED          DELETE_PUBLISHED          DELETE_DEPRECATED
            THROTTLE                 THROTTLE_NOT_PUBLISHED     THROTTLED                 THROTTLE_NOT_PUBLISHED    THROTTLE_NOT_PUBLISHED    THROTTLE_NOT_PUBLISHED
            UNTHROTTLE               UNTHROTTLE_NOT_THROTTLED   UNTHROTTLE_NOT_THROTTLED  PUBLISHED                 UNTHROTTLE_NOT_THROTTLED  UNTHROTTLE_NOT_THROTTLED
            BLOCK                    BLOCK_NOT_THROTTLED        BLOCK_NOT_THROTTLED       BLOCKED                   BLOCK_NOT_THROTTLED       BLOCK_NOT_THROTTLED
            UNBLOCK                  UNBLOCK_NOT_BLOCKED        UNBLOCK_NOT_BLOCKED       UNBLOCK_NOT_BLOCKED       THROTTLED                 UNBLOCK_NOT_BLOCKED
            OPERATOR_SETS_DRAFT      OPERATOR_CANNOT_SET_DRAFT  OPERATOR_CANNOT_SET_DRAFT OPERATOR_CANNOT_SET_DRAFT OPERATOR_CANNOT_SET_DRAFT OPERATOR_CANNOT_SET_DRAFT
            OPERATOR_SETS_PUBLISHED  UNTHROTTLE_NOT_THROTTLED   UNTHROTTLE_NOT_THROTTLED  PUBLISHED                 UNTHROTTLE_NOT_THROTTLED  UNTHROTTLE_NOT_THROTTLED
            OPERATOR_SETS_THROTTLED  THROTTLE_NOT_PUBLISHED     THROTTLED                 THROTTLE_NOT_PUBLISHED    THROTTLED                 THROTTLE_NOT_PUBLISHED
            OPERATOR_SETS_BLOCKED    BLOCK_NOT_THROTTLED        BLOCK_NOT_THROTTLED       BLOCKED                   BLOCK_NOT_THROTTLED       BLOCK_NOT_THROTTLED
            OPERATOR_SETS_DEPRECATED DEPRECATE_UNPUBLISHED      DEPRECATED                DEPRECATED                DEPRECATED                DEPRECATE_ALREADY_DEPRECATED
            """;

    private static final List<FlowStatus> COLUMNS = List.of(FlowStatus.DRAFT, FlowStatus.PUBLISHED,
            FlowStatus.THROTTLED, FlowStatus.BLOCKED, FlowStatus.DEPRECATED);

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (String line : TABLE.strip().split("\n")) {
            String[] words = line.trim().split("\\s+");
            for (int column = 0; column < COLUMNS.size(); column++) {
                cells.add(Arguments.of(Action.valueOf(words[0]), COLUMNS.get(column), words[column + 1]));
            }
        }
        return cells.stream();
    }

    private static Flow flowIn(FlowStatus status) {
        return new Flow(FlowId.of("1000000000000042"), new AccountId("1000000000000001"), new SpaceId("cams-a"),
                new FlowName("original"), FlowCategories.of(FlowCategory.SIGN_UP), status,
                Optional.of(new SchemaVersion("6.0")), Optional.empty(),
                Optional.of(EndpointUri.parse("https://example.com/data")), Optional.empty(),
                Instant.parse("2026-01-02T03:04:05Z"), 41);
    }

    @Test
    @DisplayName("has exactly one row per action and a column per status")
    void tableIsComplete() {
        Set<String> seen = new HashSet<>();
        cells().forEach(cell -> assertThat(seen.add(cell.get()[0] + "/" + cell.get()[1])).as("repeated").isTrue());

        assertThat(seen).hasSize(Action.values().length * FlowStatus.values().length);
        assertThat(EnumSet.copyOf(COLUMNS)).isEqualTo(EnumSet.allOf(FlowStatus.class));
    }

    @ParameterizedTest(name = "{0} on a {1} flow: {2}")
    @MethodSource("cells")
    @DisplayName("answers each action in each status as the spec's table says")
    void cell(Action action, FlowStatus status, String expected) {
        Flow before = flowIn(status);

        if (expected.equals("DELETED")) {
            assertThat(action.call.apply(before)).isSameAs(before);
        } else if (isStatus(expected)) {
            Flow after = action.call.apply(before);
            assertThat(after.status()).isEqualTo(FlowStatus.valueOf(expected));
            assertThat(after.revision()).isEqualTo(before.revision() + 1);
            assertThat(after).usingRecursiveComparison()
                    .ignoringFields("status", "revision", "name", "categories", "endpointUri", "jsonVersion",
                            "dataApiVersion")
                    .isEqualTo(before);
        } else {
            LifecycleRefusal refusal = LifecycleRefusal.valueOf(expected);
            assertThatThrownBy(() -> action.call.apply(before))
                    .isInstanceOfSatisfying(FlowLifecycleException.class, e -> {
                        assertThat(e.refusal()).isEqualTo(refusal);
                        assertThat(e.action()).isEqualTo(refusal.action());
                        assertThat(e.getMessage()).isEqualTo(refusal.message());
                        assertThat(e.flowId()).isEqualTo(before.id());
                        assertThat(e.status()).isEqualTo(status);
                    });
        }
    }

    private static boolean isStatus(String word) {
        return Stream.of(FlowStatus.values()).anyMatch(s -> s.name().equals(word));
    }
}
