package io.redress.plugin.api;

import java.util.List;
import java.util.Objects;

/**
 * The steps a decision must pass, in order, and the id of the rule that chose them, so that staff and auditors can see
 * why. No steps means the decision needs no approval, and the rule id still says why not.
 */
public record ApprovalChain(List<ApprovalStep> steps, String ruleId) {

    public ApprovalChain {
        steps = List.copyOf(steps);
        Objects.requireNonNull(ruleId, "ruleId");
        if (ruleId.isBlank()) {
            throw new IllegalArgumentException("a chain names the rule that chose it");
        }
    }

    /** No approval, for the reason the rule names. */
    public static ApprovalChain none(String ruleId) {
        return new ApprovalChain(List.of(), ruleId);
    }

    public boolean needsApproval() {
        return !steps.isEmpty();
    }
}
