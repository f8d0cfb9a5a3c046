package io.redress.core.approval;

import io.redress.plugin.api.ApprovalMode;

import java.util.Collection;
import java.util.Map;

/**
 * How one step of a chain stands given the verdicts signed on it so far: SERIAL and PARALLEL_ALL need every
 * approver's approval and fail on one rejection; PARALLEL_ANY passes on the first approval and fails only when every
 * approver has rejected.
 */
public enum StepOutcome {
    WAITING,
    OPEN,
    APPROVED,
    REJECTED;

    /**
     * @param approvers the step's approver slots ({@code role@SCOPE})
     * @param verdicts  the verdicts signed so far, by slot
     */
    static StepOutcome of(ApprovalMode mode, Collection<String> approvers, Map<String, Verdict> verdicts) {
        long approvals = approvers.stream().filter(a -> verdicts.get(a) == Verdict.APPROVE).count();
        long rejections = approvers.stream().filter(a -> verdicts.get(a) == Verdict.REJECT).count();
        if (mode == ApprovalMode.PARALLEL_ANY) {
            if (approvals > 0) {
                return APPROVED;
            }
            return rejections == approvers.size() ? REJECTED : OPEN;
        }
        if (rejections > 0) {
            return REJECTED;
        }
        return approvals == approvers.size() ? APPROVED : OPEN;
    }
}
