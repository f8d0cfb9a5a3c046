package io.redress.plugin.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalRecordsTest {

    private static final Approver DIRECTOR = new Approver("director", ApprovalScope.OWN_DEPARTMENT);
    private static final Approver CEO = new Approver("ceo", ApprovalScope.MANAGEMENT);

    @Test
    void aSerialStepHasExactlyOneApprover() {
        assertDoesNotThrow(() -> new ApprovalStep(List.of(DIRECTOR), ApprovalMode.SERIAL, 1, DeadlineUnit.WORKING_DAYS));
        assertThrows(IllegalArgumentException.class,
                () -> new ApprovalStep(List.of(DIRECTOR, CEO), ApprovalMode.SERIAL, 1, DeadlineUnit.WORKING_DAYS));
        assertThrows(IllegalArgumentException.class,
                () -> new ApprovalStep(List.of(), ApprovalMode.SERIAL, 1, DeadlineUnit.WORKING_DAYS));
    }

    @Test
    void aParallelStepHasAtLeastTwoDifferentApprovers() {
        for (ApprovalMode mode : List.of(ApprovalMode.PARALLEL_ANY, ApprovalMode.PARALLEL_ALL)) {
            assertDoesNotThrow(() -> new ApprovalStep(List.of(DIRECTOR, CEO), mode, 1, DeadlineUnit.HOURS));
            assertThrows(IllegalArgumentException.class, () -> new ApprovalStep(List.of(DIRECTOR), mode, 1, DeadlineUnit.HOURS));
            assertThrows(IllegalArgumentException.class,
                    () -> new ApprovalStep(List.of(DIRECTOR, new Approver("director", ApprovalScope.OWN_DEPARTMENT)), mode, 1, DeadlineUnit.HOURS));
        }
    }

    @Test
    void aStepHasTimeToRun() {
        assertThrows(IllegalArgumentException.class, () -> ApprovalStep.single(DIRECTOR, 0, DeadlineUnit.WORKING_DAYS));
    }

    @Test
    void aStepEscalatesToSomeoneItDoesNotAskAlready() {
        assertThrows(IllegalArgumentException.class,
                () -> new ApprovalStep(List.of(DIRECTOR), ApprovalMode.SERIAL, 1, DeadlineUnit.WORKING_DAYS, DIRECTOR));
        ApprovalStep toCeo = new ApprovalStep(List.of(DIRECTOR), ApprovalMode.SERIAL, 1, DeadlineUnit.WORKING_DAYS, CEO);
        assertEquals(CEO, toCeo.escalateTo());
        assertNull(ApprovalStep.single(DIRECTOR, 1, DeadlineUnit.WORKING_DAYS).escalateTo(), "the platform's ladder");
    }

    @Test
    void anApproverHasARole() {
        assertThrows(IllegalArgumentException.class, () -> new Approver(" ", ApprovalScope.HQ));
        assertThrows(NullPointerException.class, () -> new Approver("director", null));
    }

    @Test
    void aChainNamesItsRuleAndKeepsItsSteps() {
        assertThrows(IllegalArgumentException.class, () -> ApprovalChain.none(""));
        List<ApprovalStep> steps = new ArrayList<>(List.of(ApprovalStep.single(CEO, 1, DeadlineUnit.WORKING_DAYS)));
        ApprovalChain chain = new ApprovalChain(steps, "purchase");
        steps.clear();
        assertFalse(chain.steps().isEmpty());
        assertFalse(ApprovalChain.none("no-approval-needed").needsApproval());
    }
}
