package io.redress.core.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Calendars shared by the example-based tests. */
final class SampleCalendars {

    static final BusinessCalendar EUROPE = mondayToFriday("EUROPE", "Europe/London", "09:00", "18:00");

    static final BusinessCalendar MIDDLE_EAST =
            mondayToFriday("MIDDLE_EAST", "Asia/Dubai", "08:00", "12:00", "13:00", "17:00");

    static final BusinessCalendar NEW_YORK = mondayToFriday("NEW_YORK", "America/New_York", "09:00", "18:00");

    /** Mainland China 2026: public holidays plus the weekend make-up days (调休). */
    static final BusinessCalendar CN_2026 = new BusinessCalendar(
            "CN",
            ZoneId.of("Asia/Shanghai"),
            week(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), intervals("09:00", "18:00")),
            datesIn("2026-01-01", "2026-01-03", "2026-02-15", "2026-02-23", "2026-04-04", "2026-04-06",
                    "2026-05-01", "2026-05-05", "2026-06-19", "2026-06-21", "2026-09-25", "2026-09-27",
                    "2026-10-01", "2026-10-07"),
            Set.of(LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-28"),
                    LocalDate.parse("2026-05-09"), LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10")));

    private SampleCalendars() {}

    static BusinessCalendar mondayToFriday(String code, String zone, String... bounds) {
        return new BusinessCalendar(code, ZoneId.of(zone),
                week(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), intervals(bounds)), Set.of(), Set.of());
    }

    static Map<DayOfWeek, List<WorkingInterval>> week(Set<DayOfWeek> days, List<WorkingInterval> hours) {
        Map<DayOfWeek, List<WorkingInterval>> week = new LinkedHashMap<>();
        days.forEach(day -> week.put(day, hours));
        return week;
    }

    /** Intervals from consecutive "HH:mm" pairs. */
    static List<WorkingInterval> intervals(String... bounds) {
        List<WorkingInterval> intervals = new ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            intervals.add(WorkingInterval.parse(bounds[i], bounds[i + 1]));
        }
        return intervals;
    }

    /** Every date of the inclusive ranges given as consecutive first/last pairs. */
    static Set<LocalDate> datesIn(String... firstLastPairs) {
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < firstLastPairs.length; i += 2) {
            LocalDate last = LocalDate.parse(firstLastPairs[i + 1]);
            for (LocalDate d = LocalDate.parse(firstLastPairs[i]); !d.isAfter(last); d = d.plusDays(1)) {
                dates.add(d);
            }
        }
        return dates;
    }

    /** A local date-time read in the calendar's zone, the way a user would state an anchor. */
    static Instant local(BusinessCalendar calendar, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(calendar.zone()).toInstant();
    }
}
