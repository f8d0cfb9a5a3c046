package io.redress.core.sla;

import io.redress.plugin.api.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A business calendar in the form of the public API:
 * {@code {"timeZone": "...", "week": {"MONDAY": [["08:00","12:00"], ...]}, "holidays": [...], "extraWorkingDays": [...]}},
 * optionally with {@code "prayerBreaks": {"latitude": 25.2048, "longitude": 55.2708, "method": "DUBAI",
 * "minutes": 20, "prayers": ["DHUHR", "ASR"]}} ({@code minutes} defaults to 20).
 * Parsing collects every bad field instead of stopping at the first, so that an admin sees all problems at once.
 *
 * @param prayerBreaks null when the calendar has none
 */
public record CalendarDefinition(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> week, Set<LocalDate> holidays,
                                 Set<LocalDate> extraWorkingDays, PrayerBreaks prayerBreaks) {

    public CalendarDefinition(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> week, Set<LocalDate> holidays,
            Set<LocalDate> extraWorkingDays) {
        this(zone, week, holidays, extraWorkingDays, null);
    }

    /**
     * This calendar with one year's public holidays and make-up working days replaced by a published schedule (e.g. the
     * State Council's notice for China), leaving every other year as it was.
     */
    public CalendarDefinition withYear(int year, Set<LocalDate> yearHolidays, Set<LocalDate> yearExtraWorkingDays) {
        Set<LocalDate> newHolidays = new java.util.TreeSet<>(holidays);
        newHolidays.removeIf(d -> d.getYear() == year);
        newHolidays.addAll(yearHolidays);
        Set<LocalDate> newExtra = new java.util.TreeSet<>(extraWorkingDays);
        newExtra.removeIf(d -> d.getYear() == year);
        newExtra.addAll(yearExtraWorkingDays);
        return new CalendarDefinition(zone, week, newHolidays, newExtra, prayerBreaks);
    }

    public BusinessCalendar toCalendar(String code) {
        return new BusinessCalendar(code, zone, week, holidays, extraWorkingDays, prayerBreaks);
    }

    public static CalendarDefinition of(BusinessCalendar calendar) {
        return new CalendarDefinition(calendar.zone(), calendar.week(), calendar.holidays(), calendar.extraWorkingDays(),
                calendar.prayerBreaks());
    }

    /** Reads the API form; {@code errors} receives one entry per bad field, prefixed with {@code prefix}. */
    public static CalendarDefinition parse(JsonObject json, String prefix, List<FieldError> errors) {
        ZoneId zone = null;
        JsonValue tz = json.get("timeZone");
        if (!(tz instanceof JsonString s)) {
            errors.add(new FieldError(prefix + "timeZone", "is required: an IANA time zone such as Asia/Dubai"));
        } else {
            try {
                zone = ZoneId.of(s.getString());
            } catch (DateTimeException e) {
                errors.add(new FieldError(prefix + "timeZone", "is not a known time zone: " + s.getString()));
            }
        }
        Map<DayOfWeek, List<WorkingInterval>> week = new LinkedHashMap<>();
        JsonValue weekValue = json.get("week");
        if (!(weekValue instanceof JsonObject weekJson)) {
            errors.add(new FieldError(prefix + "week", "is required: working intervals per day, e.g. {\"MONDAY\": [[\"09:00\",\"18:00\"]]}"));
        } else {
            for (Map.Entry<String, JsonValue> day : weekJson.entrySet()) {
                String field = prefix + "week." + day.getKey();
                DayOfWeek dayOfWeek;
                try {
                    dayOfWeek = DayOfWeek.valueOf(day.getKey());
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(field, "is not a day of the week (MONDAY … SUNDAY)"));
                    continue;
                }
                List<WorkingInterval> intervals = intervals(day.getValue(), field, errors);
                if (intervals != null) {
                    week.put(dayOfWeek, intervals);
                }
            }
        }
        Set<LocalDate> holidays = dates(json.get("holidays"), prefix + "holidays", errors);
        Set<LocalDate> extra = dates(json.get("extraWorkingDays"), prefix + "extraWorkingDays", errors);
        PrayerBreaks prayerBreaks = prayerBreaks(json.get("prayerBreaks"), prefix + "prayerBreaks", errors);
        if (errors.isEmpty()) {
            try {
                new BusinessCalendar("check", zone, week, holidays, extra);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(prefix + "week", e.getMessage()));
            }
        }
        return errors.isEmpty() ? new CalendarDefinition(zone, week, holidays, extra, prayerBreaks) : null;
    }

    public static CalendarDefinition parse(String json) {
        List<FieldError> errors = new ArrayList<>();
        CalendarDefinition definition = parse(Json.createReader(new StringReader(json)).readObject(), "", errors);
        if (definition == null) {
            throw new IllegalStateException("stored calendar is invalid: " + errors);
        }
        return definition;
    }

    private static List<WorkingInterval> intervals(JsonValue value, String field, List<FieldError> errors) {
        if (!(value instanceof JsonArray array)) {
            errors.add(new FieldError(field, "must be a list of [\"HH:mm\", \"HH:mm\"] pairs"));
            return null;
        }
        List<WorkingInterval> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue pair = array.get(i);
            if (!(pair instanceof JsonArray p) || p.size() != 2 || !(p.get(0) instanceof JsonString from)
                    || !(p.get(1) instanceof JsonString to)) {
                errors.add(new FieldError(field + "[" + i + "]", "must be a pair [\"HH:mm\", \"HH:mm\"]"));
                continue;
            }
            try {
                result.add(new WorkingInterval(LocalTime.parse(from.getString()), LocalTime.parse(to.getString())));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(field + "[" + i + "]", "times must be written HH:mm"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + "[" + i + "]", e.getMessage()));
            }
        }
        return result;
    }

    /** Null when absent or when any field is bad; the bad fields are in {@code errors} then. */
    private static PrayerBreaks prayerBreaks(JsonValue value, String field, List<FieldError> errors) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject json)) {
            errors.add(new FieldError(field, "must be an object {\"latitude\", \"longitude\", \"method\", \"minutes\", \"prayers\"}"));
            return null;
        }
        int before = errors.size();
        Double latitude = degrees(json.get("latitude"), field + ".latitude", 90, errors);
        Double longitude = degrees(json.get("longitude"), field + ".longitude", 180, errors);
        PrayerBreaks.Method method = null;
        if (!(json.get("method") instanceof JsonString m)) {
            errors.add(new FieldError(field + ".method", "is required: one of " + List.of(PrayerBreaks.Method.values())));
        } else {
            try {
                method = PrayerBreaks.Method.valueOf(m.getString());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + ".method", "is not a known calculation method: " + m.getString()
                        + "; one of " + List.of(PrayerBreaks.Method.values())));
            }
        }
        int minutes = PrayerBreaks.DEFAULT_MINUTES;
        JsonValue minutesValue = json.get("minutes");
        if (minutesValue != null && minutesValue != JsonValue.NULL) {
            if (!(minutesValue instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < PrayerBreaks.MIN_MINUTES
                    || n.longValue() > PrayerBreaks.MAX_MINUTES) {
                errors.add(new FieldError(field + ".minutes", "must be a whole number of minutes from "
                        + PrayerBreaks.MIN_MINUTES + " to " + PrayerBreaks.MAX_MINUTES));
            } else {
                minutes = n.intValue();
            }
        }
        Set<PrayerBreaks.Prayer> prayers = EnumSet.noneOf(PrayerBreaks.Prayer.class);
        if (!(json.get("prayers") instanceof JsonArray array) || array.isEmpty()) {
            errors.add(new FieldError(field + ".prayers", "must list at least one of "
                    + List.of(PrayerBreaks.Prayer.values())));
        } else {
            for (int i = 0; i < array.size(); i++) {
                try {
                    prayers.add(PrayerBreaks.Prayer.valueOf(((JsonString) array.get(i)).getString()));
                } catch (ClassCastException | IllegalArgumentException e) {
                    errors.add(new FieldError(field + ".prayers[" + i + "]", "is not a prayer; one of "
                            + List.of(PrayerBreaks.Prayer.values())));
                }
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new PrayerBreaks(latitude, longitude, method, minutes, prayers);
    }

    private static Double degrees(JsonValue value, String field, int limit, List<FieldError> errors) {
        if (!(value instanceof JsonNumber n) || !(Math.abs(n.doubleValue()) <= limit)) {
            errors.add(new FieldError(field, "must be a number of degrees from -" + limit + " to " + limit));
            return null;
        }
        return n.doubleValue();
    }

    private static Set<LocalDate> dates(JsonValue value, String field, List<FieldError> errors) {
        Set<LocalDate> result = new LinkedHashSet<>();
        if (value == null || value == JsonValue.NULL) {
            return result;
        }
        if (!(value instanceof JsonArray array)) {
            errors.add(new FieldError(field, "must be a list of dates (YYYY-MM-DD)"));
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            try {
                result.add(LocalDate.parse(((JsonString) array.get(i)).getString()));
            } catch (ClassCastException | DateTimeParseException e) {
                errors.add(new FieldError(field + "[" + i + "]", "must be a date YYYY-MM-DD"));
            }
        }
        return result;
    }

    public JsonObject toJson() {
        JsonObjectBuilder weekJson = Json.createObjectBuilder();
        week.forEach((day, intervals) -> {
            JsonArrayBuilder list = Json.createArrayBuilder();
            intervals.forEach(i -> list.add(Json.createArrayBuilder().add(i.start().toString()).add(i.end().toString())));
            weekJson.add(day.name(), list);
        });
        JsonArrayBuilder holidayJson = Json.createArrayBuilder();
        holidays.stream().sorted().forEach(d -> holidayJson.add(d.toString()));
        JsonArrayBuilder extraJson = Json.createArrayBuilder();
        extraWorkingDays.stream().sorted().forEach(d -> extraJson.add(d.toString()));
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("timeZone", zone.getId())
                .add("week", weekJson)
                .add("holidays", holidayJson)
                .add("extraWorkingDays", extraJson);
        if (prayerBreaks != null) {
            JsonArrayBuilder prayers = Json.createArrayBuilder();
            prayerBreaks.prayers().forEach(prayer -> prayers.add(prayer.name()));
            json.add("prayerBreaks", Json.createObjectBuilder()
                    .add("latitude", prayerBreaks.latitude())
                    .add("longitude", prayerBreaks.longitude())
                    .add("method", prayerBreaks.method().name())
                    .add("minutes", prayerBreaks.minutes())
                    .add("prayers", prayers));
        }
        return json.build();
    }
}
