package io.redress.core.approval;

import io.redress.plugin.api.ApprovalMode;
import io.redress.plugin.api.ApprovalScope;
import io.redress.plugin.api.ApprovalStep;
import io.redress.plugin.api.Approver;
import io.redress.plugin.api.DeadlineUnit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whom a missed step is opened to: the chain's own escalateTo, else one level up the supervisor → director → management ladder. */
class EscalationTargetTest {

    private static final Approver SUPERVISOR = new Approver("supervisor", ApprovalScope.OWN_DEPARTMENT);
    private static final Approver DIRECTOR = new Approver("director", ApprovalScope.OWN_DEPARTMENT);
    private static final Approver MANAGEMENT = new Approver("management", ApprovalScope.MANAGEMENT);

    private static Optional<Approver> target(ApprovalStep step) {
        return new RequestStep("request", 1, step).escalationTarget();
    }

    @Test
    void aSupervisorsStepGoesToTheDirectorOfTheSamePlaceAndADirectorsToManagement() {
        assertEquals(Optional.of(DIRECTOR), target(ApprovalStep.single(SUPERVISOR, 1, DeadlineUnit.WORKING_DAYS)));
        assertEquals(Optional.of(new Approver("director", ApprovalScope.REGIONAL_CENTRE)),
                target(ApprovalStep.single(new Approver("supervisor", ApprovalScope.REGIONAL_CENTRE), 1, DeadlineUnit.WORKING_DAYS)));
        assertEquals(Optional.of(MANAGEMENT), target(ApprovalStep.single(DIRECTOR, 1, DeadlineUnit.WORKING_DAYS)));
    }

    @Test
    void aParallelStepGoesAboveItsHighestApprover() {
        assertEquals(Optional.of(MANAGEMENT), target(new ApprovalStep(List.of(SUPERVISOR, DIRECTOR), ApprovalMode.PARALLEL_ANY, 1,
                DeadlineUnit.WORKING_DAYS)));
        assertEquals(Optional.of(DIRECTOR), target(new ApprovalStep(List.of(new Approver("finance", ApprovalScope.HQ), SUPERVISOR),
                ApprovalMode.PARALLEL_ALL, 1, DeadlineUnit.WORKING_DAYS)));
    }

    @Test
    void theTopOfTheLadderOrAPositionOffItEscalatesToNoOne() {
        assertEquals(Optional.empty(), target(ApprovalStep.single(MANAGEMENT, 1, DeadlineUnit.WORKING_DAYS)));
        assertEquals(Optional.empty(), target(ApprovalStep.single(new Approver("finance", ApprovalScope.HQ), 1, DeadlineUnit.WORKING_DAYS)));
    }

    @Test
    void theChainsOwnEscalateToComesFirstAndIsKeptAsASlot() {
        Approver ceo = new Approver("ceo", ApprovalScope.MANAGEMENT);
        assertEquals(Optional.of(ceo), target(new ApprovalStep(List.of(SUPERVISOR), ApprovalMode.SERIAL, 1, DeadlineUnit.WORKING_DAYS, ceo)));
        assertEquals(Optional.of(ceo), target(new ApprovalStep(List.of(new Approver("finance", ApprovalScope.HQ)), ApprovalMode.SERIAL, 1,
                DeadlineUnit.WORKING_DAYS, ceo)), "even off the ladder");
    }
}
