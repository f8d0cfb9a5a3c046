package io.redress.benchmarks.deadline;

import io.redress.core.policy.PolicyTemplate;
import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.PrayerBreaks;
import io.redress.core.sla.WorkingInterval;
import io.redress.core.tenant.ShippedCalendars;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The inputs of the deadline benchmark: for each {@link CalendarSet}, {@value #COUNT} clock starts over 2026, the same
 * on every run. Each calendar gets the awkward moments by name (Friday evenings, China's holidays and make-up working
 * days, the DST changes of London and New York, the edges of working intervals, the year end); seeded random
 * minutes of the year fill the rest.
 */
public final class BenchmarkAnchors {

    /** How many anchors each set has; JMH divides each benchmark's time by it. */
    public static final int COUNT = 400;

    private static final long SEED = 20260101L;

    /** Read as local date-times in each calendar's own zone. */
    private static final List<String> AWKWARD_MOMENTS = List.of(
            "2026-01-01T10:00", // New Year's Day (CN holiday)
            "2026-01-03T12:00", // Saturday of a CN holiday before the make-up Sunday 4 January
            "2026-02-13T17:30", // Friday evening before a make-up Saturday and the Spring Festival week
            "2026-02-14T09:00", // CN make-up Saturday, at opening
            "2026-02-27T17:59", // last working minute before the make-up Saturday 28 February
            "2026-03-06T17:30", // Friday evening before New York springs forward
            "2026-03-08T02:30", // inside New York's spring-forward gap
            "2026-03-27T17:45", // Friday evening before London springs forward
            "2026-03-29T01:30", // inside London's spring-forward gap
            "2026-04-30T18:00", // closing time before the Labour Day holiday
            "2026-05-09T08:59", // CN make-up Saturday, a minute before opening
            "2026-09-30T16:00", // the afternoon before National Day
            "2026-10-01T10:00", // National Day
            "2026-10-09T17:00", // Friday before the make-up Saturday 10 October
            "2026-10-10T12:00", // CN make-up Saturday
            "2026-10-23T17:30", // Friday evening before London falls back
            "2026-10-25T01:30", // London's fall-back overlap
            "2026-10-30T17:30", // Friday evening before New York falls back
            "2026-11-01T01:30", // New York's fall-back overlap
            "2026-11-19T11:30", // before a midday break
            "2026-11-20T17:30", // the Friday evening of the SLA specification's examples
            "2026-12-23T12:00", // the start of the MIDDLE_EAST midday break
            "2026-12-31T17:00", // the year's last working hour
            "2026-12-31T23:59"); // the year's last minute

    private BenchmarkAnchors() {
    }

    /** A clock start in a calendar. */
    public record Anchor(BusinessCalendar calendar, Instant instant) {
    }

    /** Which calendars the anchors are spread over. */
    public enum CalendarSet {

        /**
         * The overseas-grading template's calendars as onboarding creates them: EUROPE, AMERICAS, SEA, MIDDLE_EAST
         * (a split day with a fixed midday break) and CN with the 2026 holidays and make-up working days.
         */
        TEMPLATES,

        /**
         * A Dubai calendar whose breaks follow the day's prayer times, as a tenant configures it: 08:00–17:00
         * Monday to Friday less 20 minutes at Dhuhr and at Asr. Its working intervals are computed for each date.
         */
        PRAYER_BREAKS
    }

    public static List<Anchor> in(CalendarSet set) {
        List<BusinessCalendar> calendars = switch (set) {
            case TEMPLATES -> templateCalendars();
            case PRAYER_BREAKS -> List.of(prayerBreakCalendar());
        };
        List<Anchor> anchors = new ArrayList<>(COUNT);
        for (BusinessCalendar calendar : calendars) {
            for (String moment : AWKWARD_MOMENTS) {
                anchors.add(new Anchor(calendar, LocalDateTime.parse(moment).atZone(calendar.zone()).toInstant()));
            }
        }
        Random random = new Random(SEED);
        Instant yearStart = Instant.parse("2026-01-01T00:00:00Z");
        int minutesOfYear = (int) ChronoUnit.MINUTES.between(yearStart, Instant.parse("2027-01-01T00:00:00Z"));
        while (anchors.size() < COUNT) {
            BusinessCalendar calendar = calendars.get(random.nextInt(calendars.size()));
            anchors.add(new Anchor(calendar, yearStart.plus(random.nextInt(minutesOfYear), ChronoUnit.MINUTES)));
        }
        return List.copyOf(anchors);
    }

    private static List<BusinessCalendar> templateCalendars() {
        return ShippedCalendars.of(PolicyTemplate.OVERSEAS_GRADING).entrySet().stream()
                .map(entry -> entry.getValue().toCalendar(entry.getKey()))
                .toList();
    }

    private static BusinessCalendar prayerBreakCalendar() {
        Map<DayOfWeek, List<WorkingInterval>> week = new LinkedHashMap<>();
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                .forEach(day -> week.put(day, List.of(WorkingInterval.parse("08:00", "17:00"))));
        PrayerBreaks breaks = new PrayerBreaks(25.2048, 55.2708, PrayerBreaks.Method.DUBAI,
                Set.of(PrayerBreaks.Prayer.DHUHR, PrayerBreaks.Prayer.ASR));
        return new BusinessCalendar("DUBAI_PRAYER", ZoneId.of("Asia/Dubai"), week, Set.of(), Set.of(), breaks);
    }
}
