package io.redress.core.complaint;

/**
 * A CDI event fired inside the transaction of every lifecycle transition, after the case changed: other parts of the
 * platform (approvals, the audit trail, notifications) react to it.
 *
 * @param complaintId the case's id; {@code caseNumber} its number
 * @param note        the actor's note (for PROPOSE_PLAN, the plan itself); may be null
 */
public record CaseTransitioned(String tenant, String complaintId, String caseNumber, CaseAction action,
                               ComplaintStatus from, ComplaintStatus to, String note, String actor) {
}
