package io.redress.plugins.grading.lossrisk;

import static io.redress.plugins.grading.lossrisk.FactsBuilder.complaint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.RiskFlag;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LossRiskGradingTest {

    private final LossRiskGrading defaults = new LossRiskGradingFactory().create(PluginConfig.of(Map.of()));

    private static void assertDecision(String grade, String rule, GradeDecision actual) {
        assertEquals(new GradeDecision(grade, rule), actual);
    }

    @Nested
    class EachRuleFires {

        @Test
        void lossAboveThreshold() {
            assertDecision("MAJOR", "loss-above-threshold", defaults.grade(complaint().loss("20000.00", "CNY").build()));
        }

        @Test
        void groupComplaint() {
            assertDecision("MAJOR", "group-complaint", defaults.grade(complaint().complainants(3).build()));
        }

        @ParameterizedTest
        @EnumSource(value = RiskFlag.class, names = {"PUBLIC_OPINION", "MEDIA_RISK", "PARTNERSHIP_RISK", "REGULATOR_RISK",
                "TRADE_SECRET_LEAK", "LAW_BREACH"})
        void riskFlag(RiskFlag flag) {
            assertDecision("MAJOR", "risk-flag", defaults.grade(complaint().flags(flag).build()));
        }

        @Test
        void regulatorChannel() {
            assertDecision("MAJOR", "regulator-channel", defaults.grade(complaint().channel(Channel.REGULATOR).build()));
        }

        @Test
        void lossWithinThreshold() {
            assertDecision("IMPORTANT", "loss-within-threshold", defaults.grade(complaint().loss("500.00", "CNY").build()));
        }

        @Test
        void smallGroup() {
            assertDecision("IMPORTANT", "small-group", defaults.grade(complaint().complainants(2).build()));
        }

        @ParameterizedTest
        @EnumSource(value = RiskFlag.class, names = {"DELIVERY_DELAY", "CONTRACT_DEVIATION", "BROKEN_PROMISE", "MINOR_DATA_LEAK"})
        void executionFlag(RiskFlag flag) {
            assertDecision("IMPORTANT", "execution-flag", defaults.grade(complaint().flags(flag).build()));
        }

        @Test
        void lossNotConvertible() {
            assertDecision("IMPORTANT", "loss-not-convertible", defaults.grade(complaint().loss("5.00", "JPY").build()));
        }

        @Test
        void noAggravatingFact() {
            assertDecision("GENERAL", "no-aggravating-fact", defaults.grade(complaint().build()));
        }

        @ParameterizedTest
        @EnumSource(value = RiskFlag.class, names = {"DATA_LOSS", "SECURITY_RISK", "DATA_LEAK", "COMPENSATION_DEMAND",
                "LARGE_COMPENSATION_DEMAND", "PUBLIC_APOLOGY_DEMAND"})
        void flagsThisPolicyDoesNotWeighLeaveAComplaintGeneral(RiskFlag flag) {
            assertDecision("GENERAL", "no-aggravating-fact", defaults.grade(complaint().flags(flag).build()));
        }

        @Test
        void impactAndEmotionDoNotCountInThisPolicy() {
            ComplaintFacts facts = complaint().impact(Impact.INTERRUPTION).emotion(Emotion.AGITATED).build();
            assertDecision("GENERAL", "no-aggravating-fact", defaults.grade(facts));
        }

        @ParameterizedTest
        @EnumSource(value = Channel.class, names = "REGULATOR", mode = EnumSource.Mode.EXCLUDE)
        void otherChannelsAreNotMajorByThemselves(Channel channel) {
            assertDecision("GENERAL", "no-aggravating-fact", defaults.grade(complaint().channel(channel).build()));
        }
    }

    @Nested
    class LossBoundary {

        @Test
        void exactlyTheThresholdIsImportant() {
            assertDecision("IMPORTANT", "loss-within-threshold", defaults.grade(complaint().loss("10000.00", "CNY").build()));
        }

        @Test
        void oneFenAboveTheThresholdIsMajor() {
            assertDecision("MAJOR", "loss-above-threshold", defaults.grade(complaint().loss("10000.01", "CNY").build()));
        }

        @Test
        void oneFenIsAlreadyALoss() {
            assertDecision("IMPORTANT", "loss-within-threshold", defaults.grade(complaint().loss("0.01", "CNY").build()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00", "-100.00"})
        void noPositiveLossIsGeneral(String amount) {
            assertDecision("GENERAL", "no-aggravating-fact", defaults.grade(complaint().loss(amount, "CNY").build()));
        }

        @Test
        void noLossNamedIsGeneral() {
            assertDecision("GENERAL", "no-aggravating-fact", defaults.grade(complaint().build()));
        }

        @Test
        void zeroLossInAnUnknownCurrencyIsNotALoss() {
            assertDecision("GENERAL", "no-aggravating-fact", defaults.grade(complaint().loss("0.00", "JPY").build()));
        }
    }

    @Nested
    class CurrencyConversion {

        @ParameterizedTest(name = "{0} {1} -> {2} {3}")
        @CsvSource({
                "1408.00, USD, IMPORTANT, loss-within-threshold", // 9996.80 CNY
                "1409.00, USD, MAJOR,     loss-above-threshold",  // 10003.90 CNY
                "1298.00, EUR, IMPORTANT, loss-within-threshold", // 9994.60 CNY
                "1299.00, EUR, MAJOR,     loss-above-threshold",  // 10002.30 CNY
        })
        void foreignLossIsComparedInTheThresholdCurrency(String amount, String currency, String grade, String rule) {
            assertDecision(grade, rule, defaults.grade(complaint().loss(amount, currency).build()));
        }

        @Test
        void convertedAmountExactlyAtTheThresholdIsImportant() {
            // 10000.00 CNY / 7.10 is not a whole number of cents, so test exactness with a rate that divides it
            ExchangeRates rates = new ExchangeRates(Currency.getInstance("CNY"),
                    Map.of(Currency.getInstance("USD"), new BigDecimal("8.00")));
            assertDecision("IMPORTANT", "loss-within-threshold",
                    defaults.grade(complaint().loss("1250.00", "USD").rates(rates).build()));
            assertDecision("MAJOR", "loss-above-threshold",
                    defaults.grade(complaint().loss("1250.01", "USD").rates(rates).build()));
        }

        @Test
        void aLossWithoutRateIsImportantEvenWhenItIsHuge() {
            assertDecision("IMPORTANT", "loss-not-convertible",
                    defaults.grade(complaint().loss("999999999.99", "JPY").build()));
        }

        @Test
        void aLossWithoutRateYieldsToEveryMajorRule() {
            assertDecision("MAJOR", "group-complaint", defaults.grade(complaint().loss("5.00", "JPY").complainants(3).build()));
            assertDecision("MAJOR", "risk-flag", defaults.grade(complaint().loss("5.00", "JPY").flags(RiskFlag.MEDIA_RISK).build()));
            assertDecision("MAJOR", "regulator-channel",
                    defaults.grade(complaint().loss("5.00", "JPY").channel(Channel.REGULATOR).build()));
        }

        @Test
        void aLossWithoutRateComesBeforeTheOtherImportantRules() {
            ComplaintFacts facts = complaint().loss("5.00", "JPY").complainants(2).flags(RiskFlag.DELIVERY_DELAY).build();
            assertDecision("IMPORTANT", "loss-not-convertible", defaults.grade(facts));
        }

        @Test
        void aTenantWithoutAnyRateStillGradesLossesInTheThresholdCurrency() {
            ExchangeRates none = ExchangeRates.only(Currency.getInstance("CNY"));
            assertDecision("MAJOR", "loss-above-threshold", defaults.grade(complaint().loss("10000.01", "CNY").rates(none).build()));
            assertDecision("IMPORTANT", "loss-not-convertible", defaults.grade(complaint().loss("1.00", "USD").rates(none).build()));
        }
    }

    @Nested
    class GroupSize {

        @ParameterizedTest(name = "{0} complainants -> {1} {2}")
        @CsvSource({
                "1, GENERAL,   no-aggravating-fact",
                "2, IMPORTANT, small-group",
                "3, MAJOR,     group-complaint",
                "10000, MAJOR, group-complaint",
        })
        void countDecides(int count, String grade, String rule) {
            assertDecision(grade, rule, defaults.grade(complaint().complainants(count).build()));
        }
    }

    @Nested
    class RuleOrder {

        @Test
        void lossBeforeGroup() {
            ComplaintFacts facts = complaint().loss("20000.00", "CNY").complainants(3).build();
            assertDecision("MAJOR", "loss-above-threshold", defaults.grade(facts));
        }

        @Test
        void majorGroupBeforeImportantLossAndFlag() {
            ComplaintFacts facts = complaint().complainants(3).loss("100.00", "CNY").flags(RiskFlag.DELIVERY_DELAY).build();
            assertDecision("MAJOR", "group-complaint", defaults.grade(facts));
        }

        @Test
        void groupBeforeRiskFlagBeforeChannel() {
            assertDecision("MAJOR", "group-complaint",
                    defaults.grade(complaint().complainants(3).flags(RiskFlag.LAW_BREACH).channel(Channel.REGULATOR).build()));
            assertDecision("MAJOR", "risk-flag",
                    defaults.grade(complaint().flags(RiskFlag.LAW_BREACH).channel(Channel.REGULATOR).build()));
        }

        @Test
        void anyMajorRuleBeatsAnImportantLoss() {
            assertDecision("MAJOR", "regulator-channel",
                    defaults.grade(complaint().loss("100.00", "CNY").channel(Channel.REGULATOR).build()));
        }

        @Test
        void importantLossBeforeSmallGroupBeforeExecutionFlag() {
            assertDecision("IMPORTANT", "loss-within-threshold",
                    defaults.grade(complaint().loss("100.00", "CNY").complainants(2).flags(RiskFlag.BROKEN_PROMISE).build()));
            assertDecision("IMPORTANT", "small-group",
                    defaults.grade(complaint().complainants(2).flags(RiskFlag.BROKEN_PROMISE).build()));
        }

        @Test
        void aMajorFlagAmongImportantFlagsMakesItMajor() {
            assertDecision("MAJOR", "risk-flag",
                    defaults.grade(complaint().flags(RiskFlag.DELIVERY_DELAY, RiskFlag.PUBLIC_OPINION).build()));
        }
    }

    @Nested
    class ChangedConfiguration {

        private final LossRiskGrading changed = new LossRiskGradingFactory().create(PluginConfig.of(Map.of(
                "majorLossThreshold", Map.of("amount", "50000", "currency", "USD"),
                "majorGroupSize", 5L)));

        @Test
        void aHigherThresholdInAnotherCurrencyLowersTheGrade() {
            ComplaintFacts facts = complaint().loss("100000.00", "CNY").build(); // 14084.51 USD
            assertDecision("MAJOR", "loss-above-threshold", defaults.grade(facts));
            assertDecision("IMPORTANT", "loss-within-threshold", changed.grade(facts));
        }

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({
                "50000.00,  USD, IMPORTANT, loss-within-threshold",
                "50000.01,  USD, MAJOR,     loss-above-threshold",
                "355000.00, CNY, IMPORTANT, loss-within-threshold", // exactly 50000 USD
                "355000.01, CNY, MAJOR,     loss-above-threshold",
                "46103.00,  EUR, IMPORTANT, loss-within-threshold", // 354993.10 CNY = 49998.33 USD
                "46104.00,  EUR, MAJOR,     loss-above-threshold",  // 355000.80 CNY = 50000.11 USD
        })
        void thresholdIsReadInItsOwnCurrency(String amount, String currency, String grade, String rule) {
            assertDecision(grade, rule, changed.grade(complaint().loss(amount, currency).build()));
        }

        @ParameterizedTest(name = "{0} complainants -> {1} {2}")
        @CsvSource({
                "2, IMPORTANT, small-group",
                "3, IMPORTANT, small-group",
                "4, IMPORTANT, small-group",
                "5, MAJOR,     group-complaint",
        })
        void aLargerMajorGroup(int count, String grade, String rule) {
            assertDecision(grade, rule, changed.grade(complaint().complainants(count).build()));
        }

        @Test
        void emptyFlagAndChannelListsSwitchThoseRulesOff() {
            LossRiskGrading lenient = new LossRiskGradingFactory().create(PluginConfig.of(Map.of(
                    "majorFlags", List.of(), "importantFlags", List.of(), "majorChannels", List.of())));
            ComplaintFacts facts = complaint().channel(Channel.REGULATOR).flags(RiskFlag.PUBLIC_OPINION, RiskFlag.DELIVERY_DELAY).build();
            assertDecision("MAJOR", "risk-flag", defaults.grade(facts));
            assertDecision("GENERAL", "no-aggravating-fact", lenient.grade(facts));
        }

        @Test
        void flagsCanMoveBetweenGrades() {
            LossRiskGrading moved = new LossRiskGradingFactory().create(PluginConfig.of(Map.of(
                    "majorFlags", List.of("DELIVERY_DELAY"), "importantFlags", List.of("MEDIA_RISK"),
                    "majorChannels", List.of("FORUM"))));
            assertDecision("MAJOR", "risk-flag", moved.grade(complaint().flags(RiskFlag.DELIVERY_DELAY).build()));
            assertDecision("IMPORTANT", "execution-flag", moved.grade(complaint().flags(RiskFlag.MEDIA_RISK).build()));
            assertDecision("MAJOR", "regulator-channel", moved.grade(complaint().channel(Channel.FORUM).build()));
            assertDecision("GENERAL", "no-aggravating-fact", moved.grade(complaint().channel(Channel.REGULATOR).build()));
        }

        @Test
        void aZeroThresholdMakesEveryLossMajor() {
            LossRiskGrading strict = new LossRiskGradingFactory().create(PluginConfig.of(Map.of(
                    "majorLossThreshold", Map.of("amount", "0", "currency", "CNY"))));
            assertDecision("MAJOR", "loss-above-threshold", strict.grade(complaint().loss("0.01", "CNY").build()));
            assertDecision("GENERAL", "no-aggravating-fact", strict.grade(complaint().loss("0.00", "CNY").build()));
        }
    }

    @Nested
    class Grades {

        @Test
        void threeGradesMildestFirst() {
            List<GradeDefinition> grades = defaults.grades();
            assertEquals(List.of("GENERAL", "IMPORTANT", "MAJOR"), grades.stream().map(GradeDefinition::code).toList());
            assertEquals(List.of(1, 2, 3), grades.stream().map(GradeDefinition::rank).toList());
        }

        @Test
        void everyGradeHasChineseAndEnglishLabels() {
            Map<String, List<String>> expected = Map.of(
                    "GENERAL", List.of("一般投诉", "General complaint"),
                    "IMPORTANT", List.of("重要投诉", "Important complaint"),
                    "MAJOR", List.of("重大投诉", "Major complaint"));
            for (GradeDefinition grade : defaults.grades()) {
                assertEquals(expected.get(grade.code()).get(0), grade.label().in(Locale.SIMPLIFIED_CHINESE), grade.code());
                assertEquals(expected.get(grade.code()).get(1), grade.label().in(Locale.ENGLISH), grade.code());
                assertFalse(grade.label().zh().equals(grade.label().en()), grade.code());
            }
        }

        @Test
        void listOfGradesCannotBeChangedByACaller() {
            assertThrows(UnsupportedOperationException.class, () -> defaults.grades().clear());
        }
    }
}
