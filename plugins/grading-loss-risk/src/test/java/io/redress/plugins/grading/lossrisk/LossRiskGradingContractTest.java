package io.redress.plugins.grading.lossrisk;

import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.tck.GradingSchemeContractTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

class LossRiskGradingContractTest extends GradingSchemeContractTest {

    @Override
    protected LossRiskGradingFactory factory() {
        return new LossRiskGradingFactory();
    }

    @Override
    protected Map<String, PluginConfig> invalidConfigs() {
        Map<String, Object> explicitNull = new HashMap<>();
        explicitNull.put("majorChannels", null);
        return Map.of(
                "misspelt key", config(Map.of("majorLossTreshold", Map.of("amount", "1", "currency", "CNY"))),
                "negative threshold", config(Map.of("majorLossThreshold", Map.of("amount", "-0.01", "currency", "CNY"))),
                "currency that does not exist", config(Map.of("majorLossThreshold", Map.of("amount", "10000.00", "currency", "RMB"))),
                "threshold as text", config(Map.of("majorLossThreshold", "10000.00 CNY")),
                "group size out of bounds", config(Map.of("majorGroupSize", 1001L)),
                "group size not whole", config(Map.of("majorGroupSize", 3.5)),
                "important group not below major group", config(Map.of("majorGroupSize", 3L, "importantGroupSize", 3L)),
                "flag that is not a risk flag", config(Map.of("majorFlags", List.of("MEDIA_RISK", "BAD_PRESS"))),
                "channel that is not a channel", config(Map.of("majorChannels", List.of("FAX"))),
                "explicit null", config(explicitNull));
    }

    /** Thresholds in other currencies and lists switched off reach the conversion and fall-through paths. */
    @Override
    protected Map<String, PluginConfig> validConfigs() {
        return Map.of(
                "threshold in USD, larger group", config(Map.of(
                        "majorLossThreshold", Map.of("amount", "50000", "currency", "USD"),
                        "majorGroupSize", 5L)),
                "zero threshold in EUR, no flags or channels", config(Map.of(
                        "majorLossThreshold", Map.of("amount", "0", "currency", "EUR"),
                        "majorGroupSize", 1000L, "importantGroupSize", 999L,
                        "majorFlags", List.of(), "importantFlags", List.of(), "majorChannels", List.of())),
                "threshold in a currency without a rate", config(Map.of(
                        "majorLossThreshold", Map.of("amount", "1000000", "currency", "JPY"))),
                "numbers as a JSON parser gives them", config(Map.of(
                        "majorLossThreshold", Map.of("amount", 20000, "currency", "CNY"),
                        "majorGroupSize", 4, "importantGroupSize", 2.0)));
    }

    private static PluginConfig config(Map<String, ?> values) {
        return PluginConfig.of(values);
    }
}
