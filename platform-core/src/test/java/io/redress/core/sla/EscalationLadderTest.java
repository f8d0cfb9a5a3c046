package io.redress.core.sla;

import static io.redress.core.sla.SampleCalendars.EUROPE;
import static io.redress.core.sla.SampleCalendars.MIDDLE_EAST;
import static io.redress.core.sla.SampleCalendars.local;
import static io.redress.plugin.api.DeadlineUnit.DAYS;
import static io.redress.plugin.api.DeadlineUnit.HOURS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EscalationLadderTest {

    @Test
    void aWarningAtEightyPercentOfWorkingDaysFallsInsideWorkingTime() {
        // Fri 2026-11-20 17:30 London + 2 working days: due Tue 24th 18:00; the clock runs Fri 17:30–18:00 (0.5 h),
        // Mon (9 h), Tue (9 h) = 18.5 working hours; 80 % = 14.8 h = 14 h 48 min → Tue 09:00 + 5 h 18 min = 14:18.
        Instant start = local(EUROPE, "2026-11-20T17:30");
        Instant due = EUROPE.dueAt(start, 2, WORKING_DAYS);
        assertEquals(local(EUROPE, "2026-11-24T18:00"), due);
        assertEquals(local(EUROPE, "2026-11-24T14:18"), EscalationLadder.reachedAt(EUROPE, WORKING_DAYS, false, start, due, 80));
    }

    @Test
    void aRungPastTheDueTimeCountsOnInWorkingTime() {
        // 150 % of the same clock: 9 h 15 min of working time after Tue 18:00 → Wed 09:00 + 9 h = 18:00, + 15 min
        // on Thursday → Thu 26th 09:15.
        Instant start = local(EUROPE, "2026-11-20T17:30");
        Instant due = EUROPE.dueAt(start, 2, WORKING_DAYS);
        assertEquals(local(EUROPE, "2026-11-26T09:15"), EscalationLadder.reachedAt(EUROPE, WORKING_DAYS, false, start, due, 150));
        assertEquals(due, EscalationLadder.reachedAt(EUROPE, WORKING_DAYS, false, start, due, 100));
    }

    @Test
    void aRungOfAWorkingHoursClockSkipsThePrayerBreak() {
        // Thu 2026-11-19 11:00 Dubai + 2 working hours: 11–12, then 13–14 after the midday break → due 14:00;
        // 75 % = 90 min → 12:00 is the end of the morning's hour, the other 30 min after the break → 13:30.
        Instant start = local(MIDDLE_EAST, "2026-11-19T11:00");
        Instant due = MIDDLE_EAST.dueAt(start, 2, WORKING_HOURS);
        assertEquals(local(MIDDLE_EAST, "2026-11-19T14:00"), due);
        assertEquals(local(MIDDLE_EAST, "2026-11-19T13:30"), EscalationLadder.reachedAt(MIDDLE_EAST, WORKING_HOURS, false, start, due, 75));
    }

    @Test
    void elapsedClocksEscalateInElapsedTime() {
        // 1 hour from Saturday 10:00: 50 % is 10:30 though Saturday is no working day; 3 days → 200 % is 6 days on.
        Instant start = local(EUROPE, "2026-11-21T10:00");
        assertEquals(local(EUROPE, "2026-11-21T10:30"),
                EscalationLadder.reachedAt(EUROPE, HOURS, false, start, EUROPE.dueAt(start, 1, HOURS), 50));
        assertEquals(local(EUROPE, "2026-11-27T10:00"),
                EscalationLadder.reachedAt(EUROPE, DAYS, false, start, EUROPE.dueAt(start, 3, DAYS), 200));
    }

    @Test
    void rungsAreReachedInTheOrderOfTheirShares() {
        Instant start = local(EUROPE, "2026-11-20T17:30");
        Instant due = EUROPE.dueAt(start, 5, WORKING_DAYS);
        Instant previous = start;
        for (int share = 10; share <= 300; share += 10) {
            Instant at = EscalationLadder.reachedAt(EUROPE, WORKING_DAYS, false, start, due, share);
            assertTrue(!at.isBefore(previous), share + " % came before the rung below it");
            previous = at;
        }
    }

    @Test
    void aRungOutsideOnePercentToTenTimesTheDurationIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EscalationRung(0, "ASSIGNEE"));
        assertThrows(IllegalArgumentException.class, () -> new EscalationRung(1001, "ASSIGNEE"));
    }
}
