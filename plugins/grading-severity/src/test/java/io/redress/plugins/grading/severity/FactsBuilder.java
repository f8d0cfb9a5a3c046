package io.redress.plugins.grading.severity;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.RiskFlag;
import io.redress.plugin.tck.GradingSchemeContractTest;
import java.util.EnumSet;
import java.util.Set;

/** Facts of one phone complainant with no loss, no flags and no impact or emotion judged, unless a test says otherwise. */
final class FactsBuilder {

    private Channel channel = Channel.PHONE;
    private int complainantCount = 1;
    private Money loss;
    private Impact impact;
    private Emotion emotion;
    private Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);

    static FactsBuilder complaint() {
        return new FactsBuilder();
    }

    FactsBuilder channel(Channel value) {
        channel = value;
        return this;
    }

    FactsBuilder complainants(int value) {
        complainantCount = value;
        return this;
    }

    FactsBuilder loss(String amount, String currency) {
        loss = Money.of(amount, currency);
        return this;
    }

    FactsBuilder impact(Impact value) {
        impact = value;
        return this;
    }

    FactsBuilder emotion(Emotion value) {
        emotion = value;
        return this;
    }

    FactsBuilder flags(RiskFlag... values) {
        flags = values.length == 0 ? EnumSet.noneOf(RiskFlag.class) : EnumSet.of(values[0], values);
        return this;
    }

    ComplaintFacts build() {
        return new ComplaintFacts(channel, complainantCount, loss, impact, emotion, flags, null, GradingSchemeContractTest.RATES);
    }
}
