package io.redress.core.approval;

import io.redress.plugin.api.ApprovalMode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.redress.core.approval.Verdict.APPROVE;
import static io.redress.core.approval.Verdict.REJECT;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StepOutcomeTest {

    private static final List<String> ONE = List.of("director@OWN_DEPARTMENT");
    private static final List<String> TWO = List.of("leadership-group-head@HQ", "director@HQ");

    @Test
    void aSerialStepIsDecidedByItsOneApprover() {
        assertEquals(StepOutcome.OPEN, StepOutcome.of(ApprovalMode.SERIAL, ONE, Map.of()));
        assertEquals(StepOutcome.APPROVED, StepOutcome.of(ApprovalMode.SERIAL, ONE, Map.of(ONE.get(0), APPROVE)));
        assertEquals(StepOutcome.REJECTED, StepOutcome.of(ApprovalMode.SERIAL, ONE, Map.of(ONE.get(0), REJECT)));
    }

    @Test
    void parallelAllNeedsEveryApprovalAndFailsOnOneRejection() {
        assertEquals(StepOutcome.OPEN, StepOutcome.of(ApprovalMode.PARALLEL_ALL, TWO, Map.of(TWO.get(0), APPROVE)));
        assertEquals(StepOutcome.APPROVED, StepOutcome.of(ApprovalMode.PARALLEL_ALL, TWO, Map.of(TWO.get(0), APPROVE, TWO.get(1), APPROVE)));
        assertEquals(StepOutcome.REJECTED, StepOutcome.of(ApprovalMode.PARALLEL_ALL, TWO, Map.of(TWO.get(1), REJECT)));
    }

    @Test
    void parallelAnyPassesOnTheFirstApprovalAndFailsOnlyWhenAllReject() {
        assertEquals(StepOutcome.APPROVED, StepOutcome.of(ApprovalMode.PARALLEL_ANY, TWO, Map.of(TWO.get(1), APPROVE)));
        assertEquals(StepOutcome.OPEN, StepOutcome.of(ApprovalMode.PARALLEL_ANY, TWO, Map.of(TWO.get(0), REJECT)));
        assertEquals(StepOutcome.APPROVED, StepOutcome.of(ApprovalMode.PARALLEL_ANY, TWO, Map.of(TWO.get(0), REJECT, TWO.get(1), APPROVE)));
        assertEquals(StepOutcome.REJECTED, StepOutcome.of(ApprovalMode.PARALLEL_ANY, TWO, Map.of(TWO.get(0), REJECT, TWO.get(1), REJECT)));
    }
}
