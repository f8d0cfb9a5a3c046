package io.redress.plugins.grading.single;

import static io.redress.plugin.api.DeadlineUnit.DAYS;
import static io.redress.plugin.api.DeadlineUnit.HOURS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.StagePlan;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The plan is written out here a second time, row by row from the policy, so that a slip in either copy shows. */
class SingleGradeDefaultPlanTest {

    private final SingleGrade scheme = new SingleGradeFactory().create(PluginConfig.of(Map.of()));

    private static StagePlan once(String stage, String anchor, int amount, DeadlineUnit unit) {
        return new StagePlan(stage, anchor, amount, unit, false);
    }

    @Test
    void standard() {
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 72, HOURS),
                once("REGISTRATION", "RECEIVED", 1, HOURS),
                once("INVESTIGATION", "RECEIVED", 3, HOURS),
                once("PLAN", "RECEIVED", 7, DAYS),
                once("RESOLUTION", "RECEIVED", 30, DAYS),
                new StagePlan("PROGRESS_UPDATE", "RECEIVED", 1, WORKING_DAYS, true, DayOfWeek.FRIDAY),
                once("RETURN_VISIT", "RESOLUTION", 30, DAYS)),
                scheme.defaultPlan("STANDARD").stages());
    }

    @Test
    void everyTimeLimitIsASetting() {
        SingleGrade changed = new SingleGradeFactory().create(PluginConfig.of(Map.of(
                "responseTime", Map.of("amount", 2L, "unit", "WORKING_DAYS"),
                "registrationTime", Map.of("amount", 4L, "unit", "WORKING_HOURS"),
                "investigationTime", Map.of("amount", 1L, "unit", "WORKING_DAYS"),
                "planTime", Map.of("amount", 5L, "unit", "WORKING_DAYS"),
                "resolutionTime", Map.of("amount", 20L, "unit", "WORKING_DAYS"),
                "progressReviewDay", "MONDAY",
                "returnVisitTime", Map.of("amount", 14L, "unit", "DAYS"))));
        assertEquals(List.of(
                once("RESPONSE", "RECEIVED", 2, WORKING_DAYS),
                once("REGISTRATION", "RECEIVED", 4, WORKING_HOURS),
                once("INVESTIGATION", "RECEIVED", 1, WORKING_DAYS),
                once("PLAN", "RECEIVED", 5, WORKING_DAYS),
                once("RESOLUTION", "RECEIVED", 20, WORKING_DAYS),
                StagePlan.weekly("PROGRESS_UPDATE", DayOfWeek.MONDAY),
                once("RETURN_VISIT", "RESOLUTION", 14, DAYS)),
                changed.defaultPlan("STANDARD").stages());
    }

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void anyDayCanBeTheReviewDay(DayOfWeek day) {
        SingleGrade changed = new SingleGradeFactory().create(PluginConfig.of(Map.of("progressReviewDay", day.name())));
        assertEquals(StagePlan.weekly("PROGRESS_UPDATE", day), changed.defaultPlan("STANDARD").stage("PROGRESS_UPDATE").orElseThrow());
    }

    @Test
    void thePlanBelongsToTheConfiguredCode() {
        SingleGrade named = new SingleGradeFactory().create(PluginConfig.of(Map.of("gradeCode", "FEEDBACK")));
        assertEquals(scheme.defaultPlan("STANDARD"), named.defaultPlan("FEEDBACK"));
        assertThrows(IllegalArgumentException.class, () -> named.defaultPlan("STANDARD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "standard", "STANDARD ", "GENERAL"})
    void unknownGradeIsRejected(String code) {
        assertThrows(IllegalArgumentException.class, () -> scheme.defaultPlan(code));
    }

    @Test
    void nullGradeIsRejectedLikeAnyUnknownOne() {
        assertThrows(IllegalArgumentException.class, () -> scheme.defaultPlan(null));
    }
}
