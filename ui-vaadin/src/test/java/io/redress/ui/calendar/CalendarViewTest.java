package io.redress.ui.calendar;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.core.sla.CalendarAdministration.CalendarDraft;
import io.redress.core.sla.CalendarAdministration.Hours;
import io.redress.core.sla.CalendarDay;
import io.redress.core.sla.PrayerBreaks;
import io.redress.plugin.api.FieldError;
import io.redress.ui.i18n.RedressI18nProvider;
import io.redress.ui.session.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tenant admin's calendar editor on the server side (Karibu), over an in-memory platform that checks drafts with
 * the real calendar rules: the preview follows every edit before saving, the platform's errors land on the fields
 * they name, and saving stores what was edited.
 */
class CalendarViewTest {

    /** Monday 14:00 in Dubai, 18:00 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Hours MORNING = hours("08:00", "12:00");
    private static final Hours AFTERNOON = hours("13:00", "17:00");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private InMemoryCalendarAdministration platform;

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
        platform = new InMemoryCalendarAdministration().with("MIDDLE_EAST", middleEast()).with("CHINA", china());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static Hours hours(String start, String end) {
        return new Hours(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Sunday to Thursday with a lunch break, Sunday listed first; a holiday and a make-up Saturday. */
    private static CalendarDraft middleEast() {
        Map<DayOfWeek, List<Hours>> week = new LinkedHashMap<>();
        for (DayOfWeek day : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            week.put(day, List.of(MORNING, AFTERNOON));
        }
        return new CalendarDraft("Asia/Dubai", week, List.of(LocalDate.parse("2026-12-02")),
                List.of(LocalDate.parse("2026-11-28")), null);
    }

    private static CalendarDraft china() {
        Map<DayOfWeek, List<Hours>> week = new LinkedHashMap<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(day, List.of(hours("09:00", "18:00")));
        }
        return new CalendarDraft("Asia/Shanghai", week, List.of(), List.of(), null);
    }

    private CalendarView open(Locale locale, Role... roles) {
        UI.getCurrent().setLocale(locale);
        SignedIn.set(new Caller("alice", InMemoryCalendarAdministration.TENANT, Set.of(roles)));
        CalendarView view = new CalendarView(platform, clock);
        UI.getCurrent().add(view);
        view.enter();
        return view;
    }

    /** The Middle East calendar, chosen from the list as a user would. */
    private CalendarView middleEastIn(Locale locale) {
        CalendarView view = open(locale, Role.TENANT_ADMIN);
        view.list().select("MIDDLE_EAST");
        return view;
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return LocatorJ._get(type, spec -> spec.withId(id));
    }

    /** Sets a value as a user would: only into a field that is shown and enabled. */
    private static <V> void enter(HasValue<?, V> field, V value) {
        LocatorJ.assertEditableByUser((Component) field);
        field.setValue(value);
    }

    private static void click(String id) {
        LocatorJ._click(byId(Button.class, id));
    }

    private static IntervalField interval(CalendarView view, DayOfWeek day, int index) {
        return view.form().day(day).fields().get(index);
    }

    private static String intervalsOn(CalendarView view, int row) {
        return GridKt._getFormatted(view.preview().grid(), row, "intervals");
    }

    private static String kindOn(CalendarView view, int row) {
        return GridKt._getCellComponent(view.preview().grid(), row, "kind").getElement().getText();
    }

    @Test
    void listsTheCalendarsAndShowsTheChosenOneWithItsPreview() {
        CalendarView view = middleEastIn(Locale.ENGLISH);
        assertEquals(List.of("CHINA", "MIDDLE_EAST"), GridKt._findAll(view.list()));
        assertEquals("MIDDLE_EAST", view.form().code.getValue());
        assertTrue(view.form().code.isReadOnly(), "an existing calendar keeps its code");
        assertEquals("Asia/Dubai", view.form().zone.getValue());
        assertEquals(List.of(MORNING, AFTERNOON), view.form().day(DayOfWeek.MONDAY).hours());
        assertEquals(List.of(), view.form().day(DayOfWeek.FRIDAY).hours());
        assertEquals(List.of(LocalDate.parse("2026-12-02")), view.form().holidays.dates());

        Grid<CalendarDay> preview = view.preview().grid();
        // from today in Dubai, two weeks
        assertEquals(14, GridKt._size(preview));
        assertEquals(List.of("2026-11-23", "Monday"), List.of(GridKt._getFormatted(preview, 0, "date"),
                GridKt._getFormatted(preview, 0, "weekday")));
        assertEquals("Workday", kindOn(view, 0));
        assertEquals("08:00–12:00, 13:00–17:00", intervalsOn(view, 0));
        assertEquals("Rest day", kindOn(view, 4));
        assertEquals("—", intervalsOn(view, 4));
        assertEquals("Make-up working day", kindOn(view, 5));
        assertEquals("Holiday", kindOn(view, 9));
        assertTrue(GridKt._getCellComponent(preview, 9, "kind").getElement().getClassList().contains("redress-day-holiday"));
    }

    @Test
    void thePreviewFollowsAnEditedIntervalBeforeAnythingIsSaved() {
        CalendarView view = middleEastIn(Locale.ENGLISH);
        enter(interval(view, DayOfWeek.MONDAY, 0).end, LocalTime.of(11, 30));
        assertEquals("08:00–11:30, 13:00–17:00", intervalsOn(view, 0));
        assertEquals("08:00–12:00, 13:00–17:00", intervalsOn(view, 1), "Tuesday unchanged");
        // the make-up Saturday works the hours of Sunday, the first day the calendar lists
        enter(interval(view, DayOfWeek.SUNDAY, 0).start, LocalTime.of(7, 0));
        assertEquals("07:00–12:00, 13:00–17:00", intervalsOn(view, 5));
        assertEquals(List.of(), platform.saveCalls);
        assertEquals(List.of(MORNING, AFTERNOON), platform.stored("MIDDLE_EAST").week().get(DayOfWeek.MONDAY));
    }

    @Test
    void addingAnIntervalAHolidayAndAMakeUpDayShowsInThePreview() {
        CalendarView view = middleEastIn(Locale.ENGLISH);
        click("calendar-add-MONDAY");
        assertEquals("08:00–12:00, 13:00–17:00, 18:00–22:00", intervalsOn(view, 0), "an hour after the last one");
        click("calendar-remove-MONDAY-2");
        assertEquals("08:00–12:00, 13:00–17:00", intervalsOn(view, 0));

        enter(view.form().holidays.picker, LocalDate.parse("2026-11-24"));
        click("calendar-holidays-add");
        assertEquals("Holiday", kindOn(view, 1));
        assertEquals("—", intervalsOn(view, 1));

        enter(view.form().makeUpDays.picker, LocalDate.parse("2026-12-05"));
        click("calendar-make-up-add");
        assertEquals("Make-up working day", kindOn(view, 12));
        assertEquals("08:00–12:00, 13:00–17:00", intervalsOn(view, 12));

        // Friday starts from the usual hours, split as they are
        click("calendar-add-FRIDAY");
        assertEquals("Workday", kindOn(view, 4));
        assertEquals("08:00–12:00, 13:00–17:00", intervalsOn(view, 4));
    }

    @Test
    void prayerBreaksCutThePreviewedDays() {
        CalendarView view = middleEastIn(Locale.ENGLISH);
        PrayerBreaksForm prayer = view.form().prayerBreaks;
        assertFalse(prayer.latitude.isVisible() && prayer.latitude.getParent().orElseThrow().isVisible());
        enter(prayer.enabled, true);
        assertTrue(view.preview().unavailable(), "no location yet");
        assertTrue(prayer.latitude.isInvalid());
        enter(prayer.latitude, 25.2048);
        enter(prayer.longitude, 55.2708);
        enter(prayer.method, PrayerBreaks.Method.DUBAI);
        assertFalse(view.preview().unavailable());
        assertEquals(Set.of(PrayerBreaks.Prayer.DHUHR, PrayerBreaks.Prayer.ASR), prayer.prayers.getValue());
        // Dhuhr falls in the lunch break; Asr splits the afternoon
        String monday = intervalsOn(view, 0);
        assertTrue(monday.startsWith("08:00–12:00, 13:00–15:"), monday);
        assertEquals(3, monday.split(", ").length, monday);
    }

    @Test
    void anIntervalThatEndsBeforeItStartsIsMarkedAndNotSaved() {
        CalendarView view = middleEastIn(Locale.ENGLISH);
        IntervalField monday = interval(view, DayOfWeek.MONDAY, 0);
        enter(monday.end, LocalTime.of(7, 0));
        assertTrue(view.preview().unavailable());
        assertTrue(monday.isInvalid());
        assertEquals("Working interval must start before it ends, but got 08:00-07:00", monday.getErrorMessage());

        click("calendar-save");
        assertEquals(1, platform.saveCalls.size());
        assertTrue(monday.isInvalid());
        assertEquals(List.of("week.MONDAY[0]: Working interval must start before it ends, but got 08:00-07:00"), view.problemLines());
        assertEquals(List.of(MORNING, AFTERNOON), platform.stored("MIDDLE_EAST").week().get(DayOfWeek.MONDAY));
        NotificationsKt.expectNoNotifications();

        enter(monday.end, LocalTime.of(12, 0));
        assertFalse(monday.isInvalid());
        assertEquals(List.of(), view.problemLines());
    }

    @Test
    void overlappingIntervalsAreAProblemOfTheWeek() {
        CalendarView view = middleEastIn(Locale.ENGLISH);
        enter(interval(view, DayOfWeek.TUESDAY, 0).end, LocalTime.of(13, 30));
        assertTrue(view.form().weekErrorText().contains("Working intervals on TUESDAY overlap"), view.form().weekErrorText());
        assertTrue(view.preview().unavailable());
    }

    @Test
    void theServersErrorsLandOnTheFieldsTheyName() {
        CalendarView view = middleEastIn(Locale.ENGLISH);
        platform.rejectNextSave(new FieldError("timeZone", "is not served by this installation"),
                new FieldError("holidays[0]", "is a date the regulator does not recognise"));
        click("calendar-save");
        assertTrue(view.form().zone.isInvalid());
        assertEquals("is not served by this installation", view.form().zone.getErrorMessage());
        assertEquals("2026-12-02: is a date the regulator does not recognise", view.form().holidays.errorText());
        assertEquals(2, view.problemLines().size());
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void savesTheEditedCalendarKeepingTheOrderOfItsDays() {
        CalendarView view = middleEastIn(Locale.ENGLISH);
        enter(interval(view, DayOfWeek.MONDAY, 0).end, LocalTime.of(11, 30));
        click("calendar-save");
        NotificationsKt.expectNotifications("Calendar MIDDLE_EAST saved.");
        CalendarDraft saved = platform.stored("MIDDLE_EAST");
        assertEquals(List.of(hours("08:00", "11:30"), AFTERNOON), saved.week().get(DayOfWeek.MONDAY));
        assertEquals(DayOfWeek.SUNDAY, saved.week().keySet().iterator().next());
        assertEquals(List.of(LocalDate.parse("2026-11-28")), saved.extraWorkingDays());
        assertEquals(List.of(hours("08:00", "11:30"), AFTERNOON), view.form().day(DayOfWeek.MONDAY).hours(), "shown as saved");
    }

    @Test
    void createsANewCalendar() {
        CalendarView view = middleEastIn(Locale.ENGLISH);
        click("calendar-new");
        assertFalse(view.form().code.isReadOnly());
        assertEquals("Asia/Dubai", view.form().zone.getValue(), "the zone of the calendar shown before");
        assertEquals(List.of(hours("09:00", "18:00")), view.form().day(DayOfWeek.MONDAY).hours());

        enter(view.form().code, "Gulf office");
        click("calendar-save");
        assertTrue(view.form().code.isInvalid());
        assertTrue(view.form().code.getErrorMessage().startsWith("must be upper-case letters"), view.form().code.getErrorMessage());

        enter(view.form().code, "CHINA");
        click("calendar-save");
        assertEquals("There is already a calendar CHINA; open it to change it.", view.form().code.getErrorMessage());
        assertEquals(List.of("Gulf office"), platform.savedCodes, "an existing calendar is not overwritten");

        enter(view.form().code, "GULF");
        click("calendar-save");
        NotificationsKt.expectNotifications("Calendar GULF created.");
        assertEquals(List.of("CHINA", "GULF", "MIDDLE_EAST"), GridKt._findAll(view.list()));
        assertTrue(view.form().code.isReadOnly());
        assertEquals("Asia/Dubai", platform.stored("GULF").timeZone());
    }

    @Test
    void speaksChinese() {
        CalendarView view = middleEastIn(Locale.SIMPLIFIED_CHINESE);
        assertEquals("调休上班日", kindOn(view, 5));
        assertEquals("周六", GridKt._getFormatted(view.preview().grid(), 5, "weekday"));
        assertEquals("节假日", kindOn(view, 9));
        assertEquals("保存", byId(Button.class, "calendar-save").getText());
        assertEquals("时区", view.form().zone.getLabel());
        assertEquals("晡礼", view.form().prayerBreaks.prayers.getItemLabelGenerator().apply(PrayerBreaks.Prayer.ASR));
    }

    @Test
    void onlyATenantAdminSeesTheCalendars() {
        open(Locale.ENGLISH, Role.SUPERVISOR, Role.DIRECTOR);
        assertEquals("Only a tenant administrator may see and change the business calendars.",
                byId(Paragraph.class, "calendar-denied").getText());
        LocatorJ._assertNone(Button.class, spec -> spec.withId("calendar-save"));
        assertEquals(List.of(), platform.saveCalls);
    }
}
