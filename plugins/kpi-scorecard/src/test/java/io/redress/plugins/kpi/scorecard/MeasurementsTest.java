package io.redress.plugins.kpi.scorecard;

import static io.redress.plugins.kpi.scorecard.InputBuilder.period;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.redress.plugin.api.Indicator;
import io.redress.plugin.api.KpiInput;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.Scorecard;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The arithmetic of each standard indicator, through the scorecard a plugin without targets gives. */
class MeasurementsTest {

    private static final KpiScorecard BARE = new KpiScorecardFactory().create(
            PluginConfig.of(Map.of("targets", List.of(), "incentives", List.of())));

    private static Indicator indicator(KpiInput input, String code) {
        return BARE.score(input).indicator(code).orElseThrow(() -> new AssertionError("no " + code));
    }

    private static BigDecimal value(InputBuilder input, String code) {
        return indicator(input.build(), code).value();
    }

    private static void assertValue(String expected, InputBuilder input, String code) {
        BigDecimal actual = value(input, code);
        // equals, not compareTo: the scale is part of the definition
        assertEquals(new BigDecimal(expected), actual, code);
    }

    @Test
    void everyIndicatorIsListedInTheStandardOrderWithStagesSortedByCode() {
        Scorecard card = BARE.score(period().stage("RESOLUTION", 1, 1).stage("FEEDBACK", 1, 1).stage("PLAN", 0, 0).build());
        assertEquals(List.of("FIRST_RESPONSE_RATE", "ON_TIME_RATE.FEEDBACK", "ON_TIME_RATE.PLAN", "ON_TIME_RATE.RESOLUTION",
                        "RESOLUTION_RATE", "AVERAGE_RESOLUTION_HOURS", "SATISFACTION_RATE", "AVERAGE_SATISFACTION", "REOPEN_RATE"),
                card.indicators().stream().map(Indicator::code).toList());
    }

    @Test
    void nothingCountedIsNothingMeasured() {
        Scorecard card = BARE.score(period().stage("PLAN", 0, 0).build());
        for (Indicator indicator : card.indicators()) {
            assertNull(indicator.value(), indicator.code());
            assertNull(indicator.met(), indicator.code());
        }
        assertEquals(List.of(), card.outcomes());
    }

    @Test
    void labelsAreInBothLanguages() {
        Scorecard card = BARE.score(period().stage("RESOLUTION", 1, 1).stage("MY_STAGE", 1, 1).build());
        assertEquals("满意率", card.indicator("SATISFACTION_RATE").orElseThrow().label().zh());
        assertEquals("解决阶段按时完成率", card.indicator("ON_TIME_RATE.RESOLUTION").orElseThrow().label().zh());
        assertEquals("On-time rate of resolution", card.indicator("ON_TIME_RATE.RESOLUTION").orElseThrow().label().en());
        assertEquals("MY_STAGE 阶段按时完成率", card.indicator("ON_TIME_RATE.MY_STAGE").orElseThrow().label().zh());
    }

    @Nested
    class Rates {

        @Test
        void firstResponseRate() {
            assertValue("0.9500", period().firstResponses(95, 100), "FIRST_RESPONSE_RATE");
            assertValue("1.0000", period().firstResponses(3, 3), "FIRST_RESPONSE_RATE");
            assertValue("0.0000", period().firstResponses(0, 3), "FIRST_RESPONSE_RATE");
            assertNull(value(period().firstResponses(0, 0), "FIRST_RESPONSE_RATE"));
        }

        @Test
        void onTimeRateOfEachStage() {
            InputBuilder input = period().stage("PLAN", 2, 3).stage("RESOLUTION", 7, 8).stage("FEEDBACK", 0, 0);
            assertValue("0.6667", input, "ON_TIME_RATE.PLAN");
            assertValue("0.8750", input, "ON_TIME_RATE.RESOLUTION");
            assertNull(value(input, "ON_TIME_RATE.FEEDBACK"));
        }

        @Test
        void resolutionRate() {
            assertValue("0.9800", period().resolved(98, 100), "RESOLUTION_RATE");
            assertNull(value(period().resolved(0, 0), "RESOLUTION_RATE"));
        }

        @Test
        void satisfactionRateCountsFoursAndFives() {
            assertValue("0.6000", period().scores(5, 4, 3, 2, 4), "SATISFACTION_RATE");
            assertValue("0.0000", period().scores(1, 2, 3), "SATISFACTION_RATE");
            assertNull(value(period(), "SATISFACTION_RATE"));
        }

        @Test
        void reopenRateIsAmongTheResolved() {
            assertValue("0.0200", period().resolved(50, 60).reopened(1), "REOPEN_RATE");
            assertNull(value(period().resolved(0, 60), "REOPEN_RATE"));
        }

        @Test
        void roundedHalfEvenToFourPlaces() {
            // 1/8 = 0.125 exactly; at four places the ties come from x/20000
            assertValue("0.1250", period().firstResponses(1, 8), "FIRST_RESPONSE_RATE");
            assertValue("0.0000", period().firstResponses(1, 20000), "FIRST_RESPONSE_RATE");
            assertValue("0.0002", period().firstResponses(3, 20000), "FIRST_RESPONSE_RATE");
            assertValue("0.0001", period().firstResponses(1, 6667), "FIRST_RESPONSE_RATE");
            assertValue("0.3333", period().firstResponses(1, 3), "FIRST_RESPONSE_RATE");
        }
    }

    @Nested
    class Averages {

        @Test
        void averageResolutionHoursToOneDecimal() {
            assertValue("24.0", period().resolved(2, 2).totalResolutionTime(Duration.ofHours(48)), "AVERAGE_RESOLUTION_HOURS");
            // 100 minutes over 2 cases = 50 min = 0.8333 h
            assertValue("0.8", period().resolved(2, 3).totalResolutionTime(Duration.ofMinutes(100)), "AVERAGE_RESOLUTION_HOURS");
            // 3 h over 4 cases = 0.75 h, a tie, to even
            assertValue("0.8", period().resolved(4, 4).totalResolutionTime(Duration.ofHours(3)), "AVERAGE_RESOLUTION_HOURS");
            // 5 h over 4 = 1.25 h, a tie, to even
            assertValue("1.2", period().resolved(4, 4).totalResolutionTime(Duration.ofHours(5)), "AVERAGE_RESOLUTION_HOURS");
            assertValue("0.0", period().resolved(1, 1).totalResolutionTime(Duration.ofNanos(1)), "AVERAGE_RESOLUTION_HOURS");
            assertNull(value(period().resolved(0, 5).totalResolutionTime(Duration.ofHours(3)), "AVERAGE_RESOLUTION_HOURS"));
        }

        @Test
        void resolutionTimesBeyondWhatNanosecondsCanCountAreStillAveraged() {
            Duration thousandYears = Duration.ofDays(365_000);
            assertValue("8760000.0", period().resolved(1, 1).totalResolutionTime(thousandYears), "AVERAGE_RESOLUTION_HOURS");
        }

        @Test
        void averageSatisfactionToTwoDecimals() {
            assertValue("3.60", period().scores(5, 4, 3, 2, 4), "AVERAGE_SATISFACTION");
            assertValue("4.67", period().scores(5, 5, 4), "AVERAGE_SATISFACTION");
            assertValue("1.00", period().scores(1), "AVERAGE_SATISFACTION");
            // 4.125 is a tie and rounds to even
            assertValue("4.12", period().scores(5, 4, 4, 4, 4, 4, 4, 4), "AVERAGE_SATISFACTION");
            assertNull(value(period(), "AVERAGE_SATISFACTION"));
        }

        @Test
        void manyScoresAreCountedExactly() {
            InputBuilder input = period().sameScore(9_999, 5).sameScore(1, 1);
            assertValue("0.9999", input, "SATISFACTION_RATE");
            // 49,996 / 10,000 = 4.9996
            assertValue("5.00", input, "AVERAGE_SATISFACTION");
        }
    }
}
