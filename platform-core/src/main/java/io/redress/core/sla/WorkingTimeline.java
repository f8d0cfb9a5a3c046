package io.redress.core.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * A calendar's working time laid out on the instant line and walked one local day at a time, so that the cost of
 * a computation grows with the number of days it spans, never with the number of minutes.
 *
 * <p>Working time is the real time elapsed inside the intervals once their local bounds are converted in the
 * calendar's zone, as {@link ZonedDateTime#of} does (a bound in a DST gap moves forward, one in an overlap takes the
 * earlier offset). An interval spanning a DST change is therefore an hour shorter or longer than it looks.
 */
final class WorkingTimeline {

    /** How long a search may go without meeting working time before the calendar is taken to be broken. */
    static final int SEARCH_LIMIT_YEARS = 5;

    private final BusinessCalendar calendar;

    WorkingTimeline(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    Instant plusWorkingTime(Instant from, Duration amount) {
        Duration remaining = amount;
        SpanWalk walk = new SpanWalk(from);
        while (true) {
            Span span = walk.next();
            // "<=" so that time running out exactly at an interval's end is due then, not at the next start.
            if (remaining.compareTo(span.length()) <= 0) {
                return span.start().plus(remaining);
            }
            remaining = remaining.minus(span.length());
        }
    }

    Instant endOfWorkingDaysAfter(Instant anchor, long workingDays) {
        LocalDate day = localDate(anchor);
        LocalDate lastWorkingDay = day;
        long counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                counted++;
                lastWorkingDay = day;
            } else if (day.isAfter(lastWorkingDay.plusYears(SEARCH_LIMIT_YEARS))) {
                throw new NoWorkingTimeException(calendar.code(), lastWorkingDay, SEARCH_LIMIT_YEARS);
            }
        }
        return toInstant(day, calendar.intervalsOn(day).getLast().end());
    }

    Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        SpanWalk walk = new SpanWalk(from);
        LocalDate lastDay = localDate(to);
        for (Span span = walk.nextUntil(lastDay); span != null && span.start().isBefore(to);
                span = walk.nextUntil(lastDay)) {
            total = total.plus(Duration.between(span.start(), min(span.end(), to)));
        }
        return total;
    }

    boolean isWorkingTime(Instant instant) {
        LocalDate day = localDate(instant);
        return spansOn(day.minusDays(1)).stream().anyMatch(span -> span.contains(instant))
                || spansOn(day).stream().anyMatch(span -> span.contains(instant));
    }

    Instant nextWorkingTime(Instant instant) {
        return new SpanWalk(instant).next().start();
    }

    /** The working time of one local date as disjoint instant spans in time order. */
    private List<Span> spansOn(LocalDate day) {
        List<WorkingInterval> intervals = calendar.intervalsOn(day);
        if (intervals.isEmpty()) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(intervals.size());
        for (WorkingInterval interval : intervals) {
            Instant start = toInstant(day, interval.start());
            Instant end = toInstant(day, interval.end());
            if (start.isBefore(end)) { // an interval inside a DST gap can convert to nothing
                spans.add(new Span(start, end));
            }
        }
        // Local order and instant order disagree only for bounds in or just after a DST gap; merging keeps the
        // union of the intervals so that no working time is counted twice.
        spans.sort(Comparator.comparing(Span::start));
        List<Span> merged = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Span previous = merged.isEmpty() ? null : merged.getLast();
            if (previous != null && !span.start().isAfter(previous.end())) {
                merged.set(merged.size() - 1, new Span(previous.start(), max(previous.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, calendar.zone());
    }

    private Instant toInstant(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, calendar.zone()).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private record Span(Instant start, Instant end) {

        Duration length() {
            return Duration.between(start, end);
        }

        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }

    /** Yields the working spans from an origin onwards in time order, each clipped to start no earlier than it. */
    private final class SpanWalk {

        private Instant cursor;
        private LocalDate day;
        private LocalDate lastWorkingDay;
        private Iterator<Span> spansOfDay;

        SpanWalk(Instant origin) {
            cursor = origin;
            lastWorkingDay = localDate(origin);
            // Start a day early: a DST gap just before midnight can push yesterday's last interval into today.
            day = lastWorkingDay.minusDays(1);
            spansOfDay = spansOn(day).iterator();
        }

        /** The next span, searching for at most {@value WorkingTimeline#SEARCH_LIMIT_YEARS} years without any. */
        Span next() {
            return advance(null);
        }

        /** The next span belonging to a day no later than {@code lastDay}, or null when there is none. */
        Span nextUntil(LocalDate lastDay) {
            return advance(lastDay);
        }

        private Span advance(LocalDate lastDay) {
            while (true) {
                while (!spansOfDay.hasNext()) {
                    day = day.plusDays(1);
                    if (lastDay != null && day.isAfter(lastDay)) {
                        return null;
                    }
                    if (lastDay == null && day.isAfter(lastWorkingDay.plusYears(SEARCH_LIMIT_YEARS))) {
                        throw new NoWorkingTimeException(calendar.code(), lastWorkingDay, SEARCH_LIMIT_YEARS);
                    }
                    spansOfDay = spansOn(day).iterator();
                }
                Span span = spansOfDay.next();
                Instant start = max(span.start(), cursor);
                if (start.isBefore(span.end())) {
                    cursor = span.end();
                    lastWorkingDay = day;
                    return new Span(start, span.end());
                }
            }
        }
    }
}
