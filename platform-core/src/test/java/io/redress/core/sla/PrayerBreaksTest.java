package io.redress.core.sla;

import static io.redress.core.sla.PrayerBreaks.Prayer.ASR;
import static io.redress.core.sla.PrayerBreaks.Prayer.DHUHR;
import static io.redress.core.sla.PrayerBreaks.Prayer.FAJR;
import static io.redress.core.sla.PrayerBreaks.Prayer.MAGHRIB;
import static io.redress.core.sla.SampleCalendars.intervals;
import static io.redress.core.sla.SampleCalendars.week;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.batoulapps.adhan.CalculationMethod;
import com.batoulapps.adhan.Coordinates;
import com.batoulapps.adhan.PrayerTimes;
import com.batoulapps.adhan.data.DateComponents;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dubai office hours interrupted by the Dhuhr and Asr prayers, checked against adhan's own times. */
class PrayerBreaksTest {

    private static final ZoneId DUBAI_ZONE = ZoneId.of("Asia/Dubai");
    private static final double LATITUDE = 25.2048;
    private static final double LONGITUDE = 55.2708;
    // Thu 19 Nov 2026, a working day.
    private static final LocalDate THURSDAY = LocalDate.parse("2026-11-19");

    private static final PrayerBreaks DHUHR_AND_ASR =
            new PrayerBreaks(LATITUDE, LONGITUDE, PrayerBreaks.Method.DUBAI, 20, Set.of(DHUHR, ASR));

    private static final BusinessCalendar DUBAI = dubai(DHUHR_AND_ASR);

    static BusinessCalendar dubai(PrayerBreaks breaks) {
        return new BusinessCalendar("DUBAI", DUBAI_ZONE,
                week(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), intervals("08:00", "17:00")),
                Set.of(), Set.of(), breaks);
    }

    /** The prayer's local time as adhan states it, independently of PrayerBreaks. */
    private static LocalTime adhan(LocalDate date, Date time) {
        ZonedDateTime local = time.toInstant().atZone(DUBAI_ZONE).truncatedTo(ChronoUnit.MINUTES);
        assertEquals(date, local.toLocalDate());
        return local.toLocalTime();
    }

    private static PrayerTimes adhanTimes(LocalDate date) {
        return new PrayerTimes(new Coordinates(LATITUDE, LONGITUDE),
                new DateComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                CalculationMethod.DUBAI.getParameters());
    }

    private static LocalTime dhuhr(LocalDate date) {
        PrayerTimes times = adhanTimes(date);
        return adhan(date, times.dhuhr);
    }

    private static LocalTime asr(LocalDate date) {
        PrayerTimes times = adhanTimes(date);
        return adhan(date, times.asr);
    }

    @Test
    void breaksStartAtAdhansPrayerTimesAndLastTheirMinutes() {
        LocalTime dhuhr = dhuhr(THURSDAY);
        LocalTime asr = asr(THURSDAY);
        // Sanity, so that agreeing with adhan cannot mean agreeing with a wrong zone or date.
        assertTrue(dhuhr.isAfter(LocalTime.of(11, 45)) && dhuhr.isBefore(LocalTime.of(12, 30)), dhuhr::toString);
        assertTrue(asr.isAfter(LocalTime.of(14, 45)) && asr.isBefore(LocalTime.of(15, 45)), asr::toString);

        assertEquals(List.of(new WorkingInterval(dhuhr, dhuhr.plusMinutes(20)),
                        new WorkingInterval(asr, asr.plusMinutes(20))),
                DHUHR_AND_ASR.breaksOn(THURSDAY, DUBAI_ZONE));
    }

    @Test
    void aWorkingDayLosesBothBreaks() {
        LocalTime dhuhr = dhuhr(THURSDAY);
        LocalTime asr = asr(THURSDAY);
        assertEquals(List.of(new WorkingInterval(LocalTime.of(8, 0), dhuhr),
                        new WorkingInterval(dhuhr.plusMinutes(20), asr),
                        new WorkingInterval(asr.plusMinutes(20), LocalTime.of(17, 0))),
                DUBAI.intervalsOn(THURSDAY));

        Instant morning = THURSDAY.atTime(8, 0).atZone(DUBAI_ZONE).toInstant();
        Instant evening = THURSDAY.atTime(17, 0).atZone(DUBAI_ZONE).toInstant();
        // 08:00-17:00 is nine hours; both breaks lie wholly inside it.
        assertEquals(Duration.ofHours(9).minusMinutes(40), DUBAI.workingTimeBetween(morning, evening));
    }

    @Test
    void aComplaintJustBeforeDhuhrWaitsOutTheBreak() {
        LocalTime dhuhr = dhuhr(THURSDAY);
        Instant received = THURSDAY.atTime(dhuhr.minusMinutes(10)).atZone(DUBAI_ZONE).toInstant();
        Instant breakStart = THURSDAY.atTime(dhuhr).atZone(DUBAI_ZONE).toInstant();

        // 10 minutes before the break, 20 minutes of break, then the remaining 50 minutes.
        assertEquals(received.plus(Duration.ofMinutes(80)), DUBAI.dueAt(received, 1, WORKING_HOURS));
        assertEquals(received.plus(Duration.ofHours(1)),
                dubai(null).dueAt(received, 1, WORKING_HOURS), "without breaks nothing is pushed");
        assertFalse(DUBAI.isWorkingTime(breakStart));
        assertTrue(DUBAI.isWorkingTime(breakStart.plus(Duration.ofMinutes(20))));
    }

    @Test
    void breaksOutsideWorkingHoursChangeNothing() {
        // Fajr (about 05:15) is before the office opens, Maghrib (about 17:35) after it closes.
        BusinessCalendar outside = dubai(new PrayerBreaks(LATITUDE, LONGITUDE, PrayerBreaks.Method.DUBAI, 20,
                Set.of(FAJR, MAGHRIB)));
        assertEquals(2, outside.prayerBreaks().breaksOn(THURSDAY, DUBAI_ZONE).size());
        assertEquals(intervals("08:00", "17:00"), outside.intervalsOn(THURSDAY));
        // Nor does any break on a day that is not worked.
        LocalDate saturday = THURSDAY.plusDays(2);
        assertEquals(List.of(), DUBAI.intervalsOn(saturday));
    }

    @Test
    void calendarDaysShowTheSplitIntervals() {
        List<CalendarDay> days = CalendarDay.of(DUBAI, THURSDAY, 1);
        assertEquals(CalendarDay.Kind.WORKDAY, days.getFirst().kind());
        assertEquals(DUBAI.intervalsOn(THURSDAY),
                days.getFirst().intervals().stream().map(CalendarDay.Interval::local).toList());
    }

    @Test
    void theDefaultBreakLastsTwentyMinutes() {
        assertEquals(PrayerBreaks.DEFAULT_MINUTES,
                new PrayerBreaks(LATITUDE, LONGITUDE, PrayerBreaks.Method.DUBAI, Set.of(DHUHR)).minutes());
    }

    @Test
    void everyMethodGivesADhuhrNearNoon() {
        for (PrayerBreaks.Method method : PrayerBreaks.Method.values()) {
            List<WorkingInterval> breaks =
                    new PrayerBreaks(LATITUDE, LONGITUDE, method, Set.of(DHUHR)).breaksOn(THURSDAY, DUBAI_ZONE);
            assertEquals(1, breaks.size(), method::name);
            LocalTime start = breaks.getFirst().start();
            assertTrue(start.isAfter(LocalTime.of(11, 45)) && start.isBefore(LocalTime.of(12, 30)), method::name);
        }
    }

    @Test
    void invalidBreaksAreRejectedWithAReason() {
        PrayerBreaks.Method dubai = PrayerBreaks.Method.DUBAI;
        assertMessage("latitude", () -> new PrayerBreaks(90.5, LONGITUDE, dubai, 20, Set.of(DHUHR)));
        assertMessage("latitude", () -> new PrayerBreaks(Double.NaN, LONGITUDE, dubai, 20, Set.of(DHUHR)));
        assertMessage("longitude", () -> new PrayerBreaks(LATITUDE, -180.5, dubai, 20, Set.of(DHUHR)));
        assertMessage("minutes", () -> new PrayerBreaks(LATITUDE, LONGITUDE, dubai, 4, Set.of(DHUHR)));
        assertMessage("minutes", () -> new PrayerBreaks(LATITUDE, LONGITUDE, dubai, 121, Set.of(DHUHR)));
        assertMessage("at least one prayer", () -> new PrayerBreaks(LATITUDE, LONGITUDE, dubai, 20, Set.of()));
        assertThrows(NullPointerException.class, () -> new PrayerBreaks(LATITUDE, LONGITUDE, null, 20, Set.of(DHUHR)));
    }

    private static void assertMessage(String fragment, Runnable construction) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, construction::run);
        assertTrue(e.getMessage().contains(fragment), e::getMessage);
    }
}
