package io.redress.plugins.grading.lossrisk;

import static io.redress.plugin.api.DeadlineUnit.HOURS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The plans are written out here a second time, row by row from the policy's table, so that a slip in either copy shows. */
class DefaultPlanTest {

    private final LossRiskGrading scheme = new LossRiskGradingFactory().create(PluginConfig.of(Map.of()));

    private static StagePlan once(String stage, String anchor, int amount, DeadlineUnit unit) {
        return new StagePlan(stage, anchor, amount, unit, false);
    }

    private static StagePlan every(String stage, String anchor, int amount, DeadlineUnit unit) {
        return new StagePlan(stage, anchor, amount, unit, true);
    }

    @Test
    void general() {
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 1, WORKING_HOURS),
                once("REGISTRATION", "RECEIVED", 2, WORKING_DAYS),
                once("TRIAGE", "RECEIVED", 2, WORKING_DAYS),
                once("INVESTIGATION", "RECEIVED", 3, WORKING_DAYS),
                once("PLAN", "INVESTIGATION", 2, WORKING_DAYS),
                once("RESOLUTION", "RECEIVED", 7, WORKING_DAYS),
                once("FEEDBACK", "RESOLUTION", 1, WORKING_DAYS)),
                scheme.defaultPlan("GENERAL").stages());
    }

    @Test
    void important() {
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 1, WORKING_HOURS),
                once("REGISTRATION", "RECEIVED", 2, WORKING_DAYS),
                once("TRIAGE", "RECEIVED", 2, WORKING_DAYS),
                once("INVESTIGATION", "RECEIVED", 5, WORKING_DAYS),
                once("PLAN", "INVESTIGATION", 3, WORKING_DAYS),
                once("RESOLUTION", "RECEIVED", 15, WORKING_DAYS),
                every("PROGRESS_UPDATE", "RECEIVED", 3, WORKING_DAYS),
                once("FEEDBACK", "RESOLUTION", 1, WORKING_DAYS),
                once("RETURN_VISIT", "FEEDBACK", 3, WORKING_DAYS)),
                scheme.defaultPlan("IMPORTANT").stages());
    }

    @Test
    void major() {
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 1, WORKING_HOURS),
                once("REGISTRATION", "RECEIVED", 2, WORKING_DAYS),
                once("TRIAGE", "RECEIVED", 2, WORKING_DAYS),
                once("CONTAINMENT", "RECEIVED", 1, HOURS),
                once("INVESTIGATION_PLAN", "RECEIVED", 2, WORKING_DAYS),
                once("INVESTIGATION", "RECEIVED", 10, WORKING_DAYS),
                once("PLAN", "INVESTIGATION", 5, WORKING_DAYS),
                once("RESOLUTION", "RECEIVED", 30, WORKING_DAYS),
                every("PROGRESS_UPDATE", "RECEIVED", 3, WORKING_DAYS),
                once("FEEDBACK", "RESOLUTION", 1, WORKING_DAYS),
                once("SATISFACTION", "FEEDBACK", 7, WORKING_DAYS)),
                scheme.defaultPlan("MAJOR").stages());
    }

    @Test
    void everyGradeHasAPlan() {
        for (GradeDefinition grade : scheme.grades()) {
            assertFalse(scheme.defaultPlan(grade.code()).stages().isEmpty(), grade.code());
        }
    }

    @Test
    void plansDoNotDependOnTheConfiguration() {
        LossRiskGrading other = new LossRiskGradingFactory().create(PluginConfig.of(Map.of("majorGroupSize", 9L)));
        for (GradeDefinition grade : scheme.grades()) {
            assertEquals(scheme.defaultPlan(grade.code()), other.defaultPlan(grade.code()), grade.code());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "general", "Major", "CRITICAL", " MAJOR"})
    void unknownGradeIsRejected(String code) {
        assertThrows(IllegalArgumentException.class, () -> scheme.defaultPlan(code));
    }

    @Test
    void nullGradeIsRejectedLikeAnyUnknownOne() {
        assertThrows(IllegalArgumentException.class, () -> scheme.defaultPlan(null));
    }
}
