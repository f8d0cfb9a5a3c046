package io.redress.core.notification;

/** What a notification tells its recipient. */
public enum NotificationKind {
    /** A stage clock of a case reached a rung before its due time. */
    DEADLINE_WARNING,
    /** A stage clock of a case reached a rung at or past its due time. */
    ESCALATED,
    /** An approval step passed its deadline unsigned. */
    APPROVAL_OVERDUE,
    /** A corrective action passed its due time and is not done. */
    CORRECTIVE_ACTION_OVERDUE,
    /** A case was assigned to the recipient. */
    ASSIGNED,
    /** An approval step awaits the recipient's signature. */
    APPROVAL_AWAITING
}
