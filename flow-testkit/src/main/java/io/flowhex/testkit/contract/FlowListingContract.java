package io.flowhex.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.SpaceId;
import io.flowhex.testkit.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The listing of a {@link io.flowhex.application.port.out.FlowRepository}: newest first, ties by
 * FlowId, one space or all, a literal case-sensitive substring filter, pages. Part of
 * {@link FlowRepositoryContract}.
 */
abstract class FlowListingContract extends FlowContractParts.Part {

    FlowListingContract(FlowContractParts host) {
        super(host);
    }

    private static final PageRequest ALL = new PageRequest(1, PageRequest.MAX_SIZE);

    private final AccountId owner = Fixtures.accountId();
    private final SpaceId space = Fixtures.spaceId();
    private final SpaceId otherSpace = Fixtures.spaceId();

    /** A flow of this test's account, created at T0 plus {@code seconds}, in {@code in}. */
    private Flow createdAt(SpaceId in, long seconds, String name) {
        return created(Fixtures.flow(owner, in).name(name).noVersions().createdAt(T0.plusSeconds(seconds)).build());
    }

    private List<FlowSummary> list(Optional<SpaceId> in, Optional<String> nameContains, PageRequest page) {
        return flows().list(owner, in, nameContains, page);
    }

    private static List<FlowSummary> summaries(Flow... flows) {
        List<FlowSummary> summaries = new ArrayList<>();
        for (Flow flow : flows) {
            summaries.add(FlowSummary.of(flow));
        }
        return summaries;
    }

    private static List<String> names(List<FlowSummary> page) {
        return page.stream().map(summary -> summary.name().value()).toList();
    }

    @Test
    @DisplayName("newest first, flows created at the same instant by FlowId ascending, whatever the order of creation")
    void newestFirstTiesById() {
        givenAccount(Fixtures.account(owner, space));
        long base = Fixtures.next() * 10;
        FlowId low = new FlowId("8" + base + "1");
        FlowId high = new FlowId("8" + base + "2");
        Flow oldest = createdAt(space, 0, "oldest");
        Flow tieHigh = created(Fixtures.flow(owner, space).id(high).name("tie high").noVersions()
                .createdAt(T0.plusSeconds(5)).build());
        Flow newest = createdAt(space, 9, "newest");
        Flow tieLow = created(Fixtures.flow(owner, space).id(low).name("tie low").noVersions()
                .createdAt(T0.plusSeconds(5)).build());
        Flow middle = createdAt(space, 3, "middle");

        assertThat(list(Optional.of(space), Optional.empty(), ALL))
                .containsExactlyElementsOf(summaries(newest, tieLow, tieHigh, middle, oldest));
    }

    @Test
    @DisplayName("one space, or every space of the account, never another account's flows")
    void spaces() {
        givenAccount(Fixtures.account(owner, space, otherSpace));
        Flow first = createdAt(space, 1, "first");
        Flow second = createdAt(otherSpace, 2, "second");
        Flow third = createdAt(space, 3, "third");
        Flow foreign = created(aFlow().createdAt(T0.plusSeconds(4)).build());
        givenAccount(Fixtures.account(foreign.owner(), foreign.space(), space));
        created(Fixtures.flow(foreign.owner(), space).noVersions().createdAt(T0.plusSeconds(5)).build());

        assertThat(list(Optional.of(space), Optional.empty(), ALL)).containsExactlyElementsOf(summaries(third, first));
        assertThat(list(Optional.of(otherSpace), Optional.empty(), ALL)).containsExactlyElementsOf(summaries(second));
        assertThat(list(Optional.empty(), Optional.empty(), ALL))
                .containsExactlyElementsOf(summaries(third, second, first));
        assertThat(list(Optional.of(Fixtures.spaceId()), Optional.empty(), ALL)).isEmpty();
        assertThat(flows().list(Fixtures.accountId(), Optional.empty(), Optional.empty(), ALL)).isEmpty();
    }

    @Test
    @DisplayName("pages of the listing: Index counts from 1, a page past the end is empty")
    void pages() {
        givenAccount(Fixtures.account(owner, space));
        List<Flow> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            newestFirst.add(0, createdAt(space, i, "page flow " + i));
        }

        assertThat(list(Optional.of(space), Optional.empty(), new PageRequest(1, 2)))
                .containsExactlyElementsOf(summaries(newestFirst.get(0), newestFirst.get(1)));
        assertThat(list(Optional.of(space), Optional.empty(), new PageRequest(2, 2)))
                .containsExactlyElementsOf(summaries(newestFirst.get(2), newestFirst.get(3)));
        assertThat(list(Optional.empty(), Optional.empty(), new PageRequest(3, 2)))
                .containsExactlyElementsOf(summaries(newestFirst.get(4)));
        assertThat(list(Optional.of(space), Optional.empty(), new PageRequest(4, 2))).isEmpty();
        assertThat(list(Optional.of(space), Optional.empty(), new PageRequest(Integer.MAX_VALUE, PageRequest.MAX_SIZE)))
                .isEmpty();
    }

    @Test
    @DisplayName("the name filter is a case-sensitive substring, in which %, _ and \\ are plain characters")
    void nameFilterIsLiteral() {
        givenAccount(Fixtures.account(owner, space));
        String[] names = {"100% sure", "100 sure", "a_b", "axb", "back\\slash", "backslash", "Survey", "survey",
            "名前 🚀"};
        for (int i = 0; i < names.length; i++) {
            createdAt(space, names.length - i, names[i]);
        }

        assertThat(names(list(Optional.of(space), Optional.of("%"), ALL))).containsExactly("100% sure");
        assertThat(names(list(Optional.of(space), Optional.of("_"), ALL))).containsExactly("a_b");
        assertThat(names(list(Optional.of(space), Optional.of("\\"), ALL))).containsExactly("back\\slash");
        assertThat(names(list(Optional.of(space), Optional.of("0 s"), ALL))).containsExactly("100 sure");
        assertThat(names(list(Optional.of(space), Optional.of("urvey"), ALL))).containsExactly("Survey", "survey");
        assertThat(names(list(Optional.empty(), Optional.of("Sur"), ALL))).containsExactly("Survey");
        assertThat(names(list(Optional.empty(), Optional.of("🚀"), ALL))).containsExactly("名前 🚀");
        assertThat(names(list(Optional.of(space), Optional.of("SURVEY"), ALL))).isEmpty();
        assertThat(list(Optional.of(space), Optional.empty(), ALL)).hasSize(names.length);
    }

    @Test
    @DisplayName("the filter, the space and the page apply together")
    void filterSpaceAndPage() {
        givenAccount(Fixtures.account(owner, space, otherSpace));
        Flow a1 = createdAt(space, 1, "match a1");
        createdAt(otherSpace, 2, "match b2");
        createdAt(space, 3, "other a3");
        Flow a4 = createdAt(space, 4, "match a4");
        Flow a5 = createdAt(space, 5, "match a5");

        assertThat(list(Optional.of(space), Optional.of("match"), new PageRequest(1, 2)))
                .containsExactlyElementsOf(summaries(a5, a4));
        assertThat(list(Optional.of(space), Optional.of("match"), new PageRequest(2, 2)))
                .containsExactlyElementsOf(summaries(a1));
    }

    @Test
    @DisplayName("a renamed flow is listed under its new name, a deleted one not at all")
    void listingFollowsChanges() {
        givenAccount(Fixtures.account(owner, space));
        Flow kept = createdAt(space, 1, "kept");
        Flow gone = createdAt(space, 2, "gone");
        Flow next = renamed(kept, "kept, renamed");

        flows().update(next, kept.revision());
        flows().delete(gone.id(), gone.revision());

        assertThat(list(Optional.of(space), Optional.empty(), ALL)).containsExactlyElementsOf(summaries(next));
    }
}
