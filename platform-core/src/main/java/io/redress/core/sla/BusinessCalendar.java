package io.redress.core.sla;

import io.redress.plugin.api.DeadlineUnit;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When an organisation works, and the SLA deadline arithmetic that follows from it.
 *
 * @param code             stable identifier, used in configuration and error messages
 * @param zone             the zone in which every local time and date of this calendar is read
 * @param week             working intervals per weekday, in the order the days were configured; a day that is
 *                         absent (or has no intervals) is not a working day
 * @param holidays         dates with no working time at all, whatever their weekday
 * @param extraWorkingDays make-up working days (调休) that are worked although their weekday normally is not
 * @param prayerBreaks     breaks cut out of every working day at that day's prayer times; null when there are none
 */
public record BusinessCalendar(
        String code,
        ZoneId zone,
        Map<DayOfWeek, List<WorkingInterval>> week,
        Set<LocalDate> holidays,
        Set<LocalDate> extraWorkingDays,
        PrayerBreaks prayerBreaks) {

    public BusinessCalendar {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("Business calendar code must not be blank");
        }
        Objects.requireNonNull(zone, "zone");
        week = validatedWeek(week);
        holidays = Set.copyOf(holidays);
        extraWorkingDays = Set.copyOf(extraWorkingDays);
    }

    /** A calendar without prayer breaks, as every calendar was before they existed. */
    public BusinessCalendar(String code, ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> week,
            Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays) {
        this(code, zone, week, holidays, extraWorkingDays, null);
    }

    // The listing order is kept because a make-up day on an otherwise idle weekday borrows the first day's hours.
    private static Map<DayOfWeek, List<WorkingInterval>> validatedWeek(Map<DayOfWeek, List<WorkingInterval>> week) {
        Objects.requireNonNull(week, "week");
        Map<DayOfWeek, List<WorkingInterval>> validated = new LinkedHashMap<>();
        week.forEach((day, intervals) -> {
            Objects.requireNonNull(day, "day of week");
            Objects.requireNonNull(intervals, () -> "working intervals of " + day);
            List<WorkingInterval> sorted = new ArrayList<>(List.copyOf(intervals));
            sorted.sort(Comparator.comparing(WorkingInterval::start));
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new IllegalArgumentException("Working intervals on " + day + " overlap: "
                            + sorted.get(i - 1) + " and " + sorted.get(i));
                }
            }
            validated.put(day, List.copyOf(sorted));
        });
        return Collections.unmodifiableMap(validated);
    }

    /**
     * The working intervals of a local date, in order, with the day's prayer breaks already cut out; empty when the
     * date is not worked. All deadline arithmetic reads working time through here and nowhere else.
     */
    public List<WorkingInterval> intervalsOn(LocalDate date) {
        List<WorkingInterval> hours = configuredHoursOn(date);
        // Computed afresh each time rather than cached: adhan needs only a few trigonometric evaluations per day.
        return prayerBreaks == null || hours.isEmpty() ? hours : prayerBreaks.subtractFrom(hours, date, zone);
    }

    private List<WorkingInterval> configuredHoursOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        List<WorkingInterval> ownHours = week.getOrDefault(date.getDayOfWeek(), List.of());
        if (!ownHours.isEmpty() || !extraWorkingDays.contains(date)) {
            return ownHours;
        }
        // A make-up Saturday has no hours of its own; it is worked like a normal day, i.e. the first configured one.
        return week.values().stream().filter(hours -> !hours.isEmpty()).findFirst().orElse(List.of());
    }

    public boolean isWorkingDay(LocalDate date) {
        return !intervalsOn(date).isEmpty();
    }

    /**
     * The instant at which something anchored at {@code anchor} falls due.
     *
     * @throws IllegalArgumentException if {@code amount} is not positive
     * @throws NoWorkingTimeException   if a working unit is asked of a calendar that has no working time in sight
     */
    public Instant dueAt(Instant anchor, long amount, DeadlineUnit unit) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("Deadline amount must be positive, but got " + amount + " " + unit);
        }
        return switch (unit) {
            case WORKING_HOURS -> timeline().plusWorkingTime(anchor, Duration.ofHours(amount));
            case WORKING_DAYS -> timeline().endOfWorkingDaysAfter(anchor, amount);
            case HOURS -> anchor.plus(Duration.ofHours(amount));
            // Calendar days keep the wall-clock time, so a day across a DST change lasts 23 or 25 hours.
            case DAYS -> anchor.atZone(zone).plusDays(amount).toInstant();
        };
    }

    /**
     * The instant at which {@code amount} of working time has elapsed after {@code from} (a start outside working time
     * counts from the next working time).
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(amount, "amount");
        return timeline().plusWorkingTime(from, amount);
    }

    /** The working time that elapses from {@code from} to {@code to}; zero when {@code to} is not after it. */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return timeline().workingTimeBetween(from, to);
    }

    /** Whether the instant lies inside a working interval, start inclusive and end exclusive. */
    public boolean isWorkingTime(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return timeline().isWorkingTime(instant);
    }

    /** The instant itself if it is working time, otherwise the start of the next working interval. */
    public Instant nextWorkingTime(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return timeline().nextWorkingTime(instant);
    }

    /**
     * The due instant of a clock that was paused from {@code pausedAt} to {@code resumedAt}: {@code due} moved later
     * by the working time the pause swallowed, so a pause outside working hours costs the customer nothing.
     */
    public Instant resumeShift(Instant due, Instant pausedAt, Instant resumedAt) {
        Objects.requireNonNull(due, "due");
        Duration paused = workingTimeBetween(pausedAt, resumedAt);
        return paused.isZero() ? due : timeline().plusWorkingTime(due, paused);
    }

    private WorkingTimeline timeline() {
        return new WorkingTimeline(this);
    }
}
