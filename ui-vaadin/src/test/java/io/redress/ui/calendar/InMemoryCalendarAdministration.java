package io.redress.ui.calendar;

import io.redress.core.InvalidInputException;
import io.redress.core.sla.CalendarAdministration;
import io.redress.core.sla.CalendarDay;
import io.redress.core.sla.CalendarDefinition;
import io.redress.plugin.api.FieldError;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The platform's calendar administration for one tenant ("acme"), in memory: a draft is checked as the platform does,
 * by turning it into the API's JSON and parsing it with {@link CalendarDefinition#parse} (the real messages and field
 * paths), and previewed with {@link CalendarDay#of}. {@link #rejectNextSave} makes the next save fail with errors only
 * the server knows, as a concurrent change or a rule of the server's would.
 */
final class InMemoryCalendarAdministration implements CalendarAdministration {

    static final String TENANT = "acme";

    private final Map<String, CalendarDraft> stored = new TreeMap<>();
    /** Every code and draft given to {@link #save}, accepted or not. */
    final List<String> savedCodes = new ArrayList<>();
    final List<CalendarDraft> saveCalls = new ArrayList<>();
    private List<FieldError> serverErrors = List.of();

    InMemoryCalendarAdministration with(String code, CalendarDraft draft) {
        stored.put(code, draft);
        return this;
    }

    void rejectNextSave(FieldError... errors) {
        serverErrors = List.of(errors);
    }

    CalendarDraft stored(String code) {
        return stored.get(code);
    }

    @Override
    public List<String> codes(String tenant) {
        return TENANT.equals(tenant) ? List.copyOf(stored.keySet()) : List.of();
    }

    @Override
    public Optional<CalendarDraft> find(String tenant, String code) {
        return TENANT.equals(tenant) ? Optional.ofNullable(stored.get(code)) : Optional.empty();
    }

    @Override
    public List<FieldError> problems(String code, CalendarDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "must be upper-case letters, digits or '_', starting with a letter (e.g. MIDDLE_EAST)"));
        }
        List<FieldError> calendarErrors = new ArrayList<>();
        CalendarDefinition.parse(draft.toJson(), "", calendarErrors);
        errors.addAll(calendarErrors);
        return errors;
    }

    @Override
    public List<CalendarDay> preview(CalendarDraft draft, LocalDate from, int days) {
        List<FieldError> errors = new ArrayList<>();
        CalendarDefinition definition = CalendarDefinition.parse(draft.toJson(), "", errors);
        if (definition == null) {
            throw new InvalidInputException(errors);
        }
        return CalendarDay.of(definition.toCalendar("PREVIEW"), from, days);
    }

    @Override
    public boolean save(String tenant, String code, CalendarDraft draft) {
        savedCodes.add(code);
        saveCalls.add(draft);
        List<FieldError> errors = new ArrayList<>(problems(code, draft));
        errors.addAll(serverErrors);
        serverErrors = List.of();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // stored as the platform would give it back: its own reading of the JSON
        return stored.put(code, CalendarDraft.of(CalendarDefinition.parse(draft.toJson().toString()))) == null;
    }
}
