package io.redress.plugins.grading.severity;

import static io.redress.plugins.grading.severity.FactsBuilder.complaint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.RiskFlag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeverityGradingTest {

    private final SeverityGrading defaults = new SeverityGradingFactory().create(PluginConfig.of(Map.of()));

    private static void assertDecision(String grade, String rule, GradeDecision actual) {
        assertEquals(new GradeDecision(grade, rule), actual);
    }

    @Nested
    class EachRuleFires {

        @Test
        void businessInterruption() {
            assertDecision("LEVEL_3", "business-interruption", defaults.grade(complaint().impact(Impact.INTERRUPTION).build()));
        }

        @ParameterizedTest
        @EnumSource(value = RiskFlag.class, names = {"DATA_LOSS", "SECURITY_RISK", "REGULATOR_RISK", "MEDIA_RISK",
                "LARGE_COMPENSATION_DEMAND", "PUBLIC_APOLOGY_DEMAND"})
        void severeRiskFlag(RiskFlag flag) {
            assertDecision("LEVEL_3", "severe-risk-flag", defaults.grade(complaint().flags(flag).build()));
        }

        @Test
        void coreFunctionAffected() {
            assertDecision("LEVEL_2", "core-function-affected", defaults.grade(complaint().impact(Impact.CORE_FUNCTION).build()));
        }

        @ParameterizedTest
        @EnumSource(value = Emotion.class, names = {"UNHAPPY", "AGITATED"})
        void userUnhappy(Emotion emotion) {
            assertDecision("LEVEL_2", "user-unhappy", defaults.grade(complaint().emotion(emotion).build()));
        }

        @Test
        void compensationDemand() {
            assertDecision("LEVEL_2", "compensation-demand", defaults.grade(complaint().flags(RiskFlag.COMPENSATION_DEMAND).build()));
        }

        @Test
        void minorImpact() {
            assertDecision("LEVEL_1", "minor-impact", defaults.grade(complaint().impact(Impact.MINOR).emotion(Emotion.CALM).build()));
        }

        @Test
        void nothingJudgedIsMinor() {
            assertDecision("LEVEL_1", "minor-impact", defaults.grade(complaint().build()));
        }

        @ParameterizedTest
        @EnumSource(value = RiskFlag.class, names = {"DATA_LEAK", "MINOR_DATA_LEAK", "TRADE_SECRET_LEAK", "PUBLIC_OPINION",
                "PARTNERSHIP_RISK", "LAW_BREACH", "CONTRACT_DEVIATION", "DELIVERY_DELAY", "BROKEN_PROMISE"})
        void flagsThisPolicyDoesNotWeighLeaveAComplaintMinor(RiskFlag flag) {
            assertDecision("LEVEL_1", "minor-impact", defaults.grade(complaint().flags(flag).build()));
        }

        @ParameterizedTest
        @EnumSource(Channel.class)
        void channelDoesNotCountInThisPolicy(Channel channel) {
            assertDecision("LEVEL_1", "minor-impact", defaults.grade(complaint().channel(channel).build()));
        }

        @Test
        void lossAndGroupSizeDoNotCountInThisPolicy() {
            ComplaintFacts facts = complaint().loss("999999999.99", "CNY").complainants(10_000).build();
            assertDecision("LEVEL_1", "minor-impact", defaults.grade(facts));
        }
    }

    @Nested
    class RuleOrder {

        @Test
        void interruptionBeforeSevereFlag() {
            assertDecision("LEVEL_3", "business-interruption",
                    defaults.grade(complaint().impact(Impact.INTERRUPTION).flags(RiskFlag.DATA_LOSS).build()));
        }

        @Test
        void severeFlagBeforeEveryLevel2Rule() {
            ComplaintFacts facts = complaint().impact(Impact.CORE_FUNCTION).emotion(Emotion.AGITATED)
                    .flags(RiskFlag.COMPENSATION_DEMAND, RiskFlag.MEDIA_RISK).build();
            assertDecision("LEVEL_3", "severe-risk-flag", defaults.grade(facts));
        }

        @Test
        void coreFunctionBeforeEmotionBeforeCompensation() {
            assertDecision("LEVEL_2", "core-function-affected", defaults.grade(complaint().impact(Impact.CORE_FUNCTION)
                    .emotion(Emotion.UNHAPPY).flags(RiskFlag.COMPENSATION_DEMAND).build()));
            assertDecision("LEVEL_2", "user-unhappy", defaults.grade(complaint().impact(Impact.MINOR)
                    .emotion(Emotion.UNHAPPY).flags(RiskFlag.COMPENSATION_DEMAND).build()));
        }

        @Test
        void aLargeCompensationDemandIsSevereEvenFromACalmUser() {
            assertDecision("LEVEL_3", "severe-risk-flag", defaults.grade(complaint().impact(Impact.MINOR).emotion(Emotion.CALM)
                    .flags(RiskFlag.COMPENSATION_DEMAND, RiskFlag.LARGE_COMPENSATION_DEMAND).build()));
        }
    }

    @Nested
    class ChangedConfiguration {

        @Test
        void emptyListsSwitchEveryRuleOff() {
            SeverityGrading lenient = new SeverityGradingFactory().create(PluginConfig.of(Map.of(
                    "level3Impacts", List.of(), "level3Flags", List.of(), "level2Impacts", List.of(),
                    "level2Emotions", List.of(), "level2Flags", List.of())));
            ComplaintFacts facts = complaint().impact(Impact.INTERRUPTION).emotion(Emotion.AGITATED)
                    .flags(RiskFlag.values()).build();
            assertDecision("LEVEL_3", "business-interruption", defaults.grade(facts));
            assertDecision("LEVEL_1", "minor-impact", lenient.grade(facts));
        }

        @Test
        void impactsFlagsAndEmotionsCanMoveBetweenLevels() {
            SeverityGrading moved = new SeverityGradingFactory().create(PluginConfig.of(Map.of(
                    "level3Impacts", List.of("CORE_FUNCTION"), "level3Flags", List.of("COMPENSATION_DEMAND"),
                    "level2Impacts", List.of("INTERRUPTION", "MINOR"), "level2Emotions", List.of("AGITATED"),
                    "level2Flags", List.of("DATA_LOSS"))));
            assertDecision("LEVEL_3", "business-interruption", moved.grade(complaint().impact(Impact.CORE_FUNCTION).build()));
            assertDecision("LEVEL_3", "severe-risk-flag", moved.grade(complaint().flags(RiskFlag.COMPENSATION_DEMAND).build()));
            assertDecision("LEVEL_2", "core-function-affected", moved.grade(complaint().impact(Impact.INTERRUPTION).build()));
            assertDecision("LEVEL_2", "core-function-affected", moved.grade(complaint().impact(Impact.MINOR).build()));
            assertDecision("LEVEL_2", "user-unhappy", moved.grade(complaint().emotion(Emotion.AGITATED).build()));
            assertDecision("LEVEL_1", "minor-impact", moved.grade(complaint().emotion(Emotion.UNHAPPY).build()));
            assertDecision("LEVEL_2", "compensation-demand", moved.grade(complaint().flags(RiskFlag.DATA_LOSS).build()));
        }

        @Test
        void anItemInBothLevelsGivesTheHigherOne() {
            SeverityGrading overlapping = new SeverityGradingFactory().create(PluginConfig.of(Map.of(
                    "level2Flags", List.of("COMPENSATION_DEMAND", "MEDIA_RISK"),
                    "level2Impacts", List.of("CORE_FUNCTION", "INTERRUPTION"))));
            assertDecision("LEVEL_3", "severe-risk-flag", overlapping.grade(complaint().flags(RiskFlag.MEDIA_RISK).build()));
            assertDecision("LEVEL_3", "business-interruption", overlapping.grade(complaint().impact(Impact.INTERRUPTION).build()));
        }
    }

    @Nested
    class Grades {

        @Test
        void threeLevelsMildestFirst() {
            List<GradeDefinition> grades = defaults.grades();
            assertEquals(List.of("LEVEL_1", "LEVEL_2", "LEVEL_3"), grades.stream().map(GradeDefinition::code).toList());
            assertEquals(List.of(1, 2, 3), grades.stream().map(GradeDefinition::rank).toList());
        }

        @Test
        void everyLevelHasChineseAndEnglishLabels() {
            Map<String, List<String>> expected = Map.of(
                    "LEVEL_1", List.of("一级（轻微）", "Level 1 — minor"),
                    "LEVEL_2", List.of("二级（中度）", "Level 2 — moderate"),
                    "LEVEL_3", List.of("三级（严重）", "Level 3 — severe"));
            for (GradeDefinition grade : defaults.grades()) {
                assertEquals(expected.get(grade.code()).get(0), grade.label().in(Locale.SIMPLIFIED_CHINESE), grade.code());
                assertEquals(expected.get(grade.code()).get(1), grade.label().in(Locale.ENGLISH), grade.code());
            }
        }

        @Test
        void listOfGradesCannotBeChangedByACaller() {
            assertThrows(UnsupportedOperationException.class, () -> defaults.grades().clear());
        }
    }
}
