package io.redress.benchmarks.deadline;

import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.WorkingInterval;
import io.redress.plugin.api.DeadlineUnit;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The obvious way to compute a working-time deadline, kept as the yardstick for {@link BusinessCalendar#dueAt}: walk
 * the clock forward one minute at a time from the anchor and look at each minute. It reads the calendar only through
 * {@link BusinessCalendar#intervalsOn}, converting each local interval in the calendar's zone on its own, so that it
 * shares no code with the fast path it checks.
 *
 * <p>It follows the rules of {@code BusinessCalendar}: {@code n} working hours are due at the end of the minute that
 * completes {@code n × 60} working minutes (a clock starting outside working time therefore starts at the next
 * working time, and time running out at an interval's end is due then); {@code n} working days are due at the end
 * of working time on the {@code n}th working day after the anchor's local date. A minute is working time when it
 * lies inside an interval of its own local date or of the day before (a DST gap can push an interval past
 * midnight). It is naive in stepping, not wasteful: each date's intervals are converted once per computation.
 *
 * <p>Anchors must fall on a whole minute, as every calendar bound does, so that a minute is either wholly working
 * time or not at all.
 */
public final class MinuteSteppingCalculator {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final BusinessCalendar calendar;
    private final Map<LocalDate, List<Span>> spansByDate = new HashMap<>();

    private MinuteSteppingCalculator(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** The due instant of {@code amount} working hours or working days from {@code anchor}. */
    public static Instant dueAt(BusinessCalendar calendar, Instant anchor, long amount, DeadlineUnit unit) {
        if (anchor.getNano() != 0 || anchor.getEpochSecond() % 60 != 0) {
            throw new IllegalArgumentException("The minute-stepping calculator needs a whole-minute anchor: " + anchor);
        }
        MinuteSteppingCalculator walk = new MinuteSteppingCalculator(calendar);
        return switch (unit) {
            case WORKING_HOURS -> walk.afterWorkingMinutes(anchor, amount * 60);
            case WORKING_DAYS -> walk.endOfWorkingDays(anchor, amount);
            default -> throw new IllegalArgumentException("Only working units are stepped, not " + unit);
        };
    }

    private Instant afterWorkingMinutes(Instant anchor, long minutes) {
        long remaining = minutes;
        for (Instant minute = anchor; ; minute = minute.plus(MINUTE)) {
            if (workingDateOf(minute) != null && --remaining == 0) {
                return minute.plus(MINUTE);
            }
        }
    }

    private Instant endOfWorkingDays(Instant anchor, long days) {
        LocalDate lastCounted = localDate(anchor); // the anchor's own date never counts
        long counted = 0;
        Instant endOfLastWorkingMinute = null;
        for (Instant minute = anchor; ; minute = minute.plus(MINUTE)) {
            if (counted == days && localDate(minute).isAfter(lastCounted)) {
                return endOfLastWorkingMinute;
            }
            LocalDate workingDate = workingDateOf(minute);
            if (workingDate == null) {
                continue;
            }
            if (workingDate.isAfter(lastCounted)) {
                counted++;
                lastCounted = workingDate;
            }
            if (counted > 0) {
                endOfLastWorkingMinute = minute.plus(MINUTE);
            }
        }
    }

    /** The local date whose working time contains the minute starting at {@code minute}, or null if it is idle. */
    private LocalDate workingDateOf(Instant minute) {
        LocalDate date = localDate(minute);
        LocalDate dayBefore = date.minusDays(1);
        if (contains(spansOf(dayBefore), minute)) {
            return dayBefore;
        }
        return contains(spansOf(date), minute) ? date : null;
    }

    private List<Span> spansOf(LocalDate date) {
        return spansByDate.computeIfAbsent(date, day -> calendar.intervalsOn(day).stream()
                .map(interval -> Span.of(day, interval, calendar))
                .toList());
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, calendar.zone());
    }

    private static boolean contains(List<Span> spans, Instant minute) {
        for (Span span : spans) {
            if (!minute.isBefore(span.start()) && minute.isBefore(span.end())) {
                return true;
            }
        }
        return false;
    }

    /** A working interval of one date on the instant line. */
    private record Span(Instant start, Instant end) {

        static Span of(LocalDate date, WorkingInterval interval, BusinessCalendar calendar) {
            return new Span(ZonedDateTime.of(date, interval.start(), calendar.zone()).toInstant(),
                    ZonedDateTime.of(date, interval.end(), calendar.zone()).toInstant());
        }
    }
}
