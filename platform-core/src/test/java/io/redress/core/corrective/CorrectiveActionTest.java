package io.redress.core.corrective;

import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.sla.ClockStateException;
import io.redress.core.sla.EscalationRung;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ledger's rules on one action: who may do what in which status, and the escalation ladder of an overdue one. */
class CorrectiveActionTest {

    private static final Instant CREATED = Instant.parse("2026-12-01T02:00:00Z");
    /** The end of 2026-12-03 in Shanghai: two days and 22 hours after creation. */
    private static final Instant DUE = Instant.parse("2026-12-03T16:00:00Z");

    private static CorrectiveAction action() {
        return new CorrectiveAction("Check courier SLAs", "late deliveries in the Gulf", "omar", LocalDate.parse("2026-12-03"),
                DUE, "every courier contract names a delivery time", List.of("C-20261120-0001", "C-20261121-0002"),
                "sara", CREATED);
    }

    @Test
    void aNewActionIsOpenLinkedToItsCasesAndFirstEscalatesAtItsDueTime() {
        CorrectiveAction action = action();
        assertEquals(CorrectiveActionStatus.OPEN, action.status());
        assertEquals(List.of("C-20261120-0001", "C-20261121-0002"), action.caseNumbers());
        assertEquals(DUE, action.nextEscalationAt());
        assertFalse(action.isOverdueAt(DUE));
        assertTrue(action.isOverdueAt(DUE.plusSeconds(1)));
    }

    @Test
    void onlyTheOwnerReportsItDoneOnlyWhileOpenAndWithEvidence() {
        CorrectiveAction action = action();
        assertThrows(NotAllowedException.class, () -> action.markDone("sara", "done", DUE));
        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> action.markDone("omar", " ", DUE));
        assertEquals("evidence", blank.errors().get(0).field());
        action.markDone("omar", "contracts amended", DUE);
        assertEquals(CorrectiveActionStatus.DONE, action.status());
        assertNull(action.nextEscalationAt(), "a reported action no longer escalates");
        assertFalse(action.isOverdueAt(DUE.plusSeconds(86_400)));
        assertThrows(ClockStateException.class, () -> action.markDone("omar", "again", DUE));
    }

    @Test
    void theOwnerNeverVerifiesTheirOwnAndOnlyADoneActionIsVerified() {
        CorrectiveAction action = action();
        assertThrows(ClockStateException.class, () -> action.accept("sara", DUE));
        action.markDone("omar", "contracts amended", DUE);
        assertThrows(NotAllowedException.class, () -> action.accept("omar", DUE));
        assertThrows(NotAllowedException.class, () -> action.reject("omar", "no", DUE));
        action.accept("sara", DUE);
        assertEquals(CorrectiveActionStatus.ACCEPTED, action.status());
        assertEquals("sara", action.verifiedBy());
        assertThrows(ClockStateException.class, () -> action.reject("sara", "changed my mind", DUE));
    }

    @Test
    void aRejectionSendsItBackOpenWithTheReasonAndTheClimbGoesOnFromWhereItWas() {
        CorrectiveAction action = action();
        assertEquals(1, climbAll(action, DUE.plusSeconds(60)).size());
        action.markDone("omar", "one contract amended", DUE.plusSeconds(120));
        assertThrows(InvalidInputException.class, () -> action.reject("sara", "", DUE));
        action.reject("sara", "two contracts still lack a delivery time", DUE.plusSeconds(180));
        assertEquals(CorrectiveActionStatus.OPEN, action.status());
        assertEquals("two contracts still lack a delivery time", action.rejectionReason());
        assertEquals(1, action.rejections());
        assertEquals(action.rungReachedAt(1), action.nextEscalationAt(), "the owner was told already; next the supervisor");
    }

    @Test
    void anOverdueActionClimbsOwnerSupervisorDirectorEachRungOnce() {
        CorrectiveAction action = action();
        // 62 hours given: the supervisor 31 hours past due, the director 62 hours past due
        assertEquals(Instant.parse("2026-12-04T23:00:00Z"), action.rungReachedAt(1));
        assertEquals(Instant.parse("2026-12-06T06:00:00Z"), action.rungReachedAt(2));
        assertTrue(climbAll(action, DUE.minusSeconds(1)).isEmpty(), "not before the due time");
        assertEquals(List.of("OWNER"), targets(climbAll(action, DUE)));
        assertTrue(climbAll(action, DUE).isEmpty(), "a rung is reached once");
        assertEquals(List.of("SUPERVISOR", "DIRECTOR"), targets(climbAll(action, Instant.parse("2026-12-10T00:00:00Z"))));
        assertEquals(3, action.rungsDone());
        assertNull(action.nextEscalationAt());
        assertTrue(climbAll(action, Instant.parse("2027-01-01T00:00:00Z")).isEmpty());
    }

    private static List<EscalationRung> climbAll(CorrectiveAction action, Instant now) {
        List<EscalationRung> rungs = new ArrayList<>();
        for (EscalationRung r = action.climb(now); r != null; r = action.climb(now)) {
            rungs.add(r);
        }
        return rungs;
    }

    private static List<String> targets(List<EscalationRung> rungs) {
        return rungs.stream().map(EscalationRung::target).toList();
    }
}
