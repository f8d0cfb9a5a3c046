package io.redress.core.sla;

import static io.redress.core.sla.SampleCalendars.EUROPE;
import static io.redress.core.sla.SampleCalendars.MIDDLE_EAST;
import static io.redress.core.sla.SampleCalendars.local;
import static io.redress.plugin.api.DeadlineUnit.HOURS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The examples from the SLA specification, reproduced exactly. */
class WorkedExamplesTest {

    // Fri 20 Nov 2026, London is on GMT (= UTC); working hours 09:00-18:00 Mon-Fri.
    private static final Instant FRIDAY_EVENING = Instant.parse("2026-11-20T17:30:00Z");

    @Test
    void europeOneWorkingHourCarriesOverTheWeekend() {
        // 17:30-18:00 Fri is 30 min; the other 30 min are 09:00-09:30 Mon 23 Nov.
        assertEquals(Instant.parse("2026-11-23T09:30:00Z"), EUROPE.dueAt(FRIDAY_EVENING, 1, WORKING_HOURS));
    }

    @Test
    void europeWorkingDaysStartTheDayAfterTheAnchor() {
        // Friday itself never counts: Mon 23 = 1, Tue 24 = 2, Wed 25 = 3; each ends 18:00 GMT.
        assertEquals(Instant.parse("2026-11-24T18:00:00Z"), EUROPE.dueAt(FRIDAY_EVENING, 2, WORKING_DAYS));
        assertEquals(Instant.parse("2026-11-25T18:00:00Z"), EUROPE.dueAt(FRIDAY_EVENING, 3, WORKING_DAYS));
    }

    @Test
    void europeSevenWorkingDaysSpanTwoWeekends() {
        // Mon 23 .. Fri 27 = 5, Mon 30 Nov = 6, Tue 1 Dec = 7.
        assertEquals(Instant.parse("2026-12-01T18:00:00Z"), EUROPE.dueAt(FRIDAY_EVENING, 7, WORKING_DAYS));
    }

    // Thu 19 Nov 2026 11:30 Dubai (UTC+4) = 07:30Z; working hours 08:00-12:00 and 13:00-17:00 Mon-Fri.
    private static final Instant THURSDAY_LATE_MORNING = local(MIDDLE_EAST, "2026-11-19T11:30");

    @Test
    void middleEastOneWorkingHourSkipsTheLunchBreak() {
        // 11:30-12:00 is 30 min, then 13:00-13:30 Dubai = 09:30Z.
        assertEquals(Instant.parse("2026-11-19T09:30:00Z"), MIDDLE_EAST.dueAt(THURSDAY_LATE_MORNING, 1, WORKING_HOURS));
    }

    @Test
    void middleEastOneElapsedHourIgnoresTheCalendar() {
        // 07:30Z + 1 h.
        assertEquals(Instant.parse("2026-11-19T08:30:00Z"), MIDDLE_EAST.dueAt(THURSDAY_LATE_MORNING, 1, HOURS));
    }

    @Test
    void middleEastTenWorkingDays() {
        // Fri 20 = 1, Mon 23..Fri 27 = 2..6, Mon 30 = 7, Tue 1 Dec = 8, Wed 2 = 9, Thu 3 = 10; 17:00 Dubai = 13:00Z.
        assertEquals(Instant.parse("2026-12-03T13:00:00Z"), MIDDLE_EAST.dueAt(THURSDAY_LATE_MORNING, 10, WORKING_DAYS));
    }

    @Test
    void middleEastThirtyWorkingDays() {
        // Thu 3 Dec = 10, Fri 4 = 11, weeks of 7, 14, 21 Dec = 12..26, Mon 28..Thu 31 = 27..30; 17:00 Dubai = 13:00Z.
        assertEquals(Instant.parse("2026-12-31T13:00:00Z"), MIDDLE_EAST.dueAt(THURSDAY_LATE_MORNING, 30, WORKING_DAYS));
    }
}
