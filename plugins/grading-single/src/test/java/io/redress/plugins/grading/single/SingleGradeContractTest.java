package io.redress.plugins.grading.single;

import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.tck.GradingSchemeContractTest;
import java.util.Map;

class SingleGradeContractTest extends GradingSchemeContractTest {

    @Override
    protected SingleGradeFactory factory() {
        return new SingleGradeFactory();
    }

    @Override
    protected Map<String, PluginConfig> invalidConfigs() {
        return Map.of(
                "misspelt key", config(Map.of("gradecode", "STANDARD")),
                "lower-case code", config(Map.of("gradeCode", "standard")),
                "one-letter code", config(Map.of("gradeCode", "S")),
                "code as a number", config(Map.of("gradeCode", 1L)),
                "blank Chinese label", config(Map.of("labelZh", " ")),
                "blank English label", config(Map.of("labelEn", "")),
                "review day that is not a day", config(Map.of("progressReviewDay", "FRI")),
                "zero duration", config(Map.of("registrationTime", Map.of("amount", 0L, "unit", "HOURS"))),
                "fractional duration", config(Map.of("planTime", Map.of("amount", 6.5, "unit", "DAYS"))),
                "duration in months", config(Map.of("returnVisitTime", Map.of("amount", 1L, "unit", "MONTHS"))));
    }

    /** Another grade named in Latin letters only, and every deadline in working time with another review day. */
    @Override
    protected Map<String, PluginConfig> validConfigs() {
        return Map.of(
                "another grade", config(Map.of("gradeCode", "VIP_FEEDBACK", "labelZh", "VIP", "labelEn", "VIP feedback")),
                "working time and a Monday review", config(Map.of(
                        "responseTime", Map.of("amount", 3, "unit", "WORKING_DAYS"),
                        "registrationTime", Map.of("amount", 1, "unit", "WORKING_HOURS"),
                        "resolutionTime", Map.of("amount", 20.0, "unit", "WORKING_DAYS"),
                        "progressReviewDay", "MONDAY")));
    }

    private static PluginConfig config(Map<String, ?> values) {
        return PluginConfig.of(values);
    }
}
