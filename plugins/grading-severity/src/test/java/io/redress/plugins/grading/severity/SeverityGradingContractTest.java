package io.redress.plugins.grading.severity;

import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.tck.GradingSchemeContractTest;
import java.util.List;
import java.util.Map;

class SeverityGradingContractTest extends GradingSchemeContractTest {

    @Override
    protected SeverityGradingFactory factory() {
        return new SeverityGradingFactory();
    }

    @Override
    protected Map<String, PluginConfig> invalidConfigs() {
        return Map.of(
                "misspelt key", config(Map.of("level3Flag", List.of("DATA_LOSS"))),
                "impact that is not an impact", config(Map.of("level3Impacts", List.of("OUTAGE"))),
                "emotion that is not an emotion", config(Map.of("level2Emotions", List.of("ANGRY"))),
                "flag that is not a risk flag", config(Map.of("level2Flags", List.of("COMPENSATION_DEMAND", "REFUND"))),
                "list as text", config(Map.of("level3Flags", "DATA_LOSS")),
                "zero duration", config(Map.of("level3Containment", Map.of("amount", 0L, "unit", "HOURS"))),
                "fractional duration", config(Map.of("level2Resolution", Map.of("amount", 7.5, "unit", "WORKING_DAYS"))),
                "duration in weeks", config(Map.of("returnVisitTime", Map.of("amount", 1L, "unit", "WEEKS"))),
                "duration as text", config(Map.of("responseTime", "2 WORKING_HOURS")));
    }

    /** Rules switched off, moved between levels, and every deadline in another unit. */
    @Override
    protected Map<String, PluginConfig> validConfigs() {
        return Map.of(
                "every rule off", config(Map.of(
                        "level3Impacts", List.of(), "level3Flags", List.of(), "level2Impacts", List.of(),
                        "level2Emotions", List.of(), "level2Flags", List.of())),
                "rules moved between levels", config(Map.of(
                        "level3Impacts", List.of("CORE_FUNCTION", "INTERRUPTION"), "level3Flags", List.of("COMPENSATION_DEMAND"),
                        "level2Impacts", List.of("MINOR"), "level2Emotions", List.of("CALM", "UNHAPPY", "AGITATED"),
                        "level2Flags", List.of("DATA_LEAK", "DELIVERY_DELAY"))),
                "elapsed time everywhere", config(Map.of(
                        "responseTime", Map.of("amount", 4, "unit", "HOURS"),
                        "level1Resolution", Map.of("amount", 5, "unit", "DAYS"),
                        "level3Containment", Map.of("amount", 1000, "unit", "HOURS"),
                        "returnVisitTime", Map.of("amount", 1.0, "unit", "DAYS"))));
    }

    private static PluginConfig config(Map<String, ?> values) {
        return PluginConfig.of(values);
    }
}
