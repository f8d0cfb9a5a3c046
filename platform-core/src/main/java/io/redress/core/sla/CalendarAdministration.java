package io.redress.core.sla;

import io.redress.plugin.api.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a tenant administrator's calendar screens need from the platform: the tenant's business calendars, checking a
 * draft by the API's own rules and field paths, the days a draft would give, and saving it. The UI depends on this
 * interface, not on persistence.
 */
public interface CalendarAdministration {

    /** A calendar's code, as {@code PUT tenants/{tenant}/calendars/{code}} accepts it. */
    Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    /** The longest preview, as the API's {@code calendars/{code}/preview?days=} allows. */
    int MAX_PREVIEW_DAYS = 366;

    /** The codes of the tenant's calendars, in order. */
    List<String> codes(String tenant);

    /** The calendar as a draft to edit, or empty when the tenant has none of that code. */
    Optional<CalendarDraft> find(String tenant, String code);

    /**
     * Every problem of the draft saved under {@code code}, with the API's field paths ({@code code}, {@code timeZone},
     * {@code week}, {@code week.MONDAY[1]}, {@code holidays[0]}, {@code prayerBreaks.latitude} …); empty when it can
     * be saved.
     */
    List<FieldError> problems(String code, CalendarDraft draft);

    /**
     * The days the draft would give, {@code days} of them from {@code from} on, read in its zone; nothing is saved.
     *
     * @throws io.redress.core.InvalidInputException with the draft's problems (or a bad {@code days})
     */
    List<CalendarDay> preview(CalendarDraft draft, LocalDate from, int days);

    /**
     * Creates or replaces the tenant's calendar; true when it was created.
     *
     * @throws io.redress.core.InvalidInputException with every problem; nothing is saved then
     */
    boolean save(String tenant, String code, CalendarDraft draft);

    /**
     * A calendar as an administrator edits it: whatever was entered, valid or not, so that the platform can name
     * every bad field. {@link #toJson()} gives the API's form, which {@link CalendarDefinition#parse} checks.
     *
     * @param timeZone         an IANA zone id; null when none is chosen
     * @param week             working hours per weekday, in the order the days are listed (a make-up day on an idle
     *                         weekday works the first listed day's hours); a day left out is not worked
     * @param prayerBreaks     null when the calendar has none
     */
    record CalendarDraft(String timeZone, Map<DayOfWeek, List<Hours>> week, List<LocalDate> holidays,
                         List<LocalDate> extraWorkingDays, PrayerBreaksDraft prayerBreaks) {

        private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

        public CalendarDraft {
            week = Collections.unmodifiableMap(new LinkedHashMap<>(week));
            holidays = List.copyOf(holidays);
            extraWorkingDays = List.copyOf(extraWorkingDays);
        }

        public static CalendarDraft of(CalendarDefinition definition) {
            Map<DayOfWeek, List<Hours>> week = new LinkedHashMap<>();
            definition.week().forEach((day, intervals) ->
                    week.put(day, intervals.stream().map(i -> new Hours(i.start(), i.end())).toList()));
            PrayerBreaks breaks = definition.prayerBreaks();
            return new CalendarDraft(definition.zone().getId(), week, definition.holidays().stream().sorted().toList(),
                    definition.extraWorkingDays().stream().sorted().toList(),
                    breaks == null ? null : new PrayerBreaksDraft(breaks.latitude(), breaks.longitude(), breaks.method(),
                            breaks.minutes(), breaks.prayers()));
        }

        /** The API's form of a calendar, with what is missing left out or null, so that its check names it. */
        public JsonObject toJson() {
            JsonObjectBuilder json = Json.createObjectBuilder();
            if (timeZone != null && !timeZone.isBlank()) {
                json.add("timeZone", timeZone);
            }
            JsonObjectBuilder weekJson = Json.createObjectBuilder();
            week.forEach((day, hours) -> {
                JsonArrayBuilder list = Json.createArrayBuilder();
                hours.forEach(h -> list.add(Json.createArrayBuilder().add(time(h.start())).add(time(h.end()))));
                weekJson.add(day.name(), list);
            });
            json.add("week", weekJson);
            json.add("holidays", dates(holidays));
            json.add("extraWorkingDays", dates(extraWorkingDays));
            if (prayerBreaks != null) {
                json.add("prayerBreaks", prayerBreaks.toJson());
            }
            return json.build();
        }

        private static JsonValue time(LocalTime time) {
            return time == null ? JsonValue.NULL : Json.createValue(HOURS_MINUTES.format(time));
        }

        private static JsonArrayBuilder dates(List<LocalDate> dates) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            dates.forEach(d -> list.add(d == null ? JsonValue.NULL : Json.createValue(d.toString())));
            return list;
        }
    }

    /** One working interval as entered: either bound may still be missing. */
    record Hours(LocalTime start, LocalTime end) {
    }

    /**
     * Prayer-time breaks as entered; a null number or method is sent as missing.
     *
     * @param minutes null for the default ({@link PrayerBreaks#DEFAULT_MINUTES})
     */
    record PrayerBreaksDraft(Double latitude, Double longitude, PrayerBreaks.Method method, Integer minutes,
                             Set<PrayerBreaks.Prayer> prayers) {

        public PrayerBreaksDraft {
            prayers = prayers == null || prayers.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(prayers));
        }

        JsonObject toJson() {
            JsonObjectBuilder json = Json.createObjectBuilder();
            json.add("latitude", degrees(latitude));
            json.add("longitude", degrees(longitude));
            if (method != null) {
                json.add("method", method.name());
            }
            if (minutes != null) {
                json.add("minutes", minutes);
            }
            JsonArrayBuilder list = Json.createArrayBuilder();
            prayers.forEach(p -> list.add(p.name()));
            json.add("prayers", list);
            return json.build();
        }

        private static JsonValue degrees(Double value) {
            return value == null || !Double.isFinite(value) ? JsonValue.NULL : Json.createValue(value);
        }
    }
}
