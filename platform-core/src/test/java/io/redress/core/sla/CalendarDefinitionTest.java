package io.redress.core.sla;

import static io.redress.core.sla.PrayerBreaks.Prayer.ASR;
import static io.redress.core.sla.PrayerBreaks.Prayer.DHUHR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.redress.plugin.api.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarDefinitionTest {

    private static final String WEEK = """
            "timeZone": "Asia/Dubai",
            "week": {"MONDAY": [["08:00", "17:00"]], "TUESDAY": [["08:00", "17:00"]]},
            "holidays": ["2026-12-02"],
            "extraWorkingDays": []""";

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonObject withBreaks(String prayerBreaks) {
        return json("{" + WEEK + ", \"prayerBreaks\": " + prayerBreaks + "}");
    }

    private static List<FieldError> errorsOf(JsonObject json) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(CalendarDefinition.parse(json, "calendar.", errors));
        return errors;
    }

    private static List<String> fieldsOf(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void calendarsWithoutPrayerBreaksParseAndWriteAsBefore() {
        JsonObject original = json("{" + WEEK + "}");
        CalendarDefinition definition = CalendarDefinition.parse(original.toString());
        assertNull(definition.prayerBreaks());
        assertNull(definition.toCalendar("ME").prayerBreaks());
        assertEquals(Set.of(LocalDate.parse("2026-12-02")), definition.holidays());
        assertFalse(definition.toJson().containsKey("prayerBreaks"));
        assertEquals(original, definition.toJson());
    }

    @Test
    void prayerBreaksRoundTrip() {
        JsonObject original = withBreaks("""
                {"latitude": 25.2048, "longitude": 55.2708, "method": "DUBAI", "minutes": 20, "prayers": ["DHUHR", "ASR"]}""");
        CalendarDefinition definition = CalendarDefinition.parse(original.toString());
        PrayerBreaks expected = new PrayerBreaks(25.2048, 55.2708, PrayerBreaks.Method.DUBAI, 20, Set.of(DHUHR, ASR));
        assertEquals(expected, definition.prayerBreaks());
        assertEquals(expected, definition.toCalendar("ME").prayerBreaks());
        assertEquals(original, definition.toJson());
        assertEquals(definition, CalendarDefinition.parse(definition.toJson().toString()));
        assertEquals(definition, CalendarDefinition.of(definition.toCalendar("ME")));
    }

    @Test
    void minutesDefaultToTwenty() {
        CalendarDefinition definition = CalendarDefinition.parse(withBreaks("""
                {"latitude": 24.7136, "longitude": 46.6753, "method": "UMM_AL_QURA", "prayers": ["ASR", "DHUHR"]}""")
                .toString());
        assertEquals(new PrayerBreaks(24.7136, 46.6753, PrayerBreaks.Method.UMM_AL_QURA, Set.of(DHUHR, ASR)),
                definition.prayerBreaks());
        // Written back in prayer order, with the default made explicit.
        assertEquals(json("""
                {"latitude": 24.7136, "longitude": 46.6753, "method": "UMM_AL_QURA", "minutes": 20, "prayers": ["DHUHR", "ASR"]}"""),
                definition.toJson().getJsonObject("prayerBreaks"));
    }

    @Test
    void badLatitudeIsReportedOnItsField() {
        List<FieldError> errors = errorsOf(withBreaks("""
                {"latitude": 95, "longitude": 55.2708, "method": "DUBAI", "prayers": ["DHUHR"]}"""));
        assertEquals(List.of("calendar.prayerBreaks.latitude"), fieldsOf(errors));
    }

    @Test
    void unknownMethodIsReportedOnItsField() {
        List<FieldError> errors = errorsOf(withBreaks("""
                {"latitude": 25.2, "longitude": 55.2, "method": "JAFARI", "prayers": ["DHUHR"]}"""));
        assertEquals(List.of("calendar.prayerBreaks.method"), fieldsOf(errors));
    }

    @Test
    void unknownPrayerIsReportedWithItsIndex() {
        List<FieldError> errors = errorsOf(withBreaks("""
                {"latitude": 25.2, "longitude": 55.2, "method": "DUBAI", "prayers": ["DHUHR", "SUNRISE"]}"""));
        assertEquals(List.of("calendar.prayerBreaks.prayers[1]"), fieldsOf(errors));
    }

    @Test
    void emptyPrayersAreRejected() {
        List<FieldError> errors = errorsOf(withBreaks("""
                {"latitude": 25.2, "longitude": 55.2, "method": "DUBAI", "prayers": []}"""));
        assertEquals(List.of("calendar.prayerBreaks.prayers"), fieldsOf(errors));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        List<FieldError> errors = errorsOf(withBreaks("""
                {"latitude": "north", "longitude": 200, "method": 3, "minutes": 2, "prayers": "DHUHR"}"""));
        assertEquals(List.of("calendar.prayerBreaks.latitude", "calendar.prayerBreaks.longitude",
                "calendar.prayerBreaks.method", "calendar.prayerBreaks.minutes", "calendar.prayerBreaks.prayers"),
                fieldsOf(errors));
    }

    @Test
    void prayerBreaksMustBeAnObject() {
        assertEquals(List.of("calendar.prayerBreaks"), fieldsOf(errorsOf(withBreaks("[]"))));
    }
}
