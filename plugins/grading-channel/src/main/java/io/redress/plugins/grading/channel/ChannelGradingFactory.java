package io.redress.plugins.grading.channel;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigSchema;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.GradingSchemeFactory;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.PluginConfig;

import java.util.Arrays;
import java.util.List;

/** Grades by the channel a complaint came in on: the channels a tenant lists are urgent, the rest normal. */
public class ChannelGradingFactory implements GradingSchemeFactory {

    static final String URGENT_CHANNELS = "urgentChannels";
    static final String URGENT_RESPONSE_HOURS = "urgentResponseHours";

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(URGENT_CHANNELS, ConfigType.LIST)
                    .label("紧急渠道", "Urgent channels")
                    .help("从这些渠道进入的投诉为紧急投诉。", "Complaints from these channels are urgent.")
                    .allowedValues(Arrays.stream(Channel.values()).map(Enum::name).toList())
                    .defaultValue(List.of("REGULATOR", "PHONE"))
                    .build(),
            ConfigField.builder(URGENT_RESPONSE_HOURS, ConfigType.INTEGER)
                    .label("紧急投诉响应时限（工作小时）", "Urgent response time (working hours)")
                    .help("紧急投诉须在此工作小时数内首次响应。", "An urgent complaint gets its first response within these working hours.")
                    .defaultValue(1L).min(1).max(72)
                    .build());

    @Override
    public String id() {
        return "grading-channel";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("按渠道分级", "Channel grading");
    }

    @Override
    public ConfigSchema configSchema() {
        return SCHEMA;
    }

    @Override
    public GradingScheme create(PluginConfig config) {
        PluginConfig complete = config.withDefaults(SCHEMA);
        return new ChannelGrading(complete.list(URGENT_CHANNELS).stream().map(Channel::valueOf).toList(),
                (int) complete.integer(URGENT_RESPONSE_HOURS));
    }
}
