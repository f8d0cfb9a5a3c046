package io.redress.core.complaint;

import java.util.Optional;

/**
 * A veto over a lifecycle transition by another part of the platform, asked inside the transaction before the case
 * changes — e.g. the approvals engine refuses APPROVE_PLAN by hand while the plan's approval chain is still running.
 */
public interface TransitionGuard {

    /** Why the action may not be taken now (answered as a 409 conflict); empty to let it pass. */
    Optional<String> veto(String tenant, String complaintId, CaseAction action, String actor);
}
