package io.redress.core.approval;

import io.redress.core.complaint.CaseAction;
import io.redress.plugin.api.DecisionType;
import io.redress.core.complaint.CaseTransitioned;
import io.redress.core.complaint.TransitionGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * Puts every proposed plan to the tenant's approval chain, and keeps anyone from approving or rejecting by hand a
 * plan whose chain is still running, or from closing by hand a case whose closure the policy puts to approval (or
 * that was put to approval): the chain's last signature moves the case.
 */
@ApplicationScoped
public class PlanApprovals implements TransitionGuard {

    @Inject
    Approvals approvals;

    void onTransition(@Observes CaseTransitioned transitioned) {
        if (transitioned.action() == CaseAction.PROPOSE_PLAN) {
            approvals.requestPlanApproval(transitioned.tenant(), transitioned.complaintId(), transitioned.note(),
                    transitioned.actor());
        }
    }

    @Override
    public Optional<String> veto(String tenant, String complaintId, CaseAction action, String actor) {
        if ((action == CaseAction.APPROVE_PLAN || action == CaseAction.REJECT_PLAN) && approvals.planPending(complaintId)) {
            return Optional.of("the plan waits for its approval chain; it is approved or rejected by signing it in the approvals inbox");
        }
        if (action == CaseAction.CLOSE && approvals.pending(complaintId, DecisionType.CLOSURE)) {
            return Optional.of("the closure waits for its approval chain; the chain's last signature closes the case");
        }
        if (action == CaseAction.CLOSE) {
            return approvals.closureRule(complaintId).map(rule -> "the policy puts the closure to approval (rule " + rule
                    + "): ask for a CLOSURE approval; the chain's last signature closes the case");
        }
        return Optional.empty();
    }
}
