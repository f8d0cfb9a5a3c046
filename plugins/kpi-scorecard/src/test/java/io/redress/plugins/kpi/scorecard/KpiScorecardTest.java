package io.redress.plugins.kpi.scorecard;

import static io.redress.plugin.api.OutcomeKind.BONUS_POINTS;
import static io.redress.plugin.api.OutcomeKind.COMMENDATION;
import static io.redress.plugin.api.OutcomeKind.WARNING;
import static io.redress.plugins.kpi.scorecard.InputBuilder.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.redress.plugin.api.IncentiveOutcome;
import io.redress.plugin.api.Indicator;
import io.redress.plugin.api.KpiScope;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.Scorecard;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KpiScorecardTest {

    private static final KpiScorecardFactory FACTORY = new KpiScorecardFactory();

    private static KpiScorecard scorecard(Map<String, ?> config) {
        PluginConfig c = PluginConfig.of(config);
        assertEquals(List.of(), FACTORY.validate(c));
        return FACTORY.create(c);
    }

    private static Indicator indicator(Scorecard card, String code) {
        return card.indicator(code).orElseThrow(() -> new AssertionError("no " + code + " in " + card));
    }

    private static List<String> rulesFired(Scorecard card) {
        return card.outcomes().stream().map(IncentiveOutcome::ruleId).toList();
    }

    private static void assertTarget(Scorecard card, String code, String target, Boolean met) {
        Indicator indicator = indicator(card, code);
        assertEquals(target == null ? null : new BigDecimal(target), indicator.target(), code + " target");
        assertEquals(met, indicator.met(), code + " met");
    }

    /** Policy A's targets and incentives, the default. */
    @Nested
    class PolicyA {

        private final KpiScorecard scheme = scorecard(Map.of());

        @Test
        void satisfactionTarget() {
            assertTarget(scheme.score(period().sameScore(19, 5).sameScore(1, 3).build()), "SATISFACTION_RATE", "0.95", true);
            assertTarget(scheme.score(period().sameScore(18, 4).sameScore(2, 3).build()), "SATISFACTION_RATE", "0.95", false);
        }

        @Test
        void resolutionRateTarget() {
            assertTarget(scheme.score(period().resolved(98, 100).build()), "RESOLUTION_RATE", "0.98", true);
            assertTarget(scheme.score(period().resolved(97, 100).build()), "RESOLUTION_RATE", "0.98", false);
        }

        @Test
        void everyFirstResponseInTime() {
            assertTarget(scheme.score(period().firstResponses(100, 100).build()), "FIRST_RESPONSE_RATE", "1.00", true);
            assertTarget(scheme.score(period().firstResponses(99, 100).build()), "FIRST_RESPONSE_RATE", "1.00", false);
        }

        @Test
        void anIndicatorWithoutATargetHasNoVerdict() {
            Scorecard card = scheme.score(period().resolved(10, 10).reopened(1).build());
            assertTarget(card, "REOPEN_RATE", null, null);
            assertEquals(new BigDecimal("0.1000"), indicator(card, "REOPEN_RATE").value());
        }

        @Test
        void aTargetWithNothingMeasuredHasNoVerdict() {
            assertTarget(scheme.score(period().build()), "SATISFACTION_RATE", "0.95", null);
        }

        @Test
        void satisfactionOf95PercentEarnsAPersonTenBonusPoints() {
            Scorecard card = scheme.score(period().sameScore(19, 4).sameScore(1, 2).build());
            assertEquals(List.of(new IncentiveOutcome(BONUS_POINTS, 10, "satisfaction-bonus",
                    LocalizedText.of("满意率 0.9500 不低于 0.95", "Satisfaction rate 0.9500 is at least 0.95"))), card.outcomes());
        }

        @Test
        void satisfactionJustBelow95PercentEarnsNothing() {
            // 1899 of 2000 = 0.9495
            assertEquals(List.of(), rulesFired(scheme.score(period().sameScore(1899, 5).sameScore(101, 3).build())));
        }

        @ParameterizedTest
        @EnumSource(value = KpiScope.class, names = {"DEPARTMENT", "REGION"})
        void bonusPointsAreForPersonsOnly(KpiScope scope) {
            assertEquals(List.of(), rulesFired(scheme.score(period().scope(scope).sameScore(20, 5).build())));
        }

        @ParameterizedTest
        @EnumSource(KpiScope.class)
        void aFirstResponseRateBelow90PercentEarnsAWarningInEveryScope(KpiScope scope) {
            Scorecard card = scheme.score(period().scope(scope).firstResponses(899, 1000).build());
            assertEquals(List.of(new IncentiveOutcome(WARNING, 0, "late-first-response-warning",
                    LocalizedText.of("首次响应及时率 0.8990 低于 0.90", "First-response rate 0.8990 is below 0.90"))), card.outcomes());
            assertEquals(List.of(), rulesFired(scheme.score(period().scope(scope).firstResponses(9, 10).build())));
        }

        @Test
        void resolutionsLateMoreThanOneTimeInFiveEarnAWarning() {
            Scorecard card = scheme.score(period().stage("RESOLUTION", 79, 100).build());
            assertEquals(List.of(new IncentiveOutcome(WARNING, 0, "late-resolution-warning",
                    LocalizedText.of("解决阶段按时完成率 0.7900 低于 0.80", "On-time rate of resolution 0.7900 is below 0.80"))), card.outcomes());
            assertEquals(List.of(), rulesFired(scheme.score(period().stage("RESOLUTION", 80, 100).build())));
        }

        @Test
        void otherStagesLateDoNotCountAsLateResolutions() {
            assertEquals(List.of(), rulesFired(scheme.score(period().stage("PLAN", 0, 100).stage("FEEDBACK", 1, 10).build())));
        }

        @Test
        void resolvingNearlyAllAndPleasingNearlyAllEarnsACommendation() {
            Scorecard card = scheme.score(period().resolved(99, 100).sameScore(49, 5).sameScore(1, 1).build());
            assertEquals(List.of("satisfaction-bonus", "excellence-commendation"), rulesFired(card));
            assertEquals(new IncentiveOutcome(COMMENDATION, 0, "excellence-commendation", LocalizedText.of(
                            "解决率 0.9900 不低于 0.99，且满意率 0.9800 不低于 0.98",
                            "Resolution rate 0.9900 is at least 0.99, and Satisfaction rate 0.9800 is at least 0.98")),
                    card.outcomes().get(1));
        }

        @Test
        void aCommendationNeedsBothConditions() {
            // 989 of 1000 resolved = 0.9890
            assertEquals(List.of("satisfaction-bonus"), rulesFired(scheme.score(period().resolved(989, 1000).sameScore(50, 5).build())));
            // 48 of 49 satisfied = 0.9796
            assertEquals(List.of("satisfaction-bonus"), rulesFired(scheme.score(period().resolved(100, 100).sameScore(48, 5).sameScore(1, 3).build())));
            assertEquals(List.of(), rulesFired(scheme.score(period().resolved(100, 100).build())));
        }

        @Test
        void aPeriodWithNothingToMeasureEarnsNothing() {
            assertEquals(List.of(), scheme.score(period().build()).outcomes());
            assertEquals(List.of(), scheme.score(period().stage("RESOLUTION", 0, 0).firstResponses(0, 0).build()).outcomes());
        }

        @Test
        void outcomesFollowTheOrderOfTheRules() {
            Scorecard card = scheme.score(period().firstResponses(0, 10).stage("RESOLUTION", 0, 10).resolved(10, 10)
                    .sameScore(10, 5).build());
            assertEquals(List.of("satisfaction-bonus", "late-first-response-warning", "late-resolution-warning",
                    "excellence-commendation"), rulesFired(card));
        }
    }

    @Nested
    class PolicyB {

        private final KpiScorecard scheme = scorecard(PolicyPresets.policyB());

        @Test
        void aDepartmentIsWarnedForEachStageBelow90Percent() {
            Scorecard card = scheme.score(period().scope(KpiScope.DEPARTMENT).stage("PLAN", 85, 100)
                    .stage("RESOLUTION", 95, 100).stage("FEEDBACK", 0, 3).stage("RETURN_VISIT", 0, 0).build());
            assertEquals(List.of(
                    new IncentiveOutcome(WARNING, 0, "department-late-stage-warning",
                            LocalizedText.of("结果反馈阶段按时完成率 0.0000 低于 0.90", "On-time rate of feedback 0.0000 is below 0.90")),
                    new IncentiveOutcome(WARNING, 0, "department-late-stage-warning",
                            LocalizedText.of("处理方案阶段按时完成率 0.8500 低于 0.90", "On-time rate of plan 0.8500 is below 0.90"))),
                    card.outcomes());
        }

        @ParameterizedTest
        @EnumSource(value = KpiScope.class, names = {"PERSON", "REGION"})
        void onlyDepartmentsAreWarned(KpiScope scope) {
            assertEquals(List.of(), rulesFired(scheme.score(period().scope(scope).stage("PLAN", 0, 100).build())));
        }

        @Test
        void everyStageHasTheTarget() {
            Scorecard card = scheme.score(period().stage("PLAN", 9, 10).stage("RESOLUTION", 8, 10).build());
            assertTarget(card, "ON_TIME_RATE.PLAN", "0.90", true);
            assertTarget(card, "ON_TIME_RATE.RESOLUTION", "0.90", false);
            assertTarget(card, "SATISFACTION_RATE", "0.95", null);
            assertTarget(card, "RESOLUTION_RATE", null, null);
        }

        @ParameterizedTest
        @EnumSource(KpiScope.class)
        void satisfactionOf95PercentEarnsPersonsAndDepartmentsACommendation(KpiScope scope) {
            List<String> fired = rulesFired(scheme.score(period().scope(scope).sameScore(19, 5).sameScore(1, 1).build()));
            assertEquals(scope == KpiScope.REGION ? List.of() : List.of("satisfaction-commendation"), fired);
        }
    }

    @Nested
    class Targets {

        @Test
        void aStagesOwnTargetOverridesTheOneForEveryStage() {
            KpiScorecard scheme = scorecard(Map.of("targets", List.of(
                    Map.of("indicator", "ON_TIME_RATE.*", "atLeast", "0.80"),
                    Map.of("indicator", "ON_TIME_RATE.RESOLUTION", "atLeast", "0.95"))));
            Scorecard card = scheme.score(period().stage("PLAN", 9, 10).stage("RESOLUTION", 9, 10).build());
            assertTarget(card, "ON_TIME_RATE.PLAN", "0.80", true);
            assertTarget(card, "ON_TIME_RATE.RESOLUTION", "0.95", false);
        }

        @Test
        void aTargetedStageIsShownInAPeriodWithoutIt() {
            KpiScorecard scheme = scorecard(Map.of("targets", List.of(Map.of("indicator", "ON_TIME_RATE.RETURN_VISIT", "atLeast", "0.9"))));
            Scorecard card = scheme.score(period().stage("PLAN", 1, 1).build());
            assertEquals(List.of("FIRST_RESPONSE_RATE", "ON_TIME_RATE.PLAN", "ON_TIME_RATE.RETURN_VISIT"),
                    card.indicators().stream().map(Indicator::code).limit(3).toList());
            assertNull(indicator(card, "ON_TIME_RATE.RETURN_VISIT").value());
            assertTarget(card, "ON_TIME_RATE.RETURN_VISIT", "0.9", null);
        }

        @Test
        void anUpperTargetIsMetAtItsValue() {
            KpiScorecard scheme = scorecard(Map.of("targets", List.of(Map.of("indicator", "AVERAGE_RESOLUTION_HOURS", "atMost", "720"))));
            assertTarget(scheme.score(period().resolved(1, 1).totalResolutionTime(Duration.ofHours(720)).build()),
                    "AVERAGE_RESOLUTION_HOURS", "720", true);
            assertTarget(scheme.score(period().resolved(10, 10).totalResolutionTime(Duration.ofHours(7201)).build()),
                    "AVERAGE_RESOLUTION_HOURS", "720", false);
        }

        @Test
        void noTargetsLeaveEveryIndicatorWithoutAVerdict() {
            Scorecard card = scorecard(Map.of("targets", List.of())).score(period().firstResponses(1, 1).scores(5).build());
            card.indicators().forEach(i -> assertNull(i.target(), i.code()));
        }
    }

    @Nested
    class Incentives {

        @Test
        void everyComparisonHoldsAsWritten() {
            KpiScorecard scheme = scorecard(Map.of("incentives", List.of(
                    Map.of("id", "at-least", "indicator", "AVERAGE_SATISFACTION", "atLeast", "4", "outcome", "COMMENDATION"),
                    Map.of("id", "at-most", "indicator", "AVERAGE_SATISFACTION", "atMost", "4", "outcome", "WARNING"),
                    Map.of("id", "above", "indicator", "AVERAGE_SATISFACTION", "above", "4", "outcome", "BONUS_POINTS", "points", 1),
                    Map.of("id", "below", "indicator", "AVERAGE_SATISFACTION", "below", "4", "outcome", "WARNING"))));
            assertEquals(List.of("at-least", "at-most"), rulesFired(scheme.score(period().scores(4).build())));
            assertEquals(List.of("at-least", "above"), rulesFired(scheme.score(period().scores(5, 4).build())));
            assertEquals(List.of("at-most", "below"), rulesFired(scheme.score(period().scores(3, 4, 4).build())));
        }

        @Test
        void aRuleOnAnUnmeasuredIndicatorNeverFires() {
            KpiScorecard scheme = scorecard(Map.of("incentives", List.of(
                    Map.of("id", "below", "indicator", "REOPEN_RATE", "below", "0.5", "outcome", "WARNING"),
                    Map.of("id", "at-most", "indicator", "AVERAGE_RESOLUTION_HOURS", "atMost", "1000", "outcome", "COMMENDATION"),
                    Map.of("id", "stage", "indicator", "ON_TIME_RATE.PLAN", "below", "1", "outcome", "WARNING"))));
            assertEquals(List.of(), rulesFired(scheme.score(period().resolved(0, 10).stage("PLAN", 0, 0).build())));
        }

        @Test
        void bonusPointsAreAsConfigured() {
            KpiScorecard scheme = scorecard(Map.of("incentives", List.of(Map.of("id", "quick", "indicator", "AVERAGE_RESOLUTION_HOURS",
                    "atMost", "48", "outcome", "BONUS_POINTS", "points", new BigDecimal("25")))));
            assertEquals(25, scheme.score(period().resolved(3, 3).totalResolutionTime(Duration.ofHours(100)).build()).outcomes().get(0).points());
        }

        @Test
        void aRuleForEveryStageBindsEachConditionToTheSameStage() {
            KpiScorecard scheme = scorecard(Map.of("incentives", List.of(Map.of("id", "late-and-unhappy", "allOf", List.of(
                    Map.of("indicator", "ON_TIME_RATE.*", "below", "0.5"),
                    Map.of("indicator", "SATISFACTION_RATE", "below", "0.5"),
                    Map.of("indicator", "ON_TIME_RATE.*", "above", "0.1")), "outcome", "WARNING"))));
            Scorecard card = scheme.score(period().stage("PLAN", 3, 10).stage("RESOLUTION", 0, 10).stage("FEEDBACK", 4, 10)
                    .scores(1).build());
            assertEquals(List.of(
                    "On-time rate of feedback 0.4000 is below 0.5, and Satisfaction rate 0.0000 is below 0.5, and On-time rate of feedback 0.4000 is above 0.1",
                    "On-time rate of plan 0.3000 is below 0.5, and Satisfaction rate 0.0000 is below 0.5, and On-time rate of plan 0.3000 is above 0.1"),
                    card.outcomes().stream().map(o -> o.reason().en()).toList());
            assertEquals(List.of(), scheme.score(period().stage("PLAN", 3, 10).scores(5).build()).outcomes(), "satisfied");
        }

        @Test
        void scopesLimitARule() {
            KpiScorecard scheme = scorecard(Map.of("incentives", List.of(Map.of("id", "regional", "indicator", "SATISFACTION_RATE",
                    "below", "0.5", "outcome", "WARNING", "scopes", List.of("REGION", "DEPARTMENT")))));
            assertEquals(List.of(), rulesFired(scheme.score(period().scope(KpiScope.PERSON).scores(1).build())));
            assertEquals(List.of("regional"), rulesFired(scheme.score(period().scope(KpiScope.DEPARTMENT).scores(1).build())));
            assertEquals(List.of("regional"), rulesFired(scheme.score(period().scope(KpiScope.REGION).scores(1).build())));
        }

        @Test
        void theSchemeDoesNotFollowLaterChangesOfItsConfiguration() {
            Map<String, Object> rule = new HashMap<>(Map.of("id", "warn", "indicator", "SATISFACTION_RATE",
                    "below", "0.5", "outcome", "WARNING"));
            List<Object> rules = new ArrayList<>(List.of(rule));
            KpiScorecard scheme = FACTORY.create(PluginConfig.of(Map.of("incentives", rules)));
            rule.put("below", "0.0");
            rules.clear();
            assertEquals(List.of("warn"), rulesFired(scheme.score(period().scores(1).build())));
        }
    }

    @Nested
    class PolicyC {

        private final KpiScorecard scheme = scorecard(PolicyPresets.policyC());

        @Test
        void headquartersWarnsARegionalCentreForEachStageBelow95Percent() {
            Scorecard card = scheme.score(period().scope(KpiScope.REGION).stage("RESPONSE", 94, 100)
                    .stage("RESOLUTION", 95, 100).build());
            assertEquals(List.of("regional-centre-late-stage-warning"), rulesFired(card));
            assertTarget(card, "ON_TIME_RATE.RESPONSE", "0.95", false);
            assertTarget(card, "ON_TIME_RATE.RESOLUTION", "0.95", true);
        }

        @ParameterizedTest
        @EnumSource(value = KpiScope.class, names = {"PERSON", "DEPARTMENT"})
        void onlyRegionsAreWarned(KpiScope scope) {
            assertEquals(List.of(), rulesFired(scheme.score(period().scope(scope).stage("RESPONSE", 0, 100).build())));
        }
    }
}
