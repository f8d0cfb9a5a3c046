package io.redress.core.sla;

import static io.redress.core.sla.SampleCalendars.EUROPE;
import static io.redress.core.sla.SampleCalendars.MIDDLE_EAST;
import static io.redress.core.sla.SampleCalendars.local;
import static io.redress.plugin.api.DeadlineUnit.DAYS;
import static io.redress.plugin.api.DeadlineUnit.HOURS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.DeadlineUnit;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WorkingTimeTest {

    // Thu 19 Nov 2026 in Dubai (UTC+4), working 08:00-12:00 and 13:00-17:00.
    private static final Instant LUNCH = local(MIDDLE_EAST, "2026-11-19T12:30");

    @Test
    void anAnchorInTheMiddayBreakStartsCountingAfterLunch() {
        assertFalse(MIDDLE_EAST.isWorkingTime(LUNCH));
        // 13:00 Dubai = 09:00Z.
        assertEquals(Instant.parse("2026-11-19T09:00:00Z"), MIDDLE_EAST.nextWorkingTime(LUNCH));
        // 13:00 + 1 h = 14:00 Dubai = 10:00Z.
        assertEquals(Instant.parse("2026-11-19T10:00:00Z"), MIDDLE_EAST.dueAt(LUNCH, 1, WORKING_HOURS));
        // 13:00 + 4 h = 17:00 Dubai = 13:00Z, the end of the afternoon, not Friday morning.
        assertEquals(Instant.parse("2026-11-19T13:00:00Z"), MIDDLE_EAST.dueAt(LUNCH, 4, WORKING_HOURS));
        // The fifth hour is Fri 08:00-09:00 Dubai; 09:00 Dubai = 05:00Z.
        assertEquals(Instant.parse("2026-11-20T05:00:00Z"), MIDDLE_EAST.dueAt(LUNCH, 5, WORKING_HOURS));
    }

    @Test
    void timeRunningOutAtTheEndOfTheMorningIsDueBeforeLunch() {
        // 08:00 + 4 h = 12:00 Dubai = 08:00Z, not 13:00 when the afternoon starts.
        assertEquals(Instant.parse("2026-11-19T08:00:00Z"),
                MIDDLE_EAST.dueAt(local(MIDDLE_EAST, "2026-11-19T08:00"), 4, WORKING_HOURS));
    }

    @Test
    void intervalsIncludeTheirStartAndExcludeTheirEnd() {
        assertTrue(MIDDLE_EAST.isWorkingTime(local(MIDDLE_EAST, "2026-11-19T08:00")));
        assertTrue(MIDDLE_EAST.isWorkingTime(local(MIDDLE_EAST, "2026-11-19T11:59:59")));
        assertFalse(MIDDLE_EAST.isWorkingTime(local(MIDDLE_EAST, "2026-11-19T12:00")));
        Instant working = local(MIDDLE_EAST, "2026-11-19T15:00");
        assertEquals(working, MIDDLE_EAST.nextWorkingTime(working));
    }

    @Test
    void workingTimeBetweenSkipsBreaksAndWeekends() {
        // Thu 08:00-17:00 Dubai is 8 h of work around the lunch hour.
        assertEquals(Duration.ofHours(8), MIDDLE_EAST.workingTimeBetween(
                local(MIDDLE_EAST, "2026-11-19T08:00"), local(MIDDLE_EAST, "2026-11-19T17:00")));
        // Thu 12:30 to Mon 23 Nov 08:30: Thu afternoon 4 h, Fri 8 h, Mon 30 min.
        assertEquals(Duration.ofMinutes(12 * 60 + 30),
                MIDDLE_EAST.workingTimeBetween(LUNCH, local(MIDDLE_EAST, "2026-11-23T08:30")));
        assertEquals(Duration.ZERO, MIDDLE_EAST.workingTimeBetween(LUNCH, LUNCH));
        assertEquals(Duration.ZERO, MIDDLE_EAST.workingTimeBetween(LUNCH, LUNCH.minusSeconds(3600)));
    }

    @Test
    void resumingMovesTheDueTimeByThePausedWorkingTime() {
        Instant due = Instant.parse("2026-11-23T12:00:00Z"); // Mon, London = UTC in November
        // Paused Fri 17:00 to Mon 10:00: 1 h on Friday + 1 h on Monday = 2 h; Mon 12:00 + 2 h = 14:00.
        assertEquals(Instant.parse("2026-11-23T14:00:00Z"), EUROPE.resumeShift(due,
                Instant.parse("2026-11-20T17:00:00Z"), Instant.parse("2026-11-23T10:00:00Z")));
    }

    @Test
    void resumingCarriesThePauseIntoTheNextDay() {
        Instant due = Instant.parse("2026-11-23T17:00:00Z");
        // Paused Mon 09:00 to Tue 10:00 = 9 h + 1 h = 10 h; from Mon 17:00: 1 h to 18:00, then all 9 h of Tuesday.
        assertEquals(Instant.parse("2026-11-24T18:00:00Z"), EUROPE.resumeShift(due,
                Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-24T10:00:00Z")));
    }

    @Test
    void aPauseOutsideWorkingTimeChangesNothing() {
        Instant due = Instant.parse("2026-11-23T12:00:00Z");
        // Sat 10:00 to Sun 20:00 contains no working time.
        assertEquals(due, EUROPE.resumeShift(due,
                Instant.parse("2026-11-21T10:00:00Z"), Instant.parse("2026-11-22T20:00:00Z")));
        assertEquals(due, EUROPE.resumeShift(due,
                Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-23T09:00:00Z")));
    }

    @Test
    void aDueTimeOutsideWorkingHoursIsShiftedInWorkingTime() {
        Instant saturdayDue = Instant.parse("2026-11-21T12:00:00Z"); // e.g. from a calendar-days deadline
        // Paused Fri 17:00-18:00 = 1 h; counted from Saturday noon that is Mon 09:00-10:00.
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"), EUROPE.resumeShift(saturdayDue,
                Instant.parse("2026-11-20T17:00:00Z"), Instant.parse("2026-11-20T18:00:00Z")));
    }

    @ParameterizedTest
    @EnumSource(DeadlineUnit.class)
    void theAmountMustBePositive(DeadlineUnit unit) {
        Instant anchor = Instant.parse("2026-11-20T17:30:00Z");
        assertThrows(IllegalArgumentException.class, () -> EUROPE.dueAt(anchor, 0, unit));
        assertThrows(IllegalArgumentException.class, () -> EUROPE.dueAt(anchor, -1, unit));
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsInsteadOfSearchingForever() {
        var idle = new BusinessCalendar("IDLE", ZoneId.of("Europe/London"), Map.of(), Set.of(), Set.of());
        Instant anchor = Instant.parse("2026-11-20T17:30:00Z");

        var e = assertThrows(NoWorkingTimeException.class, () -> idle.dueAt(anchor, 1, WORKING_HOURS));
        assertEquals("IDLE", e.calendarCode());
        assertTrue(e.getMessage().contains("IDLE"), e.getMessage());
        assertThrows(NoWorkingTimeException.class, () -> idle.dueAt(anchor, 1, WORKING_DAYS));
        assertThrows(NoWorkingTimeException.class, () -> idle.nextWorkingTime(anchor));
        // Units that ignore the calendar's hours still work, and there is simply no working time to measure.
        assertEquals(Instant.parse("2026-11-20T18:30:00Z"), idle.dueAt(anchor, 1, HOURS));
        assertEquals(Instant.parse("2026-11-21T17:30:00Z"), idle.dueAt(anchor, 1, DAYS));
        assertEquals(Duration.ZERO, idle.workingTimeBetween(anchor, anchor.plus(Duration.ofDays(4000))));
    }

    @Test
    void workingTimeMayResumeAfterALongClosure() {
        // Closed from 2026 to the end of 2029 (1,461 days), which is within the five-year search.
        var closed = new BusinessCalendar("CLOSED", ZoneId.of("Europe/London"),
                SampleCalendars.week(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                        SampleCalendars.intervals("09:00", "18:00")),
                SampleCalendars.datesIn("2026-01-01", "2029-12-31"), Set.of());
        // Tue 1 Jan 2030 is the first working day, ending 18:00 GMT.
        assertEquals(Instant.parse("2030-01-01T18:00:00Z"),
                closed.dueAt(Instant.parse("2026-01-01T00:00:00Z"), 1, WORKING_DAYS));
    }
}
