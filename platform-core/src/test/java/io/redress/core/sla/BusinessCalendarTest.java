package io.redress.core.sla;

import static io.redress.core.sla.SampleCalendars.CN_2026;
import static io.redress.core.sla.SampleCalendars.intervals;
import static io.redress.core.sla.SampleCalendars.local;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");

    @Test
    void keepsTheOrderInWhichDaysWereListedAndSortsEachDaysIntervals() {
        Map<DayOfWeek, List<WorkingInterval>> week = new LinkedHashMap<>();
        week.put(DayOfWeek.SUNDAY, intervals("13:00", "17:00", "08:00", "12:00"));
        week.put(DayOfWeek.MONDAY, intervals("09:00", "18:00"));
        week.put(DayOfWeek.SATURDAY, intervals("10:00", "12:00"));

        var calendar = new BusinessCalendar("ORDER", DUBAI, week, Set.of(), Set.of());

        assertEquals(List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
                List.copyOf(calendar.week().keySet()));
        assertEquals(intervals("08:00", "12:00", "13:00", "17:00"), calendar.week().get(DayOfWeek.SUNDAY));
        assertThrows(UnsupportedOperationException.class, () -> calendar.week().remove(DayOfWeek.MONDAY));
    }

    @Test
    void rejectsOverlappingIntervalsNamingTheDay() {
        var week = Map.of(DayOfWeek.TUESDAY, intervals("08:00", "12:00", "11:00", "13:00"));

        var e = assertThrows(IllegalArgumentException.class,
                () -> new BusinessCalendar("OVERLAP", DUBAI, week, Set.of(), Set.of()));

        assertTrue(e.getMessage().contains("TUESDAY"), e.getMessage());
    }

    @Test
    void acceptsIntervalsThatOnlyTouch() {
        var week = Map.of(DayOfWeek.TUESDAY, intervals("08:00", "12:00", "12:00", "13:00"));

        var calendar = new BusinessCalendar("TOUCH", DUBAI, week, Set.of(), Set.of());

        assertEquals(2, calendar.intervalsOn(LocalDate.parse("2026-11-17")).size());
    }

    @Test
    void rejectsABlankCode() {
        assertThrows(IllegalArgumentException.class,
                () -> new BusinessCalendar(" ", DUBAI, Map.of(), Set.of(), Set.of()));
    }

    @Test
    void aHolidayHasNoWorkingTimeAndAnUnlistedDayIsNotWorked() {
        assertEquals(List.of(), CN_2026.intervalsOn(LocalDate.parse("2026-10-01")));   // Thursday, National Day
        assertFalse(CN_2026.isWorkingDay(LocalDate.parse("2026-10-01")));
        assertFalse(CN_2026.isWorkingDay(LocalDate.parse("2026-11-14")));              // ordinary Saturday
        assertTrue(CN_2026.isWorkingDay(LocalDate.parse("2026-11-16")));               // ordinary Monday
    }

    @Test
    void aMakeUpWeekendDayIsWorkedWithNormalHours() {
        assertEquals(intervals("09:00", "18:00"), CN_2026.intervalsOn(LocalDate.parse("2026-10-10"))); // Saturday
        assertEquals(intervals("09:00", "18:00"), CN_2026.intervalsOn(LocalDate.parse("2026-01-04"))); // Sunday
    }

    @Test
    void aMakeUpDayOnAnIdleWeekdayBorrowsTheFirstListedDaysHours() {
        Map<DayOfWeek, List<WorkingInterval>> week = new LinkedHashMap<>();
        week.put(DayOfWeek.SUNDAY, intervals("08:00", "12:00", "13:00", "17:00"));
        week.put(DayOfWeek.MONDAY, intervals("09:00", "18:00"));
        LocalDate makeUpSaturday = LocalDate.parse("2026-11-21");
        LocalDate makeUpMonday = LocalDate.parse("2026-11-23");
        var calendar = new BusinessCalendar("SUN_FIRST", DUBAI, week, Set.of(), Set.of(makeUpSaturday, makeUpMonday));

        assertEquals(intervals("08:00", "12:00", "13:00", "17:00"), calendar.intervalsOn(makeUpSaturday));
        assertEquals(intervals("09:00", "18:00"), calendar.intervalsOn(makeUpMonday));

        // Fri 20 Nov 10:00 Dubai is not worked; Sat 21 gives 08:00-12:00 (4 h), the fifth hour is 13:00-14:00 Dubai
        // = 10:00Z.
        Instant anchor = local(calendar, "2026-11-20T10:00");
        assertEquals(Instant.parse("2026-11-21T10:00:00Z"), calendar.dueAt(anchor, 5, WORKING_HOURS));
    }

    @Test
    void aHolidayWinsOverAMakeUpDayOnTheSameDate() {
        LocalDate date = LocalDate.parse("2026-11-21");
        var calendar = new BusinessCalendar("BOTH", DUBAI, Map.of(DayOfWeek.MONDAY, intervals("09:00", "18:00")),
                Set.of(date), Set.of(date));

        assertFalse(calendar.isWorkingDay(date));
    }
}
