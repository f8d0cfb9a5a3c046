package io.redress.plugins.grading.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginKind;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleGradeFactoryTest {

    private static final List<String> DURATIONS = List.of("responseTime", "registrationTime", "investigationTime",
            "planTime", "resolutionTime", "returnVisitTime");

    private final SingleGradeFactory factory = new SingleGradeFactory();

    private Set<String> errorFields(Map<String, ?> values) {
        return factory.validate(PluginConfig.of(values)).stream().map(FieldError::field).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Object> duration(Object amount, String unit) {
        Map<String, Object> value = new HashMap<>();
        value.put("amount", amount);
        value.put("unit", unit);
        return value;
    }

    @Test
    void idVersionKindAndName() {
        assertEquals("grading-single", factory.id());
        assertEquals("1.0.0", factory.version());
        assertEquals(PluginKind.GRADING_SCHEME, factory.kind());
        assertEquals("单一等级", factory.name().in(Locale.CHINA));
        assertEquals("Single grade", factory.name().in(Locale.ENGLISH));
    }

    @Nested
    class Schema {

        @Test
        void fieldsTypesAndDefaults() {
            List<ConfigField> fields = factory.configSchema().fields();
            assertEquals(List.of("gradeCode", "labelZh", "labelEn", "responseTime", "registrationTime", "investigationTime",
                    "planTime", "resolutionTime", "progressReviewDay", "returnVisitTime"), fields.stream().map(ConfigField::key).toList());
            assertEquals(List.of(ConfigType.STRING, ConfigType.STRING, ConfigType.STRING, ConfigType.DURATION,
                    ConfigType.DURATION, ConfigType.DURATION, ConfigType.DURATION, ConfigType.DURATION, ConfigType.ENUM,
                    ConfigType.DURATION), fields.stream().map(ConfigField::type).toList());

            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("gradeCode", "STANDARD");
            expected.put("labelZh", "标准投诉");
            expected.put("labelEn", "Standard complaint");
            expected.put("responseTime", Map.of("amount", 72L, "unit", "HOURS"));
            expected.put("registrationTime", Map.of("amount", 1L, "unit", "HOURS"));
            expected.put("investigationTime", Map.of("amount", 3L, "unit", "HOURS"));
            expected.put("planTime", Map.of("amount", 7L, "unit", "DAYS"));
            expected.put("resolutionTime", Map.of("amount", 30L, "unit", "DAYS"));
            expected.put("progressReviewDay", "FRIDAY");
            expected.put("returnVisitTime", Map.of("amount", 30L, "unit", "DAYS"));
            assertEquals(expected, factory.configSchema().defaults().values());
        }

        @Test
        void reviewDayIsADayOfTheWeek() {
            assertEquals(Arrays.stream(DayOfWeek.values()).map(Enum::name).toList(),
                    factory.configSchema().field("progressReviewDay").orElseThrow().allowedValues());
        }

        @Test
        void everyDurationLastsAtLeastOneUnit() {
            for (String key : DURATIONS) {
                ConfigField f = factory.configSchema().field(key).orElseThrow();
                assertEquals(0, f.min().compareTo(BigDecimal.ONE), key);
                assertEquals(0, f.max().compareTo(BigDecimal.valueOf(1000)), key);
            }
        }
    }

    @Nested
    class Validation {

        @Test
        void anAbsentKeyTakesItsDefault() {
            assertEquals(List.of(), factory.validate(PluginConfig.of(Map.of())));
            assertEquals(List.of(), factory.validate(PluginConfig.of(Map.of("labelEn", "Feedback"))));
        }

        @ParameterizedTest
        @ValueSource(strings = {"AB", "STANDARD", "LEVEL_1", "A1", "FEEDBACK_2026", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"})
        void wellFormedCodes(String code) {
            assertEquals(Set.of(), errorFields(Map.of("gradeCode", code)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "A", "standard", "Standard", "1ST", "_STANDARD", "STANDARD GRADE", "STANDARD-GRADE",
                "标准", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", " STANDARD", "STANDARD\n"})
        void malformedCodes(String code) {
            assertEquals(Set.of("gradeCode"), errorFields(Map.of("gradeCode", code)));
        }

        @Test
        void aCodeMustBeText() {
            assertEquals(List.of(new FieldError("gradeCode", "must be text")),
                    factory.validate(PluginConfig.of(Map.of("gradeCode", 7L))));
        }

        @ParameterizedTest
        @ValueSource(strings = {"labelZh", "labelEn"})
        void labelsMustNotBeBlank(String key) {
            assertEquals(Set.of(key), errorFields(Map.of(key, "")));
            assertEquals(Set.of(key), errorFields(Map.of(key, "  ")));
            assertEquals(Set.of(key), errorFields(Map.of(key, List.of("标准"))));
        }

        @Test
        void reviewDayMustBeADay() {
            assertEquals(Set.of("progressReviewDay"), errorFields(Map.of("progressReviewDay", "friday")));
            assertEquals(Set.of("progressReviewDay"), errorFields(Map.of("progressReviewDay", "周五")));
            assertEquals(Set.of("progressReviewDay"), errorFields(Map.of("progressReviewDay", 5L)));
        }

        @ParameterizedTest
        @ValueSource(strings = {"responseTime", "registrationTime", "investigationTime", "planTime", "resolutionTime",
                "returnVisitTime"})
        void everyDurationIsChecked(String key) {
            assertEquals(Set.of(key + ".amount"), errorFields(Map.of(key, duration(0L, "HOURS"))));
            assertEquals(Set.of(key + ".amount"), errorFields(Map.of(key, duration(1001L, "DAYS"))));
            assertEquals(Set.of(key + ".amount"), errorFields(Map.of(key, duration(1.5, "DAYS"))));
            assertEquals(Set.of(key + ".unit"), errorFields(Map.of(key, duration(3L, "MONTHS"))));
            assertEquals(Set.of(key), errorFields(Map.of(key, 72L)));
        }

        @Test
        void everyErrorIsReportedAtOnce() {
            assertEquals(Set.of("colour", "gradeCode", "labelEn", "planTime.amount", "progressReviewDay"),
                    errorFields(Map.of("colour", "red", "gradeCode", "std", "labelEn", " ",
                            "planTime", duration(7.5, "DAYS"), "progressReviewDay", "FRI")));
        }
    }

    @Nested
    class Creation {

        @Test
        void anInvalidConfigurationIsRefused() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> factory.create(PluginConfig.of(Map.of("gradeCode", "standard"))));
            assertTrue(e.getMessage().contains("gradeCode"), e.getMessage());
        }

        @Test
        void jsonLikeNumbersAreRead() {
            SingleGrade scheme = factory.create(PluginConfig.of(Map.of(
                    "responseTime", duration(48, "HOURS"),
                    "planTime", duration(5.0, "DAYS"),
                    "resolutionTime", duration(new BigDecimal("20.00"), "DAYS"))));
            assertEquals(48, scheme.defaultPlan("STANDARD").stage("RESPONSE").orElseThrow().amount());
            assertEquals(5, scheme.defaultPlan("STANDARD").stage("PLAN").orElseThrow().amount());
            assertEquals(20, scheme.defaultPlan("STANDARD").stage("RESOLUTION").orElseThrow().amount());
        }

        @Test
        void theSchemeDoesNotFollowLaterChangesOfTheInput() {
            Map<String, Object> response = duration(48L, "HOURS");
            SingleGrade scheme = factory.create(PluginConfig.of(Map.of("responseTime", response)));
            response.put("amount", 1L);
            assertEquals(48, scheme.defaultPlan("STANDARD").stage("RESPONSE").orElseThrow().amount());
        }
    }
}
