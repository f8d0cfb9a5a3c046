package io.redress.ui.calendar;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.redress.core.sla.CalendarAdministration.CalendarDraft;
import io.redress.core.sla.CalendarAdministration.Hours;
import io.redress.plugin.api.FieldError;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A business calendar as a form: its code (only while new), time zone, the week's working intervals, holidays, make-up
 * working days and prayer-time breaks. {@link #draft()} gives what is entered, {@link #showErrors} puts the platform's
 * messages on the fields their paths name.
 */
class CalendarForm extends VerticalLayout {

    /** {@code week.MONDAY}, {@code week.MONDAY[1]}, {@code holidays[0]} …: a section, a day or list, an index. */
    private static final Pattern PATH = Pattern.compile("^([A-Za-z]+)(?:\\.([A-Z]+))?(?:\\[(\\d+)])?(?:\\.(.*))?$");

    final TextField code = new TextField();
    final ComboBox<String> zone = new ComboBox<>();
    private final Map<DayOfWeek, DayHours> days = new LinkedHashMap<>();
    private final Span weekError = new Span();
    final DateList holidays;
    final DateList makeUpDays;
    final PrayerBreaksForm prayerBreaks;
    private final Runnable onChange;
    /** The order of the days as the calendar lists them: a make-up day on an idle weekday works the first one's hours. */
    private List<DayOfWeek> listed = List.of();
    private boolean loading;

    CalendarForm(Runnable onChange) {
        this.onChange = onChange;
        setPadding(false);
        setId("calendar-form");
        Runnable changed = this::changed;
        code.setId("calendar-code");
        code.setLabel(getTranslation("calendar.code"));
        code.setHelperText(getTranslation("calendar.codeHelp"));
        code.setManualValidation(true);
        code.setMaxLength(64);
        code.addValueChangeListener(e -> changed());
        zone.setId("calendar-zone");
        zone.setLabel(getTranslation("calendar.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setManualValidation(true);
        zone.setWidth("18em");
        zone.addValueChangeListener(e -> changed());
        FormLayout identity = new FormLayout(code, zone);
        identity.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

        VerticalLayout week = new VerticalLayout();
        week.setPadding(false);
        week.setSpacing(false);
        week.setId("calendar-week");
        for (DayOfWeek day : DayOfWeek.values()) {
            DayHours hours = new DayHours(day, this::usualHours, changed);
            days.put(day, hours);
            week.add(hours);
        }
        weekError.setId("calendar-week-error");
        weekError.addClassName("redress-error");
        weekError.setVisible(false);

        holidays = new DateList("calendar-holidays", getTranslation("calendar.holidays"),
                getTranslation("calendar.holidaysHelp"), changed);
        makeUpDays = new DateList("calendar-make-up", getTranslation("calendar.makeUpDays"),
                getTranslation("calendar.makeUpDaysHelp"), changed);
        prayerBreaks = new PrayerBreaksForm(changed);

        add(identity, new H3(getTranslation("calendar.week")), new Paragraph(getTranslation("calendar.weekHelp")),
                weekError, week, new H3(getTranslation("calendar.holidaysTitle")), holidays,
                new H3(getTranslation("calendar.makeUpDaysTitle")), makeUpDays,
                new H3(getTranslation("calendar.prayerTitle")), prayerBreaks);
    }

    /** Shows a calendar; a new one has its code still to be entered. */
    void show(String calendarCode, CalendarDraft draft, boolean isNew) {
        loading = true;
        try {
            clearErrors();
            code.setValue(calendarCode == null ? "" : calendarCode);
            code.setReadOnly(!isNew);
            zone.setValue(draft.timeZone());
            listed = List.copyOf(draft.week().keySet());
            days.forEach((day, hours) -> hours.show(draft.week().getOrDefault(day, List.of())));
            holidays.show(draft.holidays());
            makeUpDays.show(draft.extraWorkingDays());
            prayerBreaks.show(draft.prayerBreaks());
        } finally {
            loading = false;
        }
    }

    String code() {
        return code.getValue().strip();
    }

    /** What is entered, the days in the calendar's own order and those it did not list after them. */
    CalendarDraft draft() {
        Map<DayOfWeek, List<Hours>> week = new LinkedHashMap<>();
        List<DayOfWeek> order = new ArrayList<>(listed);
        days.keySet().stream().filter(day -> !order.contains(day)).forEach(order::add);
        for (DayOfWeek day : order) {
            List<Hours> hours = days.get(day).hours();
            if (!hours.isEmpty()) {
                week.put(day, hours);
            }
        }
        return new CalendarDraft(zone.getValue(), week, holidays.dates(), makeUpDays.dates(), prayerBreaks.draft());
    }

    DayHours day(DayOfWeek day) {
        return days.get(day);
    }

    /** Marks the fields the errors name; every error is also listed by the view. */
    void showErrors(List<FieldError> errors) {
        clearErrors();
        errors.forEach(this::show);
    }

    void clearErrors() {
        code.setInvalid(false);
        code.setErrorMessage(null);
        zone.setInvalid(false);
        zone.setErrorMessage(null);
        weekError.setText("");
        weekError.setVisible(false);
        days.values().forEach(DayHours::clearErrors);
        holidays.clearErrors();
        makeUpDays.clearErrors();
        prayerBreaks.clearErrors();
    }

    String weekErrorText() {
        return weekError.isVisible() ? weekError.getText() : "";
    }

    private void show(FieldError error) {
        Matcher path = PATH.matcher(error.field());
        if (!path.matches()) {
            return;
        }
        Integer index = path.group(3) == null ? null : Integer.valueOf(path.group(3));
        switch (path.group(1)) {
            case "code" -> invalid(code, error.message());
            case "timeZone" -> invalid(zone, error.message());
            case "week" -> weekday(path.group(2)).ifPresentOrElse(day -> days.get(day).showError(index, error.message()),
                    () -> {
                        weekError.setText(weekError.isVisible() ? weekError.getText() + "; " + error.message() : error.message());
                        weekError.setVisible(true);
                    });
            case "holidays" -> holidays.showError(dated(holidays, index, error.message()));
            case "extraWorkingDays" -> makeUpDays.showError(dated(makeUpDays, index, error.message()));
            case "prayerBreaks" -> {
                String rest = error.field().substring("prayerBreaks".length()).replaceFirst("^\\.", "");
                prayerBreaks.showError(rest, error.message());
            }
            default -> {
                // a field the form does not have: the view lists it
            }
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(field.isInvalid() ? field.getErrorMessage() + "; " + message : message);
        field.setInvalid(true);
    }

    private static Optional<DayOfWeek> weekday(String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(DayOfWeek.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The message about the n-th date of a list, with the date: the list shows them in the order they are sent. */
    private static String dated(DateList list, Integer index, String message) {
        List<LocalDate> dates = list.dates();
        return index == null || index >= dates.size() ? message : dates.get(index) + ": " + message;
    }

    /** The hours of the first day that is worked, for a day that starts to be. */
    private List<Hours> usualHours() {
        return draft().week().values().stream().findFirst().orElse(List.of());
    }

    private void changed() {
        if (!loading) {
            onChange.run();
        }
    }
}
