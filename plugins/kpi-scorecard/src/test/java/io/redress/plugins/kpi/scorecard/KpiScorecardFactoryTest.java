package io.redress.plugins.kpi.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KpiScorecardFactoryTest {

    private final KpiScorecardFactory factory = new KpiScorecardFactory();

    private Set<String> errorFields(Map<String, ?> config) {
        return factory.validate(PluginConfig.of(config)).stream().map(FieldError::field)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }

    /** The error fields of a sound target after {@code breakIt} has changed it, as the second of two. */
    private Set<String> errorsOfSecondTarget(Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> target = object("indicator", "RESOLUTION_RATE", "atLeast", "0.98");
        breakIt.accept(target);
        return errorFields(Map.of("targets", List.of(object("indicator", "SATISFACTION_RATE", "atLeast", "0.95"), target)));
    }

    /** The error fields of a sound rule after {@code breakIt} has changed it, as the second of two. */
    private Set<String> errorsOfSecondRule(Consumer<Map<String, Object>> breakIt) {
        Map<String, Object> rule = object("id", "second", "indicator", "SATISFACTION_RATE", "atLeast", "0.95",
                "outcome", "BONUS_POINTS", "points", 10, "scopes", List.of("PERSON"));
        breakIt.accept(rule);
        return errorFields(Map.of("incentives", List.of(
                object("id", "first", "indicator", "FIRST_RESPONSE_RATE", "below", "0.9", "outcome", "WARNING"), rule)));
    }

    @Test
    void idVersionKindAndName() {
        assertEquals("kpi-scorecard", factory.id());
        assertEquals("1.0.0", factory.version());
        assertEquals(PluginKind.KPI_INCENTIVE, factory.kind());
        assertEquals("绩效计分卡", factory.name().in(Locale.CHINA));
        assertEquals("KPI scorecard", factory.name().in(Locale.ENGLISH));
    }

    @Test
    void twoObjectListsDefaultingToPolicyA() {
        List<ConfigField> fields = factory.configSchema().fields();
        assertEquals(List.of("targets", "incentives"), fields.stream().map(ConfigField::key).toList());
        fields.forEach(f -> assertEquals(ConfigType.OBJECT_LIST, f.type(), f.key()));
        assertEquals(PolicyPresets.policyA(), factory.configSchema().defaults().values());
    }

    @Nested
    class Validation {

        @Test
        void thePresetsAndNothingAtAllAreValid() {
            assertEquals(Set.of(), errorFields(PolicyPresets.policyA()));
            assertEquals(Set.of(), errorFields(PolicyPresets.policyB()));
            assertEquals(Set.of(), errorFields(Map.of()));
            assertEquals(Set.of(), errorFields(Map.of("targets", List.of(), "incentives", List.of())));
        }

        @Test
        void eachSettingMustBeAListOfObjects() {
            assertEquals(Set.of("targets"), errorFields(Map.of("targets", "satisfaction at least 0.95")));
            assertEquals(Set.of("incentives[1]"), errorFields(Map.of("incentives", List.of(
                    object("id", "warn", "indicator", "SATISFACTION_RATE", "below", "0.5", "outcome", "WARNING"), "and a bonus"))));
            assertEquals(Set.of("incentive"), errorFields(Map.of("incentive", List.of())));
        }

        @Test
        void targetIndicators() {
            assertEquals(Set.of("targets[1].indicator"), errorsOfSecondTarget(t -> t.remove("indicator")));
            assertEquals(Set.of("targets[1].indicator"), errorsOfSecondTarget(t -> t.put("indicator", "RESOLUTION")));
            assertEquals(Set.of("targets[1].indicator"), errorsOfSecondTarget(t -> t.put("indicator", "ON_TIME_RATE.")));
            assertEquals(Set.of("targets[1].indicator"), errorsOfSecondTarget(t -> t.put("indicator", "ON_TIME_RATE.resolution")));
            assertEquals(Set.of("targets[1].indicator"), errorsOfSecondTarget(t -> t.put("indicator", "ON_TIME_RATE.PLAN*")));
            assertEquals(Set.of("targets[1].indicator"), errorsOfSecondTarget(t -> t.put("indicator", "SATISFACTION_RATE")));
            assertEquals(Set.of(), errorsOfSecondTarget(t -> t.put("indicator", "ON_TIME_RATE.RETURN_VISIT")));
            assertEquals(Set.of(), errorsOfSecondTarget(t -> t.put("indicator", "ON_TIME_RATE.*")));
        }

        @Test
        void aDuplicateTargetIsReportedWhereItRepeats() {
            assertEquals(List.of(new FieldError("targets[1].indicator", "repeats the indicator of targets[0]")),
                    factory.validate(PluginConfig.of(Map.of("targets", List.of(
                            object("indicator", "ON_TIME_RATE.*", "atLeast", "0.9"),
                            object("indicator", "ON_TIME_RATE.*", "atLeast", "0.8"))))));
        }

        @Test
        void targetThresholds() {
            assertEquals(Set.of("targets[1]"), errorsOfSecondTarget(t -> t.remove("atLeast")));
            assertEquals(Set.of("targets[1].atMost"), errorsOfSecondTarget(t -> t.put("atMost", "0.99")));
            assertEquals(Set.of("targets[1].atLeast"), errorsOfSecondTarget(t -> t.put("atLeast", "ninety-eight percent")));
            assertEquals(Set.of("targets[1].atLeast"), errorsOfSecondTarget(t -> t.put("atLeast", "98")));
            assertEquals(Set.of("targets[1].atLeast"), errorsOfSecondTarget(t -> t.put("atLeast", "-0.1")));
            assertEquals(Set.of("targets[1].atLeast"), errorsOfSecondTarget(t -> t.put("atLeast", List.of("0.98"))));
            // an incentive's comparison is not a target's
            assertEquals(Set.of("targets[1]", "targets[1].below"), errorsOfSecondTarget(t -> t.put("below", t.remove("atLeast"))));
            assertEquals(Set.of(), errorsOfSecondTarget(t -> t.put("atLeast", 0.98)));
            assertEquals(Set.of(), errorsOfSecondTarget(t -> t.put("atLeast", 1)));
        }

        @Test
        void theRangeOfAThresholdIsTheIndicatorsOwn() {
            assertEquals(Set.of(), errorsOfSecondTarget(t -> t.putAll(Map.of("indicator", "AVERAGE_SATISFACTION", "atLeast", "4.5"))));
            assertEquals(Set.of("targets[1].atLeast"), errorsOfSecondTarget(t -> t.putAll(Map.of("indicator", "AVERAGE_SATISFACTION", "atLeast", "0.9"))));
            assertEquals(Set.of("targets[1].atLeast"), errorsOfSecondTarget(t -> t.putAll(Map.of("indicator", "AVERAGE_SATISFACTION", "atLeast", "5.5"))));
            assertEquals(Set.of(), errorsOfSecondTarget(t -> t.putAll(Map.of("indicator", "AVERAGE_RESOLUTION_HOURS", "atLeast", "720"))));
            assertEquals(Set.of("targets[1].atLeast"), errorsOfSecondTarget(t -> t.putAll(Map.of("indicator", "AVERAGE_RESOLUTION_HOURS", "atLeast", "-1"))));
            assertEquals(Set.of("targets[1].atLeast"), errorsOfSecondTarget(t -> t.putAll(Map.of("indicator", "ON_TIME_RATE.*", "atLeast", "90"))));
        }

        @Test
        void anUnknownKeyIsNamed() {
            assertEquals(Set.of("targets[1].weight"), errorsOfSecondTarget(t -> t.put("weight", 2)));
            assertEquals(Set.of("incentives[1].reason"), errorsOfSecondRule(r -> r.put("reason", "well done")));
        }

        @Test
        void ruleIds() {
            assertEquals(Set.of("incentives[1].id"), errorsOfSecondRule(r -> r.remove("id")));
            assertEquals(Set.of("incentives[1].id"), errorsOfSecondRule(r -> r.put("id", "Satisfaction Bonus")));
            assertEquals(Set.of("incentives[1].id"), errorsOfSecondRule(r -> r.put("id", "first")));
        }

        @Test
        void ruleConditions() {
            assertEquals(Set.of("incentives[1].indicator"), errorsOfSecondRule(r -> r.put("indicator", "HAPPINESS")));
            assertEquals(Set.of("incentives[1]"), errorsOfSecondRule(r -> r.remove("atLeast")));
            assertEquals(Set.of("incentives[1].below"), errorsOfSecondRule(r -> r.put("below", "0.5")));
            assertEquals(Set.of("incentives[1].atLeast"), errorsOfSecondRule(r -> r.put("atLeast", "95%")));
            assertEquals(Set.of(), errorsOfSecondRule(r -> r.put("above", r.remove("atLeast"))));
            assertEquals(Set.of(), errorsOfSecondRule(r -> r.put("atMost", r.remove("atLeast"))));
        }

        @Test
        void allOf() {
            List<Object> both = List.of(object("indicator", "RESOLUTION_RATE", "atLeast", "0.99"),
                    object("indicator", "SATISFACTION_RATE", "atLeast", "0.98"));
            assertEquals(Set.of(), errorsOfSecondRule(r -> {
                r.remove("indicator");
                r.remove("atLeast");
                r.put("allOf", both);
            }));
            assertEquals(Set.of("incentives[1].atLeast", "incentives[1].indicator"), errorsOfSecondRule(r -> r.put("allOf", both)));
            assertEquals(Set.of("incentives[1].allOf"), errorsOfSecondRule(r -> {
                r.remove("indicator");
                r.remove("atLeast");
                r.put("allOf", List.of());
            }));
            assertEquals(Set.of("incentives[1].allOf[1]"), errorsOfSecondRule(r -> {
                r.remove("indicator");
                r.remove("atLeast");
                r.put("allOf", List.of(both.get(0), "and happy customers"));
            }));
            assertEquals(Set.of("incentives[1].allOf[0].indicator", "incentives[1].allOf[1].below", "incentives[1].allOf[1].points"),
                    errorsOfSecondRule(r -> {
                        r.remove("indicator");
                        r.remove("atLeast");
                        r.put("allOf", List.of(object("indicator", "SPEED", "atLeast", "1"),
                                object("indicator", "REOPEN_RATE", "below", "0.1", "atMost", "0.1", "points", 3)));
                    }));
        }

        @Test
        void outcomesAndPoints() {
            assertEquals(Set.of("incentives[1].outcome"), errorsOfSecondRule(r -> r.remove("outcome")));
            assertEquals(Set.of("incentives[1].outcome"), errorsOfSecondRule(r -> r.put("outcome", "BONUS")));
            assertEquals(Set.of("incentives[1].points"), errorsOfSecondRule(r -> r.remove("points")));
            assertEquals(Set.of("incentives[1].points"), errorsOfSecondRule(r -> r.put("points", 0)));
            assertEquals(Set.of("incentives[1].points"), errorsOfSecondRule(r -> r.put("points", 10_001)));
            assertEquals(Set.of("incentives[1].points"), errorsOfSecondRule(r -> r.put("points", 2.5)));
            assertEquals(Set.of("incentives[1].points"), errorsOfSecondRule(r -> r.put("points", "10")));
            assertEquals(Set.of("incentives[1].points"), errorsOfSecondRule(r -> r.put("outcome", "COMMENDATION")));
            assertEquals(Set.of(), errorsOfSecondRule(r -> {
                r.put("outcome", "WARNING");
                r.remove("points");
            }));
            assertEquals(Set.of(), errorsOfSecondRule(r -> r.put("points", 10_000L)));
        }

        @Test
        void scopes() {
            assertEquals(Set.of(), errorsOfSecondRule(r -> r.remove("scopes")));
            assertEquals(Set.of(), errorsOfSecondRule(r -> r.put("scopes", List.of("PERSON", "DEPARTMENT", "REGION"))));
            assertEquals(Set.of("incentives[1].scopes"), errorsOfSecondRule(r -> r.put("scopes", List.of())));
            assertEquals(Set.of("incentives[1].scopes"), errorsOfSecondRule(r -> r.put("scopes", "PERSON")));
            assertEquals(Set.of("incentives[1].scopes[1]"), errorsOfSecondRule(r -> r.put("scopes", List.of("PERSON", "TEAM"))));
        }

        @Test
        void everyFaultIsReportedAtOnce() {
            Map<String, Object> config = new HashMap<>();
            config.put("targets", List.of(object("indicator", "SATISFACTION_RATE", "atLeast", "95")));
            config.put("incentives", List.of(object("id", "x", "indicator", "SATISFACTION_RATE", "atLeast", "0.9",
                    "outcome", "PRAISE", "scopes", List.of("TEAM"))));
            assertEquals(Set.of("targets[0].atLeast", "incentives[0].outcome", "incentives[0].scopes[0]"), errorFields(config));
        }

        @Test
        void aPercentageForARateIsExplained() {
            assertEquals(List.of(new FieldError("targets[0].atLeast", "a rate is a fraction from 0 to 1, e.g. \"0.95\" for 95 %")),
                    factory.validate(PluginConfig.of(Map.of("targets", List.of(object("indicator", "SATISFACTION_RATE", "atLeast", "95"))))));
        }
    }

    @Test
    void anInvalidConfigurationIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> factory.create(PluginConfig.of(
                Map.of("incentives", List.of(object("id", "bonus", "indicator", "SATISFACTION_RATE", "atLeast", "0.9",
                        "outcome", "BONUS_POINTS"))))));
        assertTrue(e.getMessage().contains("incentives[0].points"), e.getMessage());
    }
}
