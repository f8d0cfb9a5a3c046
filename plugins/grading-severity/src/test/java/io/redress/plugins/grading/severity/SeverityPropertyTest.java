package io.redress.plugins.grading.severity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.RiskFlag;
import io.redress.plugin.tck.GradingSchemeContractTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SeverityPropertyTest {

    private static final SeverityGradingFactory FACTORY = new SeverityGradingFactory();

    /** Which level each rule may give; a rule naming the wrong level would mislead staff about why. */
    private static final Map<String, String> GRADE_OF_RULE = Map.of(
            "business-interruption", "LEVEL_3",
            "severe-risk-flag", "LEVEL_3",
            "core-function-affected", "LEVEL_2",
            "user-unhappy", "LEVEL_2",
            "compensation-demand", "LEVEL_2",
            "minor-impact", "LEVEL_1");

    @Property
    void everyRuleGivesItsOwnLevel(@ForAll("facts") ComplaintFacts facts, @ForAll("schemes") SeverityGrading scheme) {
        GradeDecision decision = scheme.grade(facts);
        assertEquals(GRADE_OF_RULE.get(decision.ruleId()), decision.gradeCode(), decision.toString());
    }

    /** More flags can make a complaint graver, never milder, whatever the configuration puts where. */
    @Property
    void moreFlagsNeverLowerTheLevel(@ForAll("facts") ComplaintFacts facts, @ForAll("schemes") SeverityGrading scheme,
                                     @ForAll("flagSets") Set<RiskFlag> moreFlags) {
        Set<RiskFlag> flags = EnumSet.noneOf(RiskFlag.class);
        flags.addAll(facts.flags());
        flags.addAll(moreFlags);
        ComplaintFacts graver = new ComplaintFacts(facts.channel(), facts.complainantCount(), facts.claimedLoss(),
                facts.impact(), facts.emotion(), flags, facts.category(), facts.exchangeRates());
        assertTrue(level(scheme.grade(graver)) >= level(scheme.grade(facts)));
    }

    private static int level(GradeDecision decision) {
        return List.of("LEVEL_1", "LEVEL_2", "LEVEL_3").indexOf(decision.gradeCode());
    }

    @Provide
    Arbitrary<ComplaintFacts> facts() {
        return GradingSchemeContractTest.complaintFacts();
    }

    @Provide
    Arbitrary<Set<RiskFlag>> flagSets() {
        return Arbitraries.of(RiskFlag.class).set().ofMaxSize(RiskFlag.values().length);
    }

    @Provide
    Arbitrary<SeverityGrading> schemes() {
        return Arbitraries.of(
                FACTORY.create(PluginConfig.of(Map.of())),
                FACTORY.create(PluginConfig.of(Map.of(
                        "level3Impacts", List.of(), "level3Flags", List.of("COMPENSATION_DEMAND"),
                        "level2Impacts", List.of("INTERRUPTION", "MINOR"), "level2Flags", List.of("DATA_LOSS")))));
    }
}
