package io.redress.benchmarks.deadline;

import static io.redress.benchmarks.deadline.MinuteSteppingCalculator.dueAt;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.WorkingInterval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The yardstick must be right on its own, not only agree with the code it measures: the worked examples of the SLA
 * specification, computed by stepping minutes.
 */
class MinuteSteppingCalculatorTest {

    private static final BusinessCalendar EUROPE = mondayToFriday("Europe/London", "09:00", "18:00");
    private static final BusinessCalendar MIDDLE_EAST =
            mondayToFriday("Asia/Dubai", "08:00", "12:00", "13:00", "17:00");

    // Fri 20 Nov 2026, London is on GMT (= UTC)
    private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-20T17:30:00Z");
    // Thu 19 Nov 2026 11:30 in Dubai (UTC+4)
    private static final Instant THURSDAY_LATE_MORNING = Instant.parse("2026-11-19T07:30:00Z");

    @Test
    void workingHoursCarryOverTheWeekend() {
        assertEquals(Instant.parse("2026-11-23T09:30:00Z"), dueAt(EUROPE, FRIDAY_EVENING, 1, WORKING_HOURS));
    }

    @Test
    void workingHoursSkipTheMiddayBreak() {
        assertEquals(Instant.parse("2026-11-19T09:30:00Z"),
                dueAt(MIDDLE_EAST, THURSDAY_LATE_MORNING, 1, WORKING_HOURS));
    }

    @Test
    void aClockStartingOutsideWorkingTimeStartsAtTheNextWorkingTime() {
        assertEquals(Instant.parse("2026-11-23T10:00:00Z"),
                dueAt(EUROPE, Instant.parse("2026-11-21T10:00:00Z"), 1, WORKING_HOURS));
    }

    @Test
    void timeRunningOutAtClosingIsDueAtClosing() {
        assertEquals(Instant.parse("2026-11-20T18:00:00Z"),
                dueAt(EUROPE, Instant.parse("2026-11-20T17:00:00Z"), 1, WORKING_HOURS));
    }

    @Test
    void workingDaysStartTheDayAfterTheAnchorAndEndAtClosing() {
        assertEquals(Instant.parse("2026-11-24T18:00:00Z"), dueAt(EUROPE, FRIDAY_EVENING, 2, WORKING_DAYS));
        assertEquals(Instant.parse("2026-12-01T18:00:00Z"), dueAt(EUROPE, FRIDAY_EVENING, 7, WORKING_DAYS));
        assertEquals(Instant.parse("2026-12-03T13:00:00Z"),
                dueAt(MIDDLE_EAST, THURSDAY_LATE_MORNING, 10, WORKING_DAYS));
    }

    @Test
    void refusesAnAnchorBetweenMinutes() {
        assertThrows(IllegalArgumentException.class,
                () -> dueAt(EUROPE, Instant.parse("2026-11-20T17:30:30Z"), 1, WORKING_HOURS));
    }

    private static BusinessCalendar mondayToFriday(String zone, String... bounds) {
        Map<DayOfWeek, List<WorkingInterval>> week = new LinkedHashMap<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            List<WorkingInterval> intervals = new ArrayList<>();
            for (int i = 0; i < bounds.length; i += 2) {
                intervals.add(WorkingInterval.parse(bounds[i], bounds[i + 1]));
            }
            week.put(day, intervals);
        }
        return new BusinessCalendar(zone, ZoneId.of(zone), week, Set.of(), Set.of());
    }
}
