package io.redress.core.complaint;

/** Where a case stands in its life. The lifecycle issue adds the transitions between them. */
public enum ComplaintStatus {
    RECEIVED,
    /** the grading plugin failed; staff must grade by hand before the clocks of a grade can start */
    NEEDS_MANUAL_GRADING,
    ACKNOWLEDGED,
    REGISTERED,
    ASSIGNED,
    INVESTIGATING,
    PLAN_PROPOSED,
    PLAN_APPROVED,
    RESOLVING,
    RESOLVED,
    FEEDBACK_GIVEN,
    RETURN_VISITED,
    CLOSED,
    WAITING_FOR_CUSTOMER,
    REOPENED
}
