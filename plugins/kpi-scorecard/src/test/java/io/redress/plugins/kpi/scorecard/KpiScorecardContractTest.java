package io.redress.plugins.kpi.scorecard;

import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.tck.KpiSchemeContractTest;
import java.util.List;
import java.util.Map;

class KpiScorecardContractTest extends KpiSchemeContractTest {

    @Override
    protected KpiScorecardFactory factory() {
        return new KpiScorecardFactory();
    }

    @Override
    protected Map<String, PluginConfig> invalidConfigs() {
        return Map.of(
                "misspelt key", config(Map.of("target", List.of())),
                "targets as one object", config(Map.of("targets", Map.of("indicator", "SATISFACTION_RATE", "atLeast", "0.95"))),
                "percentage for a rate", config(Map.of("targets", List.of(Map.of("indicator", "SATISFACTION_RATE", "atLeast", "95")))),
                "unknown indicator", config(Map.of("targets", List.of(Map.of("indicator", "HAPPINESS", "atLeast", "0.5")))),
                "bonus without points", config(Map.of("incentives", List.of(Map.of("id", "bonus",
                        "indicator", "SATISFACTION_RATE", "atLeast", "0.9", "outcome", "BONUS_POINTS")))),
                "warning with points", config(Map.of("incentives", List.of(Map.of("id", "warn",
                        "indicator", "SATISFACTION_RATE", "below", "0.9", "outcome", "WARNING", "points", 5)))),
                "rule without id", config(Map.of("incentives", List.of(Map.of(
                        "indicator", "SATISFACTION_RATE", "below", "0.9", "outcome", "WARNING")))),
                "empty allOf", config(Map.of("incentives", List.of(Map.of("id", "never",
                        "allOf", List.of(), "outcome", "COMMENDATION")))));
    }

    /** Policy B, nothing at all, a target per stage over the one for every stage, and every comparison in a rule. */
    @Override
    protected Map<String, PluginConfig> validConfigs() {
        return Map.of(
                "policy B", config(PolicyPresets.policyB()),
                "no targets and no incentives", config(Map.of("targets", List.of(), "incentives", List.of())),
                "stage targets", config(Map.of("targets", List.of(
                        Map.of("indicator", "ON_TIME_RATE.*", "atLeast", "0.90"),
                        Map.of("indicator", "ON_TIME_RATE.RESOLUTION", "atLeast", 1),
                        Map.of("indicator", "ON_TIME_RATE.CUSTOM_STAGE", "atMost", "0.5"),
                        Map.of("indicator", "AVERAGE_RESOLUTION_HOURS", "atMost", "720"),
                        Map.of("indicator", "AVERAGE_SATISFACTION", "atLeast", "4.5"),
                        Map.of("indicator", "REOPEN_RATE", "atMost", "0.02")))),
                "every comparison", config(Map.of("incentives", List.of(
                        Map.of("id", "fast", "indicator", "AVERAGE_RESOLUTION_HOURS", "atMost", "48", "outcome", "BONUS_POINTS", "points", 3),
                        Map.of("id", "slow", "indicator", "AVERAGE_RESOLUTION_HOURS", "above", "720", "outcome", "WARNING",
                                "scopes", List.of("REGION")),
                        Map.of("id", "stage-and-mood", "allOf", List.of(
                                Map.of("indicator", "ON_TIME_RATE.*", "below", "0.5"),
                                Map.of("indicator", "AVERAGE_SATISFACTION", "below", "3")), "outcome", "WARNING")))));
    }

    private static PluginConfig config(Map<String, ?> values) {
        return PluginConfig.of(values);
    }
}
