package io.redress.core.sla;

import io.redress.core.InvalidInputException;
import io.redress.core.sla.CalendarAdministration.CalendarDraft;
import io.redress.core.sla.CalendarAdministration.Hours;
import io.redress.core.sla.CalendarAdministration.PrayerBreaksDraft;
import io.redress.plugin.api.FieldError;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar editor's checks and preview, which need no database: a draft is judged by the API's rules, with the
 * API's field paths, and previewed as the saved calendar would be.
 */
class CalendarWorkbenchTest {

    private final CalendarWorkbench workbench = new CalendarWorkbench();

    private static Hours hours(String start, String end) {
        return new Hours(start == null ? null : LocalTime.parse(start), end == null ? null : LocalTime.parse(end));
    }

    /** Sunday to Thursday, split by lunch, in Dubai. */
    private static CalendarDraft dubai(List<Hours> sunday) {
        Map<DayOfWeek, List<Hours>> week = new LinkedHashMap<>();
        week.put(DayOfWeek.SUNDAY, sunday);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(day, List.of(hours("08:00", "12:00"), hours("13:00", "17:00")));
        }
        return new CalendarDraft("Asia/Dubai", week, List.of(LocalDate.parse("2026-12-02")),
                List.of(LocalDate.parse("2026-11-28")), null);
    }

    @Test
    void aDraftIsReadAsTheApiReadsItsJsonAndComesBackUnchanged() {
        CalendarDraft draft = dubai(List.of(hours("08:00", "12:00"), hours("13:00", "17:00")));
        assertEquals(List.of(), workbench.problems("MIDDLE_EAST", draft));
        CalendarDefinition definition = CalendarDefinition.parse(draft.toJson().toString());
        assertEquals(List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                List.copyOf(definition.week().keySet()), "the order of the days is kept: a make-up day borrows the first");
        assertEquals(draft, CalendarDraft.of(definition));
    }

    @Test
    void everyProblemIsNamedByTheApisPath() {
        CalendarDraft draft = new CalendarDraft("Mars/Olympus", Map.of(DayOfWeek.MONDAY,
                List.of(hours("09:00", "12:00"), hours("14:00", "13:00"), hours(null, "18:00"))), List.of(), List.of(),
                new PrayerBreaksDraft(95.0, 55.27, null, 3, Set.of()));
        List<String> fields = workbench.problems("middle east", draft).stream().map(FieldError::field).toList();
        assertEquals(List.of("code", "timeZone", "week.MONDAY[1]", "week.MONDAY[2]", "prayerBreaks.latitude",
                "prayerBreaks.method", "prayerBreaks.minutes", "prayerBreaks.prayers"), fields);
    }

    @Test
    void overlappingIntervalsAreAProblemOfTheWeekEvenWithABadCode() {
        CalendarDraft draft = dubai(List.of(hours("08:00", "12:00"), hours("11:00", "17:00")));
        List<FieldError> problems = workbench.problems("", draft);
        assertEquals(List.of("code", "week"), problems.stream().map(FieldError::field).toList());
        assertTrue(problems.get(1).message().contains("overlap"), problems.get(1).message());
    }

    @Test
    void thePreviewShowsEachKindOfDayWithItsLocalIntervals() {
        // Sun 2026-11-29 … Sat 2026-12-05, after the make-up Saturday 2026-11-28
        List<CalendarDay> days = workbench.preview(dubai(List.of(hours("09:00", "15:00"))), LocalDate.parse("2026-11-28"), 8);
        assertEquals(List.of(CalendarDay.Kind.MAKE_UP_DAY, CalendarDay.Kind.WORKDAY, CalendarDay.Kind.WORKDAY,
                        CalendarDay.Kind.WORKDAY, CalendarDay.Kind.HOLIDAY, CalendarDay.Kind.WORKDAY,
                        CalendarDay.Kind.REST_DAY, CalendarDay.Kind.REST_DAY),
                days.stream().map(CalendarDay::kind).toList());
        assertEquals(List.of(new WorkingInterval(LocalTime.of(9, 0), LocalTime.of(15, 0))),
                days.get(0).intervals().stream().map(CalendarDay.Interval::local).toList(),
                "the make-up Saturday works the hours of Sunday, the first day listed");
        assertEquals(2, days.get(2).intervals().size());
    }

    @Test
    void prayerBreaksCutThePreviewedDay() {
        CalendarDraft plain = dubai(List.of(hours("08:00", "17:00")));
        CalendarDraft withBreaks = new CalendarDraft(plain.timeZone(), plain.week(), plain.holidays(), plain.extraWorkingDays(),
                new PrayerBreaksDraft(25.2048, 55.2708, PrayerBreaks.Method.DUBAI, null, Set.of(PrayerBreaks.Prayer.DHUHR)));
        LocalDate sunday = LocalDate.parse("2026-11-29");
        assertEquals(1, workbench.preview(plain, sunday, 1).get(0).intervals().size());
        assertEquals(2, workbench.preview(withBreaks, sunday, 1).get(0).intervals().size(), "Dhuhr splits the day");
    }

    @Test
    void aBadDraftIsNotPreviewed() {
        InvalidInputException rejected = assertThrows(InvalidInputException.class,
                () -> workbench.preview(dubai(List.of(hours("12:00", "08:00"))), LocalDate.parse("2026-11-29"), 400));
        assertEquals(List.of("week.SUNDAY[0]", "days"), rejected.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aBadDraftIsNotSaved() {
        // no Calendars behind the workbench: reaching it would fail with a NullPointerException instead
        InvalidInputException rejected = assertThrows(InvalidInputException.class,
                () -> workbench.save("acme", "MIDDLE_EAST", new CalendarDraft(null, Map.of(), List.of(), List.of(), null)));
        assertEquals(List.of("timeZone"), rejected.errors().stream().map(FieldError::field).toList());
    }
}
