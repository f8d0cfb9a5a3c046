package io.redress.plugin.api;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One step of an approval chain: who is asked, how they decide, and how long they have once the step starts.
 *
 * @param approvers      exactly one for {@link ApprovalMode#SERIAL}, at least two for the parallel modes; no one twice
 * @param mode           how the approvers decide
 * @param deadlineAmount how many units the step may take; positive
 * @param deadlineUnit   the unit, counted in the case's business calendar when it is working time
 */
public record ApprovalStep(List<Approver> approvers, ApprovalMode mode, int deadlineAmount, DeadlineUnit deadlineUnit) {

    public ApprovalStep {
        approvers = List.copyOf(approvers);
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(deadlineUnit, "deadlineUnit");
        if (mode == ApprovalMode.SERIAL && approvers.size() != 1) {
            throw new IllegalArgumentException("a SERIAL step has exactly one approver, not " + approvers.size());
        }
        if (mode != ApprovalMode.SERIAL && approvers.size() < 2) {
            throw new IllegalArgumentException("a " + mode + " step needs at least two approvers");
        }
        // an approver listed twice would count twice towards PARALLEL_ALL
        if (new HashSet<>(approvers).size() != approvers.size()) {
            throw new IllegalArgumentException("an approver appears twice in one step: " + approvers);
        }
        if (deadlineAmount <= 0) {
            throw new IllegalArgumentException("the deadline of a step must be positive");
        }
    }

    /** A step with one approver. */
    public static ApprovalStep single(Approver approver, int deadlineAmount, DeadlineUnit deadlineUnit) {
        return new ApprovalStep(List.of(approver), ApprovalMode.SERIAL, deadlineAmount, deadlineUnit);
    }
}
