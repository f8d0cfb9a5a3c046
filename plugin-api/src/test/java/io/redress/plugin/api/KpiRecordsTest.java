package io.redress.plugin.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiRecordsTest {

    private static final LocalizedText LABEL = LocalizedText.of("满意率", "Satisfaction rate");

    private static KpiInput input(long firstResponses, long onTime, long resolved, long resolvedCases, long reopened,
                                  Map<String, StageCount> stages, List<Integer> scores) {
        return new KpiInput(KpiScope.PERSON, "li.na", "2026-03", 10, firstResponses, onTime, stages, resolved, resolvedCases,
                Duration.ZERO, scores, reopened);
    }

    @Test
    void eachPartIsCountedAmongItsWhole() {
        assertDoesNotThrow(() -> input(5, 5, 3, 3, 3, Map.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> input(5, 6, 0, 0, 0, Map.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> input(0, 0, 4, 3, 0, Map.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> input(0, 0, 2, 3, 3, Map.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new StageCount(2, 3));
        assertThrows(IllegalArgumentException.class, () -> new StageCount(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> input(-1, 0, 0, 0, 0, Map.of(), List.of()));
    }

    @Test
    void scoresAreOneToFive() {
        assertDoesNotThrow(() -> input(0, 0, 0, 0, 0, Map.of(), List.of(1, 5)));
        assertThrows(IllegalArgumentException.class, () -> input(0, 0, 0, 0, 0, Map.of(), List.of(0)));
        assertThrows(IllegalArgumentException.class, () -> input(0, 0, 0, 0, 0, Map.of(), List.of(6)));
    }

    @Test
    void stagesAreKeptSortedSoThatEqualInputsReadAlike() {
        Map<String, StageCount> stages = new HashMap<>();
        for (String stage : List.of("RETURN_VISIT", "FEEDBACK", "PLAN", "RESOLUTION")) {
            stages.put(stage, new StageCount(1, 1));
        }
        KpiInput input = input(0, 0, 0, 0, 0, stages, List.of());
        assertEquals(List.of("FEEDBACK", "PLAN", "RESOLUTION", "RETURN_VISIT"), List.copyOf(input.stages().keySet()));
        stages.clear();
        assertEquals(4, input.stages().size());
    }

    @Test
    void metIsKnownExactlyWhenValueAndTargetAre() {
        assertDoesNotThrow(() -> new Indicator("SATISFACTION_RATE", LABEL, new BigDecimal("0.9"), new BigDecimal("0.95"), false));
        assertDoesNotThrow(() -> new Indicator("SATISFACTION_RATE", LABEL, null, new BigDecimal("0.95"), null));
        assertDoesNotThrow(() -> new Indicator("SATISFACTION_RATE", LABEL, new BigDecimal("0.9"), null, null));
        assertThrows(IllegalArgumentException.class, () -> new Indicator("SATISFACTION_RATE", LABEL, null, new BigDecimal("0.95"), false));
        assertThrows(IllegalArgumentException.class, () -> new Indicator("SATISFACTION_RATE", LABEL, new BigDecimal("0.9"), new BigDecimal("0.95"), null));
    }

    @Test
    void ratesAreKnownByTheirCode() {
        for (String code : List.of("FIRST_RESPONSE_RATE", "ON_TIME_RATE.PLAN", "RESOLUTION_RATE", "SATISFACTION_RATE", "REOPEN_RATE")) {
            assertTrue(new Indicator(code, LABEL, null, null, null).isRate(), code);
        }
        for (String code : List.of("AVERAGE_RESOLUTION_HOURS", "AVERAGE_SATISFACTION")) {
            assertFalse(new Indicator(code, LABEL, null, null, null).isRate(), code);
        }
        assertEquals("ON_TIME_RATE.RESOLUTION", Indicator.onTimeRate("RESOLUTION"));
    }

    @Test
    void onlyBonusPointsCarryPoints() {
        LocalizedText why = LocalizedText.of("满意率达标", "Satisfaction on target");
        assertDoesNotThrow(() -> new IncentiveOutcome(OutcomeKind.BONUS_POINTS, 10, "bonus", why));
        assertThrows(IllegalArgumentException.class, () -> new IncentiveOutcome(OutcomeKind.BONUS_POINTS, 0, "bonus", why));
        assertThrows(IllegalArgumentException.class, () -> new IncentiveOutcome(OutcomeKind.WARNING, 5, "warn", why));
        assertThrows(IllegalArgumentException.class, () -> new IncentiveOutcome(OutcomeKind.COMMENDATION, 0, " ", why));
    }

    @Test
    void aScorecardListsEachIndicatorOnce() {
        Indicator rate = new Indicator("SATISFACTION_RATE", LABEL, null, null, null);
        assertThrows(IllegalArgumentException.class, () -> new Scorecard(List.of(rate, rate), List.of()));
        assertEquals(rate, new Scorecard(List.of(rate), List.of()).indicator("SATISFACTION_RATE").orElseThrow());
    }
}
