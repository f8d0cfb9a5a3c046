package io.redress.core.sla;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What an administrator sees when checking a calendar: the kind of each day and its intervals as instants. */
class CalendarDayTest {

    @Test
    void nationalDayWeekInChinaWithItsMakeUpSaturday() {
        List<CalendarDay> days = CalendarDay.of(SampleCalendars.CN_2026, LocalDate.parse("2026-09-30"), 11);
        assertEquals(List.of(CalendarDay.Kind.WORKDAY,
                        CalendarDay.Kind.HOLIDAY, CalendarDay.Kind.HOLIDAY, CalendarDay.Kind.HOLIDAY, CalendarDay.Kind.HOLIDAY,
                        CalendarDay.Kind.HOLIDAY, CalendarDay.Kind.HOLIDAY, CalendarDay.Kind.HOLIDAY,
                        CalendarDay.Kind.WORKDAY, CalendarDay.Kind.WORKDAY, CalendarDay.Kind.MAKE_UP_DAY),
                days.stream().map(CalendarDay::kind).toList());
        CalendarDay makeUp = days.get(10);
        assertEquals(LocalDate.parse("2026-10-10"), makeUp.date());
        // Saturday has no hours of its own: it works the first listed day's 09:00–18:00, i.e. 01:00Z–10:00Z
        assertEquals(Instant.parse("2026-10-10T01:00:00Z"), makeUp.intervals().get(0).from());
        assertEquals(Instant.parse("2026-10-10T10:00:00Z"), makeUp.intervals().get(0).to());
        assertEquals(List.of(), days.get(3).intervals());
    }

    @Test
    void aSplitDayInDubaiAndTheWeekend() {
        List<CalendarDay> days = CalendarDay.of(SampleCalendars.MIDDLE_EAST, LocalDate.parse("2026-11-20"), 2);
        assertEquals(2, days.get(0).intervals().size());
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), days.get(0).intervals().get(1).from(), "13:00 in Dubai");
        assertEquals(CalendarDay.Kind.REST_DAY, days.get(1).kind());
    }
}
