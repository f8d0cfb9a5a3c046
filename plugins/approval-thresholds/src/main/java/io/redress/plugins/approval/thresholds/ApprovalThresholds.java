package io.redress.plugins.approval.thresholds;

import io.redress.plugin.api.ApprovalChain;
import io.redress.plugin.api.ApprovalChainPolicy;
import io.redress.plugin.api.DecisionRequest;
import java.util.List;

/**
 * Chooses a decision's approval chain by the first rule that matches it, so that a tenant orders its rules from the
 * most specific to the most general and every chain names exactly one rule.
 */
public final class ApprovalThresholds implements ApprovalChainPolicy {

    /** The rule id of a chain no rule asked for. */
    public static final String NO_APPROVAL_NEEDED = "no-approval-needed";

    private static final ApprovalChain NONE = ApprovalChain.none(NO_APPROVAL_NEEDED);

    private final List<ApprovalRule> rules;

    // package-private: only the factory creates a policy, and only from a configuration it has validated
    ApprovalThresholds(List<ApprovalRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public ApprovalChain chainFor(DecisionRequest request) {
        for (ApprovalRule rule : rules) {
            if (rule.matches(request)) {
                return rule.chain();
            }
        }
        return NONE;
    }

    @Override
    public String toString() {
        return "ApprovalThresholds" + rules;
    }
}
