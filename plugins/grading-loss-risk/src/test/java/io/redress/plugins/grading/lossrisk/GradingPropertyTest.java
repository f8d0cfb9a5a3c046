package io.redress.plugins.grading.lossrisk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.RiskFlag;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GradingPropertyTest {

    private static final LossRiskGradingFactory FACTORY = new LossRiskGradingFactory();

    /** Which grade each rule may give; a rule naming the wrong grade would mislead staff about why. */
    private static final Map<String, String> GRADE_OF_RULE = Map.of(
            "loss-above-threshold", "MAJOR",
            "group-complaint", "MAJOR",
            "risk-flag", "MAJOR",
            "regulator-channel", "MAJOR",
            "loss-within-threshold", "IMPORTANT",
            "loss-not-convertible", "IMPORTANT",
            "small-group", "IMPORTANT",
            "execution-flag", "IMPORTANT",
            "no-aggravating-fact", "GENERAL");

    @Property
    void neverThrowsAndAlwaysGivesAKnownGradeForAKnownRule(@ForAll("facts") ComplaintFacts facts,
                                                           @ForAll("schemes") LossRiskGrading scheme) {
        GradeDecision decision = scheme.grade(facts);
        assertTrue(List.of("GENERAL", "IMPORTANT", "MAJOR").contains(decision.gradeCode()), decision.toString());
        assertEquals(GRADE_OF_RULE.get(decision.ruleId()), decision.gradeCode(), decision.toString());
    }

    @Property
    void isDeterministic(@ForAll("facts") ComplaintFacts facts, @ForAll("schemes") LossRiskGrading scheme) {
        GradeDecision first = scheme.grade(facts);
        ComplaintFacts same = new ComplaintFacts(facts.channel(), facts.complainantCount(), facts.claimedLoss(),
                facts.impact(), facts.emotion(), facts.flags(), facts.category(), facts.exchangeRates());
        assertEquals(first, scheme.grade(facts));
        assertEquals(first, scheme.grade(same));
        PluginConfig defaults = PluginConfig.of(Map.of());
        assertEquals(FACTORY.create(defaults).grade(facts), FACTORY.create(defaults).grade(facts));
    }

    /** More complainants or more flags can make a complaint graver, never milder. */
    @Property
    void aggravatingFactsNeverLowerTheGrade(@ForAll("facts") ComplaintFacts facts, @ForAll("schemes") LossRiskGrading scheme,
                                            @ForAll @IntRange(min = 0, max = 10) int moreComplainants,
                                            @ForAll("flagSets") Set<RiskFlag> moreFlags) {
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        flags.addAll(facts.flags());
        flags.addAll(moreFlags);
        ComplaintFacts graver = new ComplaintFacts(facts.channel(), facts.complainantCount() + moreComplainants,
                facts.claimedLoss(), facts.impact(), facts.emotion(), flags, facts.category(), facts.exchangeRates());
        assertTrue(rank(scheme, scheme.grade(graver)) >= rank(scheme, scheme.grade(facts)));
    }

    private static int rank(LossRiskGrading scheme, GradeDecision decision) {
        return scheme.grades().stream().filter(g -> g.code().equals(decision.gradeCode()))
                .mapToInt(GradeDefinition::rank).findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<ComplaintFacts> facts() {
        Arbitrary<Money> loss = Combinators.combine(
                        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000000")).ofScale(2),
                        Arbitraries.of("CNY", "USD", "EUR", "JPY"))
                .as((amount, code) -> new Money(amount, Currency.getInstance(code)))
                .injectNull(0.1);
        return Combinators.combine(
                        Arbitraries.of(Channel.class),
                        Arbitraries.integers().between(1, 10_000),
                        loss,
                        Arbitraries.of(Impact.class).injectNull(0.25),
                        Arbitraries.of(Emotion.class).injectNull(0.25),
                        flagSets(),
                        Arbitraries.of("BILLING", "DELIVERY", "SERVICE").injectNull(0.5))
                .as((channel, count, money, impact, emotion, flags, category) ->
                        new ComplaintFacts(channel, count, money, impact, emotion, flags, category, FactsBuilder.RATES));
    }

    @Provide
    Arbitrary<Set<RiskFlag>> flagSets() {
        return Arbitraries.of(RiskFlag.class).set().ofMaxSize(RiskFlag.values().length);
    }

    /** The defaults, a threshold in another currency and a zero threshold, so that conversion runs both ways. */
    @Provide
    Arbitrary<LossRiskGrading> schemes() {
        return Arbitraries.of(
                FACTORY.create(PluginConfig.of(Map.of())),
                FACTORY.create(PluginConfig.of(Map.of(
                        "majorLossThreshold", Map.of("amount", "50000", "currency", "USD"),
                        "majorGroupSize", 5L))),
                FACTORY.create(PluginConfig.of(Map.of(
                        "majorLossThreshold", Map.of("amount", "0", "currency", "EUR"),
                        "majorGroupSize", 1000L, "importantGroupSize", 999L,
                        "majorFlags", List.of(), "majorChannels", List.of()))),
                FACTORY.create(PluginConfig.of(Map.of(
                        "majorLossThreshold", Map.of("amount", "1000000", "currency", "JPY")))));
    }
}
