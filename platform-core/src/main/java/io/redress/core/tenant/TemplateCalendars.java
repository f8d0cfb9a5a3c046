package io.redress.core.tenant;

import io.redress.core.policy.PolicyTemplate;
import io.redress.core.sla.CalendarDefinition;
import io.redress.core.sla.WorkingInterval;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The region calendars a template creates (POLICIES.md). China's holidays and make-up working days are the
 * State Council's published schedule, shipped as data the tenant can edit, never computed.
 */
final class TemplateCalendars {

    private static final Set<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private TemplateCalendars() {
    }

    static Map<String, CalendarDefinition> of(PolicyTemplate template) {
        Map<String, CalendarDefinition> calendars = new LinkedHashMap<>();
        if (template == PolicyTemplate.OVERSEAS_GRADING) {
            calendars.put("EUROPE", weekdays("Europe/London", "09:00", "18:00"));
            calendars.put("AMERICAS", weekdays("America/New_York", "09:00", "18:00"));
            calendars.put("SEA", weekdays("Asia/Singapore", "08:00", "18:00"));
            // midday prayer excluded by default; issue "time" replaces it with computed prayer times
            calendars.put("MIDDLE_EAST", weekdays("Asia/Dubai", "08:00", "12:00", "13:00", "17:00"));
        }
        calendars.put("CN", china());
        return calendars;
    }

    /** Mon–Fri 09:00–18:00 in the zone, for a tenant whose zone no template calendar covers. */
    static CalendarDefinition officeHours(ZoneId zone) {
        return weekdays(zone.getId(), "09:00", "18:00");
    }

    private static CalendarDefinition weekdays(String zone, String... bounds) {
        Map<DayOfWeek, List<WorkingInterval>> week = new LinkedHashMap<>();
        for (DayOfWeek day : MONDAY_TO_FRIDAY) {
            List<WorkingInterval> intervals = new java.util.ArrayList<>();
            for (int i = 0; i < bounds.length; i += 2) {
                intervals.add(new WorkingInterval(LocalTime.parse(bounds[i]), LocalTime.parse(bounds[i + 1])));
            }
            week.put(day, intervals);
        }
        return new CalendarDefinition(ZoneId.of(zone), week, Set.of(), Set.of());
    }

    private static CalendarDefinition china() {
        CalendarDefinition base = weekdays("Asia/Shanghai", "09:00", "18:00");
        try (InputStream in = TemplateCalendars.class.getResourceAsStream("/io/redress/core/templates/cn-holidays-2026.json")) {
            JsonObject json = Json.createReader(in).readObject();
            return new CalendarDefinition(base.zone(), base.week(), dates(json, "holidays"), dates(json, "extraWorkingDays"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<LocalDate> dates(JsonObject json, String key) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        json.getJsonArray(key).forEach(v -> dates.add(LocalDate.parse(((JsonString) v).getString())));
        return dates;
    }
}
