package io.redress.plugins.approval.thresholds;

import static io.redress.plugins.approval.thresholds.RuleJson.rule;

import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.tck.ApprovalChainContractTest;
import java.util.List;
import java.util.Map;

class ApprovalThresholdsContractTest extends ApprovalChainContractTest {

    @Override
    protected ApprovalThresholdsFactory factory() {
        return new ApprovalThresholdsFactory();
    }

    /** The grades of the three policies' grading schemes. */
    @Override
    protected List<String> gradeCodes() {
        return List.of("STANDARD", "LEVEL_1", "LEVEL_2", "LEVEL_3", "GENERAL", "IMPORTANT", "MAJOR");
    }

    @Override
    protected Map<String, PluginConfig> invalidConfigs() {
        return Map.of(
                "misspelt key", config(Map.of("rule", List.of())),
                "rules as one object", config(Map.of("rules", rule("refund").types("REFUND").build())),
                "rule as text", config(Map.of("rules", List.of("refund above 10000 needs the director"))),
                "role in capitals", config(Map.of("rules", List.of(rule("refund").types("REFUND")
                        .step("SERIAL", 1, "WORKING_DAYS", "Director:OWN_DEPARTMENT").build()))),
                "serial step of two", config(Map.of("rules", List.of(rule("refund").types("REFUND")
                        .step("SERIAL", 1, "WORKING_DAYS", "director:OWN_DEPARTMENT", "ceo:MANAGEMENT").build()))),
                "no steps key", config(Map.of("rules", List.of(Map.of("id", "refund", "types", List.of("REFUND"))))),
                "duplicate rule ids", config(Map.of("rules", List.of(
                        rule("refund").types("REFUND").build(), rule("refund").types("PURCHASE").build()))),
                "deadline in weeks", config(Map.of("rules", List.of(rule("refund").types("REFUND")
                        .step("SERIAL", 1, "WEEKS", "director:OWN_DEPARTMENT").build()))));
    }

    /** The other two policies, no rules at all, and bounds in foreign currencies that the rates convert. */
    @Override
    protected Map<String, PluginConfig> validConfigs() {
        return Map.of(
                "policy A", config(Map.of("rules", PolicyPresets.policyA())),
                "policy B", config(Map.of("rules", PolicyPresets.policyB())),
                "no rules", config(Map.of("rules", List.of())),
                "bounds in USD and EUR", config(Map.of("rules", List.of(
                        rule("any-grade-any-decision").types("PLAN", "REFUND", "COMPENSATION", "PURCHASE", "EXTENSION", "CLOSURE")
                                .above("100.00", "USD").atMost("1000.00", "EUR")
                                .step("PARALLEL_ANY", 4, "WORKING_HOURS", "director:HQ", "ceo:MANAGEMENT").build()))));
    }

    private static PluginConfig config(Map<String, ?> values) {
        return PluginConfig.of(values);
    }
}
