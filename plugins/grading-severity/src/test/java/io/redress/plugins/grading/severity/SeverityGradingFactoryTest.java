package io.redress.plugins.grading.severity;

import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugins.grading.severity.FactsBuilder.complaint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginKind;
import io.redress.plugin.api.RiskFlag;
import io.redress.plugin.api.StagePlan;
import java.math.BigDecimal;
import java.util.ArrayList;
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

class SeverityGradingFactoryTest {

    private static final List<String> DURATIONS = List.of("responseTime", "level1Resolution", "level2Plan",
            "level2Resolution", "level3Containment", "level3Plan", "level3Resolution", "feedbackTime", "returnVisitTime");

    private final SeverityGradingFactory factory = new SeverityGradingFactory();

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
        assertEquals("grading-severity", factory.id());
        assertEquals("1.0.0", factory.version());
        assertEquals(PluginKind.GRADING_SCHEME, factory.kind());
        assertEquals("严重程度分级", factory.name().in(Locale.CHINA));
        assertEquals("Severity grading", factory.name().in(Locale.ENGLISH));
    }

    @Nested
    class Schema {

        @Test
        void fieldsTypesAndDefaults() {
            List<ConfigField> fields = factory.configSchema().fields();
            List<String> keys = new ArrayList<>(List.of("level3Impacts", "level3Flags", "level2Impacts", "level2Emotions", "level2Flags"));
            keys.addAll(DURATIONS);
            assertEquals(keys, fields.stream().map(ConfigField::key).toList());
            fields.forEach(f -> assertEquals(keys.indexOf(f.key()) < 5 ? ConfigType.LIST : ConfigType.DURATION, f.type(), f.key()));

            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("level3Impacts", List.of("INTERRUPTION"));
            expected.put("level3Flags", List.of("DATA_LOSS", "SECURITY_RISK", "REGULATOR_RISK", "MEDIA_RISK",
                    "LARGE_COMPENSATION_DEMAND", "PUBLIC_APOLOGY_DEMAND"));
            expected.put("level2Impacts", List.of("CORE_FUNCTION"));
            expected.put("level2Emotions", List.of("UNHAPPY", "AGITATED"));
            expected.put("level2Flags", List.of("COMPENSATION_DEMAND"));
            expected.put("responseTime", Map.of("amount", 2L, "unit", "WORKING_HOURS"));
            expected.put("level1Resolution", Map.of("amount", 3L, "unit", "WORKING_DAYS"));
            expected.put("level2Plan", Map.of("amount", 2L, "unit", "WORKING_DAYS"));
            expected.put("level2Resolution", Map.of("amount", 7L, "unit", "WORKING_DAYS"));
            expected.put("level3Containment", Map.of("amount", 2L, "unit", "HOURS"));
            expected.put("level3Plan", Map.of("amount", 1L, "unit", "WORKING_DAYS"));
            expected.put("level3Resolution", Map.of("amount", 10L, "unit", "WORKING_DAYS"));
            expected.put("feedbackTime", Map.of("amount", 1L, "unit", "WORKING_DAYS"));
            expected.put("returnVisitTime", Map.of("amount", 3L, "unit", "WORKING_DAYS"));
            assertEquals(expected, factory.configSchema().defaults().values());
        }

        @Test
        void listsAllowExactlyTheEnumNames() {
            List<String> impacts = Arrays.stream(Impact.values()).map(Enum::name).toList();
            List<String> flags = Arrays.stream(RiskFlag.values()).map(Enum::name).toList();
            List<String> emotions = Arrays.stream(Emotion.values()).map(Enum::name).toList();
            assertEquals(impacts, field("level3Impacts").allowedValues());
            assertEquals(impacts, field("level2Impacts").allowedValues());
            assertEquals(flags, field("level3Flags").allowedValues());
            assertEquals(flags, field("level2Flags").allowedValues());
            assertEquals(emotions, field("level2Emotions").allowedValues());
        }

        @Test
        void everyDurationLastsAtLeastOneUnit() {
            for (String key : DURATIONS) {
                assertEquals(0, field(key).min().compareTo(BigDecimal.ONE), key);
                assertEquals(0, field(key).max().compareTo(BigDecimal.valueOf(1000)), key);
            }
        }

        private ConfigField field(String key) {
            return factory.configSchema().field(key).orElseThrow();
        }
    }

    @Nested
    class Validation {

        @Test
        void anAbsentKeyTakesItsDefault() {
            assertEquals(List.of(), factory.validate(PluginConfig.of(Map.of())));
            assertEquals(List.of(), factory.validate(PluginConfig.of(Map.of("level2Emotions", List.of("AGITATED")))));
        }

        @Test
        void valuesAsAJsonParserWouldGiveThemAreAccepted() {
            assertEquals(Set.of(), errorFields(Map.of(
                    "level3Flags", new ArrayList<>(List.of("DATA_LOSS")),
                    "responseTime", duration(3, "WORKING_HOURS"),
                    "level1Resolution", duration(4.0, "WORKING_DAYS"),
                    "level2Plan", duration(new BigDecimal("2.00"), "DAYS"))));
        }

        @Test
        void unknownKey() {
            assertEquals(Set.of("level4Flags"), errorFields(Map.of("level4Flags", List.of("DATA_LOSS"))));
        }

        @Test
        void itemsThatAreNotOfTheirEnum() {
            assertEquals(Set.of("level3Impacts[1]"), errorFields(Map.of("level3Impacts", List.of("INTERRUPTION", "OUTAGE"))));
            assertEquals(Set.of("level3Flags[0]"), errorFields(Map.of("level3Flags", List.of("data_loss"))));
            assertEquals(Set.of("level2Emotions[0]"), errorFields(Map.of("level2Emotions", List.of("ANGRY"))));
            assertEquals(Set.of("level2Flags[0]"), errorFields(Map.of("level2Flags", List.of(7))));
            // each list takes only its own enum
            assertEquals(Set.of("level2Impacts[0]"), errorFields(Map.of("level2Impacts", List.of("UNHAPPY"))));
        }

        @Test
        void aListMustBeAList() {
            assertEquals(Set.of("level3Flags"), errorFields(Map.of("level3Flags", "DATA_LOSS")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"responseTime", "level1Resolution", "level2Plan", "level2Resolution", "level3Containment",
                "level3Plan", "level3Resolution", "feedbackTime", "returnVisitTime"})
        void everyDurationIsChecked(String key) {
            assertEquals(Set.of(key + ".amount"), errorFields(Map.of(key, duration(0L, "WORKING_DAYS"))));
            assertEquals(Set.of(key + ".amount"), errorFields(Map.of(key, duration(1001L, "DAYS"))));
            assertEquals(Set.of(key + ".amount"), errorFields(Map.of(key, duration(2.5, "HOURS"))));
            assertEquals(Set.of(key + ".amount"), errorFields(Map.of(key, duration("3", "HOURS"))));
            assertEquals(Set.of(key + ".unit"), errorFields(Map.of(key, duration(3L, "WEEKS"))));
            assertEquals(Set.of(key + ".unit"), errorFields(Map.of(key, Map.of("amount", 3L))));
            assertEquals(Set.of(key), errorFields(Map.of(key, "3 WORKING_DAYS")));
        }

        @Test
        void aFractionalAmountBelowTheMinimumIsReportedOnce() {
            // the schema now refuses a fraction before it looks at the bounds
            assertEquals(List.of(new FieldError("responseTime.amount", "must be a whole number")),
                    factory.validate(PluginConfig.of(Map.of("responseTime", duration(0.5, "HOURS")))));
        }

        @Test
        void anExplicitNullIsMissingNotDefaulted() {
            Map<String, Object> values = new HashMap<>();
            values.put("feedbackTime", null);
            assertEquals(Set.of("feedbackTime"), errorFields(values));
        }

        @Test
        void everyErrorIsReportedAtOnce() {
            assertEquals(Set.of("colour", "level2Emotions[0]", "level3Plan.amount", "returnVisitTime.unit"),
                    errorFields(Map.of("colour", "red",
                            "level2Emotions", List.of("NOPE"),
                            "level3Plan", duration(1.5, "WORKING_DAYS"),
                            "returnVisitTime", duration(3L, "FORTNIGHTS"))));
        }
    }

    @Nested
    class Creation {

        @Test
        void anInvalidConfigurationIsRefused() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> factory.create(PluginConfig.of(Map.of("level2Plan", duration(2.5, "WORKING_DAYS")))));
            assertTrue(e.getMessage().contains("level2Plan.amount"), e.getMessage());
        }

        @Test
        void jsonLikeNumbersAreRead() {
            SeverityGrading scheme = factory.create(PluginConfig.of(Map.of(
                    "level1Resolution", duration(4, "WORKING_DAYS"),
                    "level2Plan", duration(3.0, "WORKING_DAYS"),
                    "level2Resolution", duration(new BigDecimal("9.00"), "WORKING_DAYS"))));
            assertEquals(StagePlan.of("RESOLUTION", "RECEIVED", 4, WORKING_DAYS),
                    scheme.defaultPlan("LEVEL_1").stage("RESOLUTION").orElseThrow());
            assertEquals(3, scheme.defaultPlan("LEVEL_2").stage("PLAN").orElseThrow().amount());
            assertEquals(9, scheme.defaultPlan("LEVEL_2").stage("RESOLUTION").orElseThrow().amount());
        }

        @Test
        void theSchemeDoesNotFollowLaterChangesOfTheInput() {
            List<String> flags = new ArrayList<>(List.of("DELIVERY_DELAY"));
            Map<String, Object> response = duration(5L, "HOURS");
            SeverityGrading scheme = factory.create(PluginConfig.of(Map.of("level3Flags", flags, "responseTime", response)));
            flags.clear();
            response.put("amount", 50L);
            assertEquals(new GradeDecision("LEVEL_3", "severe-risk-flag"), scheme.grade(complaint().flags(RiskFlag.DELIVERY_DELAY).build()));
            assertEquals(5, scheme.defaultPlan("LEVEL_1").stage("RESPONSE").orElseThrow().amount());
        }
    }
}
