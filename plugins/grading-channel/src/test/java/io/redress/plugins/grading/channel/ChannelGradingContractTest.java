package io.redress.plugins.grading.channel;

import io.redress.plugin.api.GradingSchemeFactory;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.tck.GradingSchemeContractTest;

import java.util.List;
import java.util.Map;

/** The plugin contract, for the example plugin of docs/PLUGINS.md. */
class ChannelGradingContractTest extends GradingSchemeContractTest {

    @Override
    protected GradingSchemeFactory factory() {
        return new ChannelGradingFactory();
    }

    @Override
    protected Map<String, PluginConfig> invalidConfigs() {
        return Map.of(
                "unknown channel", PluginConfig.of(Map.of("urgentChannels", List.of("FAX"))),
                "zero hours", PluginConfig.of(Map.of("urgentResponseHours", 0L)),
                "hours as text", PluginConfig.of(Map.of("urgentResponseHours", "one")),
                "unknown setting", PluginConfig.of(Map.of("urgentChannel", List.of("PHONE"))));
    }
}
