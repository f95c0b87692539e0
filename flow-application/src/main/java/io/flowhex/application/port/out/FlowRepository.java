package io.flowhex.application.port.out;

import io.flowhex.domain.account.AccountId;
import io.flowhex.domain.flow.Flow;
import io.flowhex.domain.flow.FlowAsset;
import io.flowhex.domain.flow.FlowId;
import io.flowhex.domain.flow.FlowJsonCheck;
import io.flowhex.domain.flow.FlowLifecycleException;
import io.flowhex.domain.flow.FlowSummary;
import io.flowhex.domain.flow.PageRequest;
import io.flowhex.domain.flow.Preview;
import io.flowhex.domain.flow.PublishableVersions;
import io.flowhex.domain.flow.SpaceId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Driven port: where flows and their Flow JSON assets live. Flow ids are unique across all accounts;
 * flow names are unique among the flows of one account and space (exact, case-sensitive), enforced
 * by the store itself so that two concurrent creations cannot both win. Every change of an existing
 * flow is a compare-and-set on its {@link Flow#revision()}: it applies only if the stored flow still
 * has the revision the caller read, in one atomic step, so a change never applies on top of another
 * it did not see.
 */
public interface FlowRepository {

    /** The flow with this id, whoever owns it; ownership is the caller's check. One lookup. */
    Optional<Flow> findById(FlowId id);

    /**
     * Inserts or replaces the whole flow (categories in their order, preview included): the
     * operator's path (fixtures, provisioning). {@link WriteResult#NAME_TAKEN} when another flow of
     * the account and space has its name.
     */
    WriteResult save(Flow flow);

    /** Inserts a new flow; never replaces one. */
    WriteResult create(Flow flow);

    /**
     * Replaces the flow whose stored revision is {@code expectedRevision} with {@code next} (same id,
     * owner and space; its revision is the one to store). {@link WriteResult#CONFLICT} when the flow
     * changed or is gone.
     */
    WriteResult update(Flow next, long expectedRevision);

    /**
     * Like {@link #update}, and stores {@code asset} as the flow's Flow JSON in the same transaction:
     * after any failure neither or both are written.
     */
    WriteResult updateWithAsset(Flow next, long expectedRevision, FlowAsset asset);

    /**
     * Deletes the flow and its asset if its stored revision is {@code expectedRevision};
     * {@link WriteResult#CONFLICT} when the flow changed or is gone.
     */
    WriteResult delete(FlowId id, long expectedRevision);

    /** The flow's stored Flow JSON, byte for byte with its validation, if it has one. */
    Optional<FlowAsset> findAsset(FlowId id);

    /**
     * The flow, whoever owns it, with the check of its stored Flow JSON (empty when it has none) as
     * they were at one instant, in one lookup, without the file's bytes: what PublishFlow's rule needs.
     */
    Optional<CheckedFlow> findWithFlowJsonCheck(FlowId id);

    /**
     * PublishFlow as one atomic step when nothing refuses it: if the flow exists, belongs to
     * {@code owner} (and to {@code space}, when given), and {@link Flow#publish} accepts it with its
     * stored Flow JSON's check and {@code publishable}, stores what {@code publish} returns (PUBLISHED,
     * the next revision, nothing else changed) and answers true. Otherwise it changes nothing and
     * answers false, saying nothing about why: the caller reads the flow and lets the domain name the
     * refusal (or publish it, when a change came in between). The check and the flow it is read with
     * are those of one revision, which the write compares and sets: a publication never applies on top
     * of a change (a new file, a new endpoint) it did not check.
     *
     * <p>The default is the domain's rule on {@link #findWithFlowJsonCheck}, then {@link #update}'s
     * compare-and-set: correct for any store; one whose database can check the rule in its write (JDBC)
     * overrides it to make the step one statement.
     */
    default boolean publishIfAccepted(FlowId id, AccountId owner, Optional<SpaceId> space,
            PublishableVersions publishable) {
        Objects.requireNonNull(publishable, "publishable");
        Optional<CheckedFlow> checked = findWithFlowJsonCheck(Objects.requireNonNull(id, "id"));
        if (checked.isEmpty() || !checked.get().flow().isVisibleTo(owner, space)) {
            return false;
        }
        Flow stored = checked.get().flow();
        Flow next;
        try {
            next = stored.publish(checked.get().flowJson(), publishable);
        } catch (FlowLifecycleException refused) {
            return false;
        }
        return update(next, stored.revision()) == WriteResult.DONE;
    }

    /**
     * One page of the account's flows, newest first ({@code createdAt} descending, ties by id
     * ascending), in one space or all of them, whose name contains {@code nameContains} (exact,
     * case-sensitive substring) when given.
     */
    List<FlowSummary> list(AccountId owner, Optional<SpaceId> space, Optional<String> nameContains, PageRequest page);

    /**
     * Replaces only the preview of an existing flow; returns false when no such flow exists.
     * Cheaper than {@link #save} and safe against a concurrent change of other fields; the revision
     * is left alone (a preview is not an edit).
     */
    boolean updatePreview(FlowId id, Preview preview);

    /** A flow with the check of its Flow JSON as stored with it (empty when it has none). */
    record CheckedFlow(Flow flow, Optional<FlowJsonCheck> flowJson) {
        public CheckedFlow {
            Objects.requireNonNull(flow, "flow");
            Objects.requireNonNull(flowJson, "flowJson");
        }
    }

    /** What a write did. */
    enum WriteResult {
        /** Written. */
        DONE,
        /** Another flow of the same account and space has this name; nothing written. */
        NAME_TAKEN,
        /** Another flow has this id (create only); nothing written. */
        ID_TAKEN,
        /** The flow is gone or its revision moved on; nothing written. */
        CONFLICT
    }
}
