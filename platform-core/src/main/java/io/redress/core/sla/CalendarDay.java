package io.redress.core.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One day of a calendar as an administrator checks it: what kind of day it is and its working intervals, both in
 * local time and as instants.
 */
public record CalendarDay(LocalDate date, Kind kind, List<Interval> intervals) {

    public enum Kind {
        /** a weekday with working hours */
        WORKDAY,
        /** a day the week does not work */
        REST_DAY,
        /** a public holiday */
        HOLIDAY,
        /** a make-up working day (调休) on a day that is otherwise not worked */
        MAKE_UP_DAY
    }

    public record Interval(WorkingInterval local, Instant from, Instant to) {
    }

    /** The days from {@code from} on, {@code days} of them, in the calendar's zone. */
    public static List<CalendarDay> of(BusinessCalendar calendar, LocalDate from, int days) {
        return from.datesUntil(from.plusDays(days)).map(date -> {
            List<Interval> intervals = calendar.intervalsOn(date).stream()
                    .map(i -> new Interval(i, date.atTime(i.start()).atZone(calendar.zone()).toInstant(),
                            date.atTime(i.end()).atZone(calendar.zone()).toInstant()))
                    .toList();
            Kind kind;
            if (calendar.holidays().contains(date)) {
                kind = Kind.HOLIDAY;
            } else if (calendar.week().getOrDefault(date.getDayOfWeek(), List.of()).isEmpty()) {
                kind = intervals.isEmpty() ? Kind.REST_DAY : Kind.MAKE_UP_DAY;
            } else {
                kind = Kind.WORKDAY;
            }
            return new CalendarDay(date, kind, intervals);
        }).toList();
    }
}
