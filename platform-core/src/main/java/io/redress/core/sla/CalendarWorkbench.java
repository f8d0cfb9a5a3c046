package io.redress.core.sla;

import io.redress.core.InvalidInputException;
import io.redress.plugin.api.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tenant administrator's calendar editor on the platform's side: a draft is checked by the very rules and field
 * paths of {@code PUT tenants/{tenant}/calendars/{code}} (it is turned into the API's JSON and parsed by
 * {@link CalendarDefinition#parse}), previewed without being saved, and saved through {@link Calendars}, which binds
 * the tenant.
 */
@ApplicationScoped
public class CalendarWorkbench implements CalendarAdministration {

    /** Stands in for the code of a draft that is only previewed: a calendar needs one, the days do not show it. */
    private static final String PREVIEW = "PREVIEW";

    @Inject
    Calendars calendars;

    @Override
    public List<String> codes(String tenant) {
        return calendars.codes(tenant);
    }

    @Override
    public Optional<CalendarDraft> find(String tenant, String code) {
        return calendars.definition(tenant, code).map(CalendarDraft::of);
    }

    @Override
    public List<FieldError> problems(String code, CalendarDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        check(code, draft, errors);
        return errors;
    }

    @Override
    public List<CalendarDay> preview(CalendarDraft draft, LocalDate from, int days) {
        List<FieldError> errors = new ArrayList<>();
        CalendarDefinition definition = CalendarDefinition.parse(draft.toJson(), "", errors);
        if (from == null) {
            errors.add(new FieldError("from", "is required: a date YYYY-MM-DD"));
        }
        if (days < 1 || days > MAX_PREVIEW_DAYS) {
            errors.add(new FieldError("days", "must be a whole number from 1 to " + MAX_PREVIEW_DAYS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return CalendarDay.of(definition.toCalendar(PREVIEW), from, days);
    }

    @Override
    public boolean save(String tenant, String code, CalendarDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        CalendarDefinition definition = check(code, draft, errors);
        if (definition == null) {
            throw new InvalidInputException(errors);
        }
        return calendars.put(tenant, code, definition);
    }

    /** The definition, or null with every problem in {@code errors}. */
    private static CalendarDefinition check(String code, CalendarDraft draft, List<FieldError> errors) {
        if (code == null || !CODE.matcher(code).matches()) {
            errors.add(new FieldError("code",
                    "must be upper-case letters, digits or '_', starting with a letter (e.g. MIDDLE_EAST)"));
        }
        // parsed on its own list: parse skips its last check when the list already holds an error
        List<FieldError> calendarErrors = new ArrayList<>();
        CalendarDefinition definition = CalendarDefinition.parse(draft.toJson(), "", calendarErrors);
        errors.addAll(calendarErrors);
        return errors.isEmpty() ? definition : null;
    }
}
