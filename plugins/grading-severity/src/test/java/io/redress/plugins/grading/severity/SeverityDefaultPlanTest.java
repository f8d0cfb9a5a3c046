package io.redress.plugins.grading.severity;

import static io.redress.plugin.api.DeadlineUnit.DAYS;
import static io.redress.plugin.api.DeadlineUnit.HOURS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.StagePlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The plans are written out here a second time, row by row from the policy, so that a slip in either copy shows. */
class SeverityDefaultPlanTest {

    private final SeverityGrading scheme = new SeverityGradingFactory().create(PluginConfig.of(Map.of()));

    private static StagePlan once(String stage, String anchor, int amount, DeadlineUnit unit) {
        return new StagePlan(stage, anchor, amount, unit, false);
    }

    @Test
    void level1() {
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 2, WORKING_HOURS),
                once("RESOLUTION", "RECEIVED", 3, WORKING_DAYS),
                once("FEEDBACK", "RESOLUTION", 1, WORKING_DAYS),
                once("RETURN_VISIT", "FEEDBACK", 3, WORKING_DAYS)),
                scheme.defaultPlan("LEVEL_1").stages());
    }

    @Test
    void level2() {
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 2, WORKING_HOURS),
                once("PLAN", "RECEIVED", 2, WORKING_DAYS),
                once("RESOLUTION", "RECEIVED", 7, WORKING_DAYS),
                once("FEEDBACK", "RESOLUTION", 1, WORKING_DAYS),
                once("RETURN_VISIT", "FEEDBACK", 3, WORKING_DAYS)),
                scheme.defaultPlan("LEVEL_2").stages());
    }

    @Test
    void level3() {
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 2, WORKING_HOURS),
                once("CONTAINMENT", "RECEIVED", 2, HOURS),
                once("PLAN", "RECEIVED", 1, WORKING_DAYS),
                once("RESOLUTION", "RECEIVED", 10, WORKING_DAYS),
                once("FEEDBACK", "RESOLUTION", 1, WORKING_DAYS),
                once("RETURN_VISIT", "FEEDBACK", 3, WORKING_DAYS)),
                scheme.defaultPlan("LEVEL_3").stages());
    }

    @Test
    void everyTimeLimitIsASetting() {
        SeverityGrading changed = new SeverityGradingFactory().create(PluginConfig.of(Map.of(
                "responseTime", Map.of("amount", 4L, "unit", "HOURS"),
                "level1Resolution", Map.of("amount", 5L, "unit", "DAYS"),
                "level2Plan", Map.of("amount", 6L, "unit", "WORKING_HOURS"),
                "level2Resolution", Map.of("amount", 8L, "unit", "WORKING_DAYS"),
                "level3Containment", Map.of("amount", 30L, "unit", "WORKING_HOURS"),
                "level3Plan", Map.of("amount", 9L, "unit", "HOURS"),
                "level3Resolution", Map.of("amount", 12L, "unit", "DAYS"),
                "feedbackTime", Map.of("amount", 2L, "unit", "DAYS"),
                "returnVisitTime", Map.of("amount", 7L, "unit", "DAYS"))));
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 4, HOURS),
                once("RESOLUTION", "RECEIVED", 5, DAYS),
                once("FEEDBACK", "RESOLUTION", 2, DAYS),
                once("RETURN_VISIT", "FEEDBACK", 7, DAYS)),
                changed.defaultPlan("LEVEL_1").stages());
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 4, HOURS),
                once("PLAN", "RECEIVED", 6, WORKING_HOURS),
                once("RESOLUTION", "RECEIVED", 8, WORKING_DAYS),
                once("FEEDBACK", "RESOLUTION", 2, DAYS),
                once("RETURN_VISIT", "FEEDBACK", 7, DAYS)),
                changed.defaultPlan("LEVEL_2").stages());
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 4, HOURS),
                once("CONTAINMENT", "RECEIVED", 30, WORKING_HOURS),
                once("PLAN", "RECEIVED", 9, HOURS),
                once("RESOLUTION", "RECEIVED", 12, DAYS),
                once("FEEDBACK", "RESOLUTION", 2, DAYS),
                once("RETURN_VISIT", "FEEDBACK", 7, DAYS)),
                changed.defaultPlan("LEVEL_3").stages());
    }

    @Test
    void plansDoNotDependOnTheGradingRules() {
        SeverityGrading other = new SeverityGradingFactory().create(PluginConfig.of(Map.of("level3Flags", List.of())));
        for (GradeDefinition grade : scheme.grades()) {
            assertEquals(scheme.defaultPlan(grade.code()), other.defaultPlan(grade.code()), grade.code());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "level_1", "LEVEL_4", "LEVEL1", " LEVEL_1"})
    void unknownGradeIsRejected(String code) {
        assertThrows(IllegalArgumentException.class, () -> scheme.defaultPlan(code));
    }

    @Test
    void nullGradeIsRejectedLikeAnyUnknownOne() {
        assertThrows(IllegalArgumentException.class, () -> scheme.defaultPlan(null));
    }
}
