package io.redress.plugins.grading.single;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.RiskFlag;
import io.redress.plugin.tck.GradingSchemeContractTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SingleGradeTest {

    private final SingleGrade defaults = new SingleGradeFactory().create(PluginConfig.of(Map.of()));

    private static ComplaintFacts facts(Channel channel, int count, Money loss, Impact impact, Emotion emotion, Set<RiskFlag> flags) {
        return new ComplaintFacts(channel, count, loss, impact, emotion, flags, null, GradingSchemeContractTest.RATES);
    }

    @Test
    void oneStandardGrade() {
        assertEquals(List.of(new GradeDefinition("STANDARD", 1, LocalizedText.of("标准投诉", "Standard complaint"))),
                defaults.grades());
    }

    @Test
    void aPlainComplaintGetsIt() {
        assertEquals(new GradeDecision("STANDARD", "single-grade"), defaults.grade(facts(Channel.PHONE, 1, null, null, null, Set.of())));
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void whateverTheChannel(Channel channel) {
        assertEquals(new GradeDecision("STANDARD", "single-grade"), defaults.grade(facts(channel, 1, null, null, null, Set.of())));
    }

    @Test
    void whateverTheFacts() {
        ComplaintFacts worst = new ComplaintFacts(Channel.REGULATOR, 10_000, Money.of("999999999.99", "JPY"),
                Impact.INTERRUPTION, Emotion.AGITATED, EnumSet.allOf(RiskFlag.class), "BILLING", GradingSchemeContractTest.RATES);
        assertEquals(new GradeDecision("STANDARD", "single-grade"), defaults.grade(worst));
    }

    @Test
    void theTenantNamesTheGrade() {
        SingleGrade named = new SingleGradeFactory().create(PluginConfig.of(Map.of(
                "gradeCode", "FEEDBACK_2026", "labelZh", "客户反馈", "labelEn", "Customer feedback")));
        assertEquals(List.of(new GradeDefinition("FEEDBACK_2026", 1, LocalizedText.of("客户反馈", "Customer feedback"))),
                named.grades());
        assertEquals(new GradeDecision("FEEDBACK_2026", "single-grade"),
                named.grade(facts(Channel.EMAIL, 1, null, Impact.MINOR, Emotion.CALM, Set.of())));
    }

    @Test
    void listOfGradesCannotBeChangedByACaller() {
        assertThrows(UnsupportedOperationException.class, () -> defaults.grades().clear());
    }
}
