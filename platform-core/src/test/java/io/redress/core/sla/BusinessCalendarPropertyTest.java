package io.redress.core.sla;

import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Laws of the deadline arithmetic over generated calendars. Interval bounds fall on the half hour, so they hit DST
 * gaps and overlaps, and anchors are often half-hour aligned, so they hit interval bounds exactly.
 */
class BusinessCalendarPropertyTest {

    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Dubai"), ZoneId.of("Asia/Shanghai"));
    private static final LocalDate FIRST_DAY = LocalDate.parse("2026-01-01");
    private static final int DAYS_IN_RANGE = 730;

    @Property(tries = 300)
    void moreWorkingHoursAreDueStrictlyLater(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("anchors") Instant anchor, @ForAll @IntRange(min = 1, max = 100) int hours,
            @ForAll @IntRange(min = 1, max = 100) int more) {
        assertTrue(calendar.dueAt(anchor, hours, WORKING_HOURS)
                .isBefore(calendar.dueAt(anchor, hours + more, WORKING_HOURS)));
    }

    @Property(tries = 300)
    void workingHoursAdd(@ForAll("calendars") BusinessCalendar calendar, @ForAll("anchors") Instant anchor,
            @ForAll @IntRange(min = 1, max = 100) int first, @ForAll @IntRange(min = 1, max = 100) int second) {
        Instant inOneGo = calendar.dueAt(anchor, first + second, WORKING_HOURS);
        Instant inTwoSteps = calendar.dueAt(calendar.dueAt(anchor, first, WORKING_HOURS), second, WORKING_HOURS);
        assertEquals(inOneGo, inTwoSteps);
    }

    @Property(tries = 300)
    void workingHoursDueContainExactlyThatMuchWorkingTime(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("anchors") Instant anchor, @ForAll @IntRange(min = 1, max = 200) int hours) {
        Instant due = calendar.dueAt(anchor, hours, WORKING_HOURS);
        assertEquals(Duration.ofHours(hours), calendar.workingTimeBetween(anchor, due));
    }

    @Property(tries = 300)
    void workingHoursAreDueInWorkingTimeOrAtAnIntervalEnd(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("anchors") Instant anchor, @ForAll @IntRange(min = 1, max = 200) int hours) {
        Instant due = calendar.dueAt(anchor, hours, WORKING_HOURS);
        assertTrue(calendar.isWorkingTime(due) || !intervalDaysEndingAt(calendar, due).isEmpty(), due::toString);
    }

    @Property(tries = 300)
    void workingDaysAreDueAtTheEndOfTheNthWorkingDayAfterTheAnchorsDate(
            @ForAll("calendars") BusinessCalendar calendar, @ForAll("anchors") Instant anchor,
            @ForAll @IntRange(min = 1, max = 40) int workingDays) {
        Instant due = calendar.dueAt(anchor, workingDays, WORKING_DAYS);
        LocalDate anchorDate = LocalDate.ofInstant(anchor, calendar.zone());

        List<LocalDate> endingThere = intervalDaysEndingAt(calendar, due);
        assertFalse(endingThere.isEmpty(), due::toString);
        LocalDate dueDate = endingThere.getLast();
        assertTrue(dueDate.isAfter(anchorDate) && calendar.isWorkingDay(dueDate));
        assertEquals(workingDays, anchorDate.plusDays(1).datesUntil(dueDate.plusDays(1))
                .filter(calendar::isWorkingDay).count());
    }

    @Property(tries = 300)
    void resumingShiftsTheDueTimeByExactlyThePausedWorkingTime(@ForAll("calendars") BusinessCalendar calendar,
            @ForAll("anchors") Instant due, @ForAll("anchors") Instant pausedAt,
            @ForAll @LongRange(min = 0, max = 30 * 24 * 3600) long pauseSeconds) {
        Instant resumedAt = pausedAt.plusSeconds(pauseSeconds);
        Instant shifted = calendar.resumeShift(due, pausedAt, resumedAt);
        assertFalse(shifted.isBefore(due));
        assertEquals(calendar.workingTimeBetween(pausedAt, resumedAt), calendar.workingTimeBetween(due, shifted));
    }

    @Property(tries = 300)
    void prayerBreaksRemoveExactlyTheWorkingTimeTheyOverlap(@ForAll("breakingCalendars") BusinessCalendar calendar,
            @ForAll("datesOf2026And2027") LocalDate date) {
        // Counted minute by minute, independently of the interval arithmetic under test; these zones have no DST.
        boolean[] working = new boolean[24 * 60];
        BusinessCalendar unbroken = new BusinessCalendar(calendar.code(), calendar.zone(), calendar.week(),
                calendar.holidays(), calendar.extraWorkingDays());
        unbroken.intervalsOn(date).forEach(interval -> mark(working, interval, true));
        calendar.prayerBreaks().breaksOn(date, calendar.zone()).forEach(pause -> mark(working, pause, false));
        long expectedMinutes = IntStream.range(0, working.length).filter(minute -> working[minute]).count();

        Instant dayStart = date.atStartOfDay(calendar.zone()).toInstant();
        Instant nextDayStart = date.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        assertEquals(Duration.ofMinutes(expectedMinutes), calendar.workingTimeBetween(dayStart, nextDayStart));
        assertEquals(Duration.ofMinutes(expectedMinutes), calendar.intervalsOn(date).stream()
                .map(interval -> Duration.between(interval.start(), interval.end())).reduce(Duration.ZERO, Duration::plus));
    }

    /** Sets the minutes of the interval, its end rounded up so that a break running to midnight covers 23:59. */
    private static void mark(boolean[] minutes, WorkingInterval interval, boolean working) {
        int from = interval.start().toSecondOfDay() / 60;
        int to = (int) Math.ceil(interval.end().toNanoOfDay() / 60e9);
        for (int minute = from; minute < to; minute++) {
            minutes[minute] = working;
        }
    }

    @Provide
    Arbitrary<LocalDate> datesOf2026And2027() {
        return Arbitraries.integers().between(0, DAYS_IN_RANGE - 1).map(FIRST_DAY::plusDays);
    }

    /** Gulf calendars (no DST) that always have breaks, at the place of their zone, including long overlapping ones. */
    @Provide
    Arbitrary<BusinessCalendar> breakingCalendars() {
        Arbitrary<Tuple.Tuple3<ZoneId, Double, Double>> places = Arbitraries.of(List.of(
                Tuple.of(ZoneId.of("Asia/Dubai"), 25.2048, 55.2708),
                Tuple.of(ZoneId.of("Asia/Riyadh"), 24.7136, 46.6753),
                Tuple.of(ZoneId.of("Asia/Qatar"), 25.2854, 51.5310)));
        return Combinators.combine(
                        calendars(),
                        places,
                        Arbitraries.of(PrayerBreaks.Method.class),
                        Arbitraries.integers().between(PrayerBreaks.MIN_MINUTES, PrayerBreaks.MAX_MINUTES),
                        Arbitraries.of(PrayerBreaks.Prayer.class).set().ofMinSize(1))
                .as((calendar, place, method, minutes, prayers) -> new BusinessCalendar(calendar.code(), place.get1(),
                        calendar.week(), calendar.holidays(), calendar.extraWorkingDays(),
                        new PrayerBreaks(place.get2(), place.get3(), method, minutes, prayers)));
    }

    /** The dates (at most the instant's local date and the one before) with an interval ending exactly then. */
    private static List<LocalDate> intervalDaysEndingAt(BusinessCalendar calendar, Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, calendar.zone());
        return date.minusDays(1).datesUntil(date.plusDays(1))
                .filter(day -> calendar.intervalsOn(day).stream().anyMatch(interval ->
                        ZonedDateTime.of(day, interval.end(), calendar.zone()).toInstant().equals(instant)))
                .toList();
    }

    @Provide
    Arbitrary<Instant> anchors() {
        long first = FIRST_DAY.atStartOfDay(ZoneId.of("UTC")).toEpochSecond();
        long last = first + DAYS_IN_RANGE * 86_400L - 1;
        Arbitrary<Long> anySecond = Arbitraries.longs().between(first, last);
        Arbitrary<Long> onTheHalfHour = anySecond.map(second -> second - second % 1800);
        return Arbitraries.oneOf(anySecond, onTheHalfHour).map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, DAYS_IN_RANGE - 1).map(FIRST_DAY::plusDays);
        return Combinators.combine(
                        Arbitraries.of(ZONES),
                        Arbitraries.shuffle(DayOfWeek.values()),
                        hoursOfADay().list().ofSize(7),
                        dates.set().ofMaxSize(40),
                        dates.set().ofMaxSize(6),
                        anywhereBreaks().injectNull(0.6))
                .as(BusinessCalendarPropertyTest::calendar)
                .filter(calendar -> calendar.week().values().stream().anyMatch(hours -> !hours.isEmpty()));
    }

    // Days are listed in a shuffled order, some with no hours, so "the first listed day" varies too.
    private static BusinessCalendar calendar(ZoneId zone, List<DayOfWeek> dayOrder,
            List<List<WorkingInterval>> hours, Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays,
            PrayerBreaks prayerBreaks) {
        Map<DayOfWeek, List<WorkingInterval>> week = new LinkedHashMap<>();
        for (int i = 0; i < dayOrder.size(); i++) {
            week.put(dayOrder.get(i), hours.get(i));
        }
        return new BusinessCalendar("GENERATED", zone, week, holidays, extraWorkingDays, prayerBreaks);
    }

    /**
     * Breaks at any place outside the polar circles, whatever the calendar's zone: they then land at odd local
     * times, across DST changes and near midnight, which the laws above must survive as well.
     */
    private static Arbitrary<PrayerBreaks> anywhereBreaks() {
        return Combinators.combine(
                        Arbitraries.doubles().between(-60, 60),
                        Arbitraries.doubles().between(-180, 180),
                        Arbitraries.of(PrayerBreaks.Method.class),
                        Arbitraries.integers().between(PrayerBreaks.MIN_MINUTES, PrayerBreaks.MAX_MINUTES),
                        Arbitraries.of(PrayerBreaks.Prayer.class).set().ofMinSize(1))
                .as(PrayerBreaks::new);
    }

    private static Arbitrary<List<WorkingInterval>> hoursOfADay() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(List.of())),
                Tuple.of(5, halfHourIntervals(2, false)),
                Tuple.of(3, halfHourIntervals(4, false)),
                Tuple.of(1, halfHourIntervals(3, true)));
    }

    /** Intervals between sorted distinct half-hour bounds; touching ones share a bound, the others do not. */
    private static Arbitrary<List<WorkingInterval>> halfHourIntervals(int bounds, boolean touching) {
        return Arbitraries.integers().between(0, 47).set().ofSize(bounds).map(set -> {
            List<LocalTime> times = set.stream().sorted().map(i -> LocalTime.of(i / 2, i % 2 * 30)).toList();
            List<WorkingInterval> intervals = new ArrayList<>();
            for (int i = 0; i + 1 < times.size(); i += touching ? 1 : 2) {
                intervals.add(new WorkingInterval(times.get(i), times.get(i + 1)));
            }
            return intervals;
        });
    }
}
