package io.redress.core.sla;

import static io.redress.core.sla.SampleCalendars.EUROPE;
import static io.redress.core.sla.SampleCalendars.NEW_YORK;
import static io.redress.core.sla.SampleCalendars.intervals;
import static io.redress.plugin.api.DeadlineUnit.DAYS;
import static io.redress.plugin.api.DeadlineUnit.HOURS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * 2026 transitions: New York springs forward Sun 8 Mar 02:00 EST and falls back Sun 1 Nov 02:00 EDT; London springs
 * forward Sun 29 Mar 01:00 GMT and falls back Sun 25 Oct 02:00 BST.
 */
class DaylightSavingTest {

    /** Works only the small hours of Sunday, which is exactly when the clocks change. */
    private static final BusinessCalendar LONDON_NIGHT = new BusinessCalendar("LONDON_NIGHT",
            ZoneId.of("Europe/London"), Map.of(DayOfWeek.SUNDAY, intervals("00:30", "03:30")), Set.of(), Set.of());

    @Test
    void newYorkFallBackWeekend() {
        Instant friday = Instant.parse("2026-10-30T21:00:00Z"); // Fri 17:00 EDT
        // 17:00-18:00 Fri = 1 h; Mon 2 Nov 09:00 EST = 14:00Z, + 1 h = 15:00Z.
        assertEquals(Instant.parse("2026-11-02T15:00:00Z"), NEW_YORK.dueAt(friday, 2, WORKING_HOURS));
        // Mon 2 Nov 18:00 EST = 23:00Z.
        assertEquals(Instant.parse("2026-11-02T23:00:00Z"), NEW_YORK.dueAt(friday, 1, WORKING_DAYS));
        // Fri 09:00 EDT (13:00Z) to Mon 18:00 EST (23:00Z): two full days, 18 h.
        assertEquals(Duration.ofHours(18), NEW_YORK.workingTimeBetween(
                Instant.parse("2026-10-30T13:00:00Z"), Instant.parse("2026-11-02T23:00:00Z")));
    }

    @Test
    void newYorkSpringForwardWeekend() {
        Instant friday = Instant.parse("2026-03-06T22:00:00Z"); // Fri 17:00 EST
        // 1 h on Friday; Mon 9 Mar 09:00 EDT = 13:00Z, + 1 h = 14:00Z.
        assertEquals(Instant.parse("2026-03-09T14:00:00Z"), NEW_YORK.dueAt(friday, 2, WORKING_HOURS));
        // Mon 9 Mar 18:00 EDT = 22:00Z.
        assertEquals(Instant.parse("2026-03-09T22:00:00Z"), NEW_YORK.dueAt(friday, 1, WORKING_DAYS));
    }

    @Test
    void londonSpringForwardWeekend() {
        Instant friday = Instant.parse("2026-03-27T17:00:00Z"); // Fri 17:00 GMT
        // 1 h on Friday; Mon 30 Mar 09:00 BST = 08:00Z, + 1 h = 09:00Z.
        assertEquals(Instant.parse("2026-03-30T09:00:00Z"), EUROPE.dueAt(friday, 2, WORKING_HOURS));
        // Mon 30 Mar 18:00 BST = 17:00Z.
        assertEquals(Instant.parse("2026-03-30T17:00:00Z"), EUROPE.dueAt(friday, 1, WORKING_DAYS));
    }

    @Test
    void londonFallBackWeekend() {
        Instant friday = Instant.parse("2026-10-23T16:30:00Z"); // Fri 17:30 BST
        // 30 min on Friday; Mon 26 Oct 09:00 GMT = 09:00Z, + 30 min = 09:30Z.
        assertEquals(Instant.parse("2026-10-26T09:30:00Z"), EUROPE.dueAt(friday, 1, WORKING_HOURS));
        // Mon 26 Oct 18:00 GMT = 18:00Z.
        assertEquals(Instant.parse("2026-10-26T18:00:00Z"), EUROPE.dueAt(friday, 1, WORKING_DAYS));
    }

    @Test
    void aNightIntervalIsAnHourShorterWhenTheClocksGoForward() {
        // Sun 29 Mar: 00:30 GMT = 00:30Z to 03:30 BST = 02:30Z, only 2 h.
        assertEquals(Duration.ofHours(2), LONDON_NIGHT.workingTimeBetween(
                Instant.parse("2026-03-28T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z")));
        Instant saturday = Instant.parse("2026-03-28T12:00:00Z");
        // Two working hours end exactly at the interval end, 02:30Z.
        assertEquals(Instant.parse("2026-03-29T02:30:00Z"), LONDON_NIGHT.dueAt(saturday, 2, WORKING_HOURS));
        // The third is on Sun 5 Apr from 00:30 BST = 4 Apr 23:30Z, ending 00:30Z.
        assertEquals(Instant.parse("2026-04-05T00:30:00Z"), LONDON_NIGHT.dueAt(saturday, 3, WORKING_HOURS));
    }

    @Test
    void aNightIntervalIsAnHourLongerWhenTheClocksGoBack() {
        // Sun 25 Oct: 00:30 BST = 24 Oct 23:30Z to 03:30 GMT = 03:30Z, 4 h.
        assertEquals(Duration.ofHours(4), LONDON_NIGHT.workingTimeBetween(
                Instant.parse("2026-10-24T00:00:00Z"), Instant.parse("2026-10-26T00:00:00Z")));
        assertEquals(Instant.parse("2026-10-25T03:30:00Z"),
                LONDON_NIGHT.dueAt(Instant.parse("2026-10-24T12:00:00Z"), 4, WORKING_HOURS));
        // 01:15Z is 01:15 GMT, the second pass through the repeated hour, and still working time.
        assertTrue(LONDON_NIGHT.isWorkingTime(Instant.parse("2026-10-25T01:15:00Z")));
        // An ordinary Sunday, 1 Nov (GMT): 00:30Z to 03:30Z, 3 h.
        assertEquals(Duration.ofHours(3), LONDON_NIGHT.workingTimeBetween(
                Instant.parse("2026-10-31T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z")));
    }

    @Test
    void aBoundInsideTheGapMovesForward() {
        var newYorkNight = new BusinessCalendar("NY_NIGHT", ZoneId.of("America/New_York"),
                Map.of(DayOfWeek.SUNDAY, intervals("02:30", "05:00")), Set.of(), Set.of());
        // 02:30 does not exist on 8 Mar and becomes 03:30 EDT = 07:30Z; 05:00 EDT = 09:00Z, so 1.5 h.
        Instant saturdayNight = Instant.parse("2026-03-08T05:00:00Z"); // Sun 00:00 EST
        assertEquals(Instant.parse("2026-03-08T07:30:00Z"), newYorkNight.nextWorkingTime(saturdayNight));
        assertEquals(Duration.ofMinutes(90), newYorkNight.workingTimeBetween(saturdayNight,
                Instant.parse("2026-03-09T00:00:00Z")));
    }

    @Test
    void calendarDaysKeepTheWallClockTime() {
        // Sat 31 Oct 10:00 EDT (14:00Z) + 1 day = Sun 1 Nov 10:00 EST = 15:00Z, 25 h later.
        assertEquals(Instant.parse("2026-11-01T15:00:00Z"),
                NEW_YORK.dueAt(Instant.parse("2026-10-31T14:00:00Z"), 1, DAYS));
        // Sat 7 Mar 10:00 EST (15:00Z) + 1 day = Sun 8 Mar 10:00 EDT = 14:00Z, 23 h later.
        assertEquals(Instant.parse("2026-03-08T14:00:00Z"),
                NEW_YORK.dueAt(Instant.parse("2026-03-07T15:00:00Z"), 1, DAYS));
        // Sat 28 Mar 12:00 GMT + 2 days = Mon 30 Mar 12:00 BST = 11:00Z.
        assertEquals(Instant.parse("2026-03-30T11:00:00Z"),
                EUROPE.dueAt(Instant.parse("2026-03-28T12:00:00Z"), 2, DAYS));
    }

    @Test
    void elapsedHoursIgnoreTheWallClock() {
        // 24 h after Sat 31 Oct 10:00 EDT (14:00Z) is 14:00Z, which reads 09:00 EST.
        assertEquals(Instant.parse("2026-11-01T14:00:00Z"),
                NEW_YORK.dueAt(Instant.parse("2026-10-31T14:00:00Z"), 24, HOURS));
        // 24 h after Sat 7 Mar 10:00 EST (15:00Z) is 15:00Z, which reads 11:00 EDT.
        assertEquals(Instant.parse("2026-03-08T15:00:00Z"),
                NEW_YORK.dueAt(Instant.parse("2026-03-07T15:00:00Z"), 24, HOURS));
        // 48 h after Sat 28 Mar 12:00Z is Mon 30 Mar 12:00Z (13:00 BST).
        assertEquals(Instant.parse("2026-03-30T12:00:00Z"),
                EUROPE.dueAt(Instant.parse("2026-03-28T12:00:00Z"), 48, HOURS));
    }
}
