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
 * @param escalateTo     who the step is also opened to once its deadline is missed; null for the platform's ladder
 *                       (supervisor → director → management)
 */
public record ApprovalStep(List<Approver> approvers, ApprovalMode mode, int deadlineAmount, DeadlineUnit deadlineUnit,
                           Approver escalateTo) {

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
        // escalating to someone already asked would open the step to no one new
        if (escalateTo != null && approvers.contains(escalateTo)) {
            throw new IllegalArgumentException("a step escalates to someone it does not ask already: " + escalateTo);
        }
    }

    /** A step that escalates by the platform's ladder when missed. */
    public ApprovalStep(List<Approver> approvers, ApprovalMode mode, int deadlineAmount, DeadlineUnit deadlineUnit) {
        this(approvers, mode, deadlineAmount, deadlineUnit, null);
    }

    /** A step with one approver. */
    public static ApprovalStep single(Approver approver, int deadlineAmount, DeadlineUnit deadlineUnit) {
        return new ApprovalStep(List.of(approver), ApprovalMode.SERIAL, deadlineAmount, deadlineUnit);
    }
}
