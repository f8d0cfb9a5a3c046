package io.redress.plugins.approval.thresholds;

import io.redress.plugin.api.ApprovalChain;
import io.redress.plugin.api.ApprovalStep;
import io.redress.plugin.api.DecisionRequest;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One rule of the configuration: the decisions it applies to and the chain they need.
 *
 * @param id     names the rule in every chain it chooses
 * @param types  the decision types it applies to; never empty
 * @param grades the grades it applies to; empty for any grade, even none
 * @param above  the amount a decision's amount must exceed, or null for no lower bound
 * @param atMost the amount a decision's amount must not exceed, or null for no upper bound
 * @param steps  the chain's steps; empty when the rule says that these decisions need no approval
 */
record ApprovalRule(String id, Set<DecisionType> types, Set<String> grades, Money above, Money atMost,
                    List<ApprovalStep> steps) {

    ApprovalRule {
        EnumSet<DecisionType> copy = EnumSet.noneOf(DecisionType.class);
        copy.addAll(types);
        types = Collections.unmodifiableSet(copy);
        grades = Set.copyOf(grades);
        steps = List.copyOf(steps);
    }

    boolean matches(DecisionRequest request) {
        return types.contains(request.type()) && gradeMatches(request.gradeCode()) && amountMatches(request);
    }

    ApprovalChain chain() {
        return new ApprovalChain(steps, id);
    }

    private boolean gradeMatches(String grade) {
        // Set.copyOf answers contains(null) with an exception, and an ungraded case matches only a rule for any grade
        return grades.isEmpty() || grade != null && grades.contains(grade);
    }

    private boolean amountMatches(DecisionRequest request) {
        return (above == null || exceeds(request, above)) && (atMost == null || !exceeds(request, atMost));
    }

    /**
     * An amount that is not named or that the tenant's rates cannot convert counts as above every bound: asking one
     * approver too many is a nuisance, letting a large refund through unapproved is a breach of the policy.
     */
    private static boolean exceeds(DecisionRequest request, Money bound) {
        if (request.amount() == null) {
            return true;
        }
        return request.exchangeRates().convert(request.amount(), bound.currency())
                .map(converted -> converted.amount().compareTo(bound.amount()) > 0)
                .orElse(true);
    }
}
