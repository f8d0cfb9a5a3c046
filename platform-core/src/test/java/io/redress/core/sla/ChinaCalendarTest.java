package io.redress.core.sla;

import static io.redress.core.sla.SampleCalendars.CN_2026;
import static io.redress.core.sla.SampleCalendars.local;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Mainland China 2026, Asia/Shanghai (UTC+8 all year), 09:00-18:00 Mon-Fri, with holidays and make-up days. */
class ChinaCalendarTest {

    @Test
    void aComplaintJustBeforeNationalDayWaitsForTheHolidayToEnd() {
        // Wed 30 Sep 17:30-18:00 = 30 min; 1-7 Oct are holidays; Thu 8 Oct 09:00-09:30 = 01:30Z.
        Instant anchor = local(CN_2026, "2026-09-30T17:30");
        assertEquals(Instant.parse("2026-10-08T01:30:00Z"), CN_2026.dueAt(anchor, 1, WORKING_HOURS));
    }

    @Test
    void workingDaysCountTheMakeUpSaturday() {
        // Thu 8 Oct = 1, Fri 9 = 2, Sat 10 (make-up) = 3; 18:00 Shanghai = 10:00Z.
        Instant anchor = local(CN_2026, "2026-09-30T17:30");
        assertEquals(Instant.parse("2026-10-10T10:00:00Z"), CN_2026.dueAt(anchor, 3, WORKING_DAYS));
    }

    @Test
    void anchorOnAHoliday() {
        // Sat 3 Oct is inside the holiday: counting starts Thu 8 Oct 09:00, + 2 h = 11:00 Shanghai = 03:00Z.
        Instant anchor = local(CN_2026, "2026-10-03T10:00");
        assertEquals(Instant.parse("2026-10-08T03:00:00Z"), CN_2026.dueAt(anchor, 2, WORKING_HOURS));
        // First working day after 3 Oct is Thu 8 Oct, ending 18:00 = 10:00Z.
        assertEquals(Instant.parse("2026-10-08T10:00:00Z"), CN_2026.dueAt(anchor, 1, WORKING_DAYS));
    }

    @Test
    void anchorOnAnOrdinaryWeekend() {
        // Sat 14 Nov: Mon 16 Nov 09:00 + 1 h = 10:00 = 02:00Z; one working day ends Mon 18:00 = 10:00Z.
        Instant anchor = local(CN_2026, "2026-11-14T10:00");
        assertEquals(Instant.parse("2026-11-16T02:00:00Z"), CN_2026.dueAt(anchor, 1, WORKING_HOURS));
        assertEquals(Instant.parse("2026-11-16T10:00:00Z"), CN_2026.dueAt(anchor, 1, WORKING_DAYS));
    }

    @Test
    void anchorOnAMakeUpSaturday() {
        // Sat 10 Oct is worked: 17:00-18:00 = 1 h, Sun 11 is not, Mon 12 09:00-10:00 = the 2nd h; 10:00 = 02:00Z.
        Instant anchor = local(CN_2026, "2026-10-10T17:00");
        assertEquals(Instant.parse("2026-10-12T02:00:00Z"), CN_2026.dueAt(anchor, 2, WORKING_HOURS));
        // The anchor's own day never counts, even when it is worked: Mon 12 Oct 18:00 = 10:00Z.
        assertEquals(Instant.parse("2026-10-12T10:00:00Z"),
                CN_2026.dueAt(local(CN_2026, "2026-10-10T10:00"), 1, WORKING_DAYS));
    }

    @Test
    void anchorBeforeWorkingHoursOnAWorkingDay() {
        Instant anchor = local(CN_2026, "2026-11-17T07:00"); // Tuesday
        // Counting starts at 09:00: + 1 h = 10:00 = 02:00Z.
        assertEquals(Instant.parse("2026-11-17T02:00:00Z"), CN_2026.dueAt(anchor, 1, WORKING_HOURS));
        // Tuesday still does not count: Wed 18 Nov 18:00 = 10:00Z.
        assertEquals(Instant.parse("2026-11-18T10:00:00Z"), CN_2026.dueAt(anchor, 1, WORKING_DAYS));
    }

    @Test
    void anchorExactlyAtTheStartOfTheDay() {
        Instant anchor = local(CN_2026, "2026-11-17T09:00");
        assertTrue(CN_2026.isWorkingTime(anchor));
        // 09:00 + 9 h uses up the day exactly: due at Tue 18:00 = 10:00Z, not at Wed 09:00.
        assertEquals(Instant.parse("2026-11-17T10:00:00Z"), CN_2026.dueAt(anchor, 9, WORKING_HOURS));
    }

    @Test
    void anchorExactlyAtTheEndOfTheDay() {
        Instant anchor = local(CN_2026, "2026-11-17T18:00");
        assertFalse(CN_2026.isWorkingTime(anchor));
        // Nothing is left on Tuesday: Wed 09:00 = 01:00Z is the next working time, + 1 h = 02:00Z.
        assertEquals(Instant.parse("2026-11-18T01:00:00Z"), CN_2026.nextWorkingTime(anchor));
        assertEquals(Instant.parse("2026-11-18T02:00:00Z"), CN_2026.dueAt(anchor, 1, WORKING_HOURS));
    }

    @Test
    void yearEndRunsIntoTheNewYearHolidayAndItsMakeUpSunday() {
        Instant anchor = local(CN_2026, "2025-12-31T17:00"); // Wednesday, an ordinary working day here
        // 1-3 Jan are holidays; Sun 4 Jan is a make-up day, ending 18:00 = 10:00Z.
        assertEquals(Instant.parse("2026-01-04T10:00:00Z"), CN_2026.dueAt(anchor, 1, WORKING_DAYS));
        // 17:00-18:00 on 31 Dec is the 1st h; the 2nd is Sun 4 Jan 09:00-10:00 = 02:00Z.
        assertEquals(Instant.parse("2026-01-04T02:00:00Z"), CN_2026.dueAt(anchor, 2, WORKING_HOURS));
    }

    @Test
    void springFestivalIsSkippedAfterItsMakeUpSaturday() {
        Instant anchor = local(CN_2026, "2026-02-13T12:00"); // Friday
        // Sat 14 Feb (make-up) = 1, 15-23 Feb holidays, Tue 24 Feb = 2; 18:00 = 10:00Z.
        assertEquals(Instant.parse("2026-02-14T10:00:00Z"), CN_2026.dueAt(anchor, 1, WORKING_DAYS));
        assertEquals(Instant.parse("2026-02-24T10:00:00Z"), CN_2026.dueAt(anchor, 2, WORKING_DAYS));
    }

    @Test
    void workingTimeAcrossNationalDay() {
        // Wed 30 Sep 9 h + nothing 1-7 Oct + Thu 8 Oct 9 h = 18 h.
        assertEquals(Duration.ofHours(18), CN_2026.workingTimeBetween(
                local(CN_2026, "2026-09-30T09:00"), local(CN_2026, "2026-10-09T09:00")));
    }
}
