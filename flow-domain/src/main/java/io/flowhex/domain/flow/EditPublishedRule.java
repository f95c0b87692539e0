package io.flowhex.domain.flow;

/**
 * What an edit (ModifyFlow, UpdateFlowJSONAsset) does to a published flow (PUBLISHED, THROTTLED or
 * BLOCKED). Meta's current rule reverts the flow to DRAFT; its older one refuses. flowhex's default is
 * {@link #REVERT_TO_DRAFT}. A DEPRECATED flow is never edited, whatever the rule.
 */
public enum EditPublishedRule {
    /** The edit is applied and the flow goes back to DRAFT, to be published again. */
    REVERT_TO_DRAFT,
    /** The edit is refused with {@code (#139001) Flow can't be updated.} */
    REFUSE
}
