package io.redress.plugins.grading.channel;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.StagePlan;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelGradingTest {

    private static ComplaintFacts from(Channel channel) {
        return new ComplaintFacts(channel, 1, null, null, null, Set.of(), null, ExchangeRates.only(Currency.getInstance("CNY")));
    }

    @Test
    void theListedChannelsAreUrgent() {
        GradingScheme scheme = new ChannelGradingFactory().create(PluginConfig.of(Map.of()));
        assertEquals(new GradeDecision("URGENT", "urgent-channel"), scheme.grade(from(Channel.REGULATOR)));
        assertEquals(new GradeDecision("URGENT", "urgent-channel"), scheme.grade(from(Channel.PHONE)));
        assertEquals(new GradeDecision("NORMAL", "other-channel"), scheme.grade(from(Channel.EMAIL)));
    }

    @Test
    void theTenantChoosesTheChannelsAndTheResponseTime() {
        GradingScheme scheme = new ChannelGradingFactory().create(PluginConfig.of(Map.of(
                "urgentChannels", List.of("WHATSAPP"), "urgentResponseHours", 4L)));
        assertEquals("URGENT", scheme.grade(from(Channel.WHATSAPP)).gradeCode());
        assertEquals("NORMAL", scheme.grade(from(Channel.REGULATOR)).gradeCode());
        assertEquals(StagePlan.of("RESPONSE", StagePlan.RECEIVED, 4, DeadlineUnit.WORKING_HOURS),
                scheme.defaultPlan("URGENT").stage("RESPONSE").orElseThrow());
    }
}
