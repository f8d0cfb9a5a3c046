package io.redress.plugins.grading.severity;

import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.RiskFlag;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Grades a complaint by its impact, the user's emotion and its risk flags. The rules are tried from the most severe
 * level down and the first that matches decides, so that the decision always names exactly one reason and a
 * complaint is never graded milder than one of its facts demands.
 */
public final class SeverityGrading implements GradingScheme {

    public static final String LEVEL_1 = "LEVEL_1";
    public static final String LEVEL_2 = "LEVEL_2";
    public static final String LEVEL_3 = "LEVEL_3";

    public static final String BUSINESS_INTERRUPTION = "business-interruption";
    public static final String SEVERE_RISK_FLAG = "severe-risk-flag";
    public static final String CORE_FUNCTION_AFFECTED = "core-function-affected";
    public static final String USER_UNHAPPY = "user-unhappy";
    public static final String COMPENSATION_DEMAND = "compensation-demand";
    public static final String MINOR_IMPACT = "minor-impact";

    private static final List<GradeDefinition> GRADES = List.of(
            new GradeDefinition(LEVEL_1, 1, LocalizedText.of("一级（轻微）", "Level 1 — minor")),
            new GradeDefinition(LEVEL_2, 2, LocalizedText.of("二级（中度）", "Level 2 — moderate")),
            new GradeDefinition(LEVEL_3, 3, LocalizedText.of("三级（严重）", "Level 3 — severe")));

    private final Set<Impact> level3Impacts;
    private final Set<RiskFlag> level3Flags;
    private final Set<Impact> level2Impacts;
    private final Set<Emotion> level2Emotions;
    private final Set<RiskFlag> level2Flags;
    private final Deadlines deadlines;
    private final Map<String, HandlingPlan> plans;

    // package-private: only the factory creates a scheme, and only from a configuration it has validated
    SeverityGrading(Set<Impact> level3Impacts, Set<RiskFlag> level3Flags, Set<Impact> level2Impacts,
                    Set<Emotion> level2Emotions, Set<RiskFlag> level2Flags, Deadlines deadlines) {
        this.level3Impacts = frozen(Impact.class, level3Impacts);
        this.level3Flags = frozen(RiskFlag.class, level3Flags);
        this.level2Impacts = frozen(Impact.class, level2Impacts);
        this.level2Emotions = frozen(Emotion.class, level2Emotions);
        this.level2Flags = frozen(RiskFlag.class, level2Flags);
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.plans = deadlines.plans();
    }

    // an EnumSet, unlike Set.copyOf, answers contains(null) with false, and impact and emotion may be unjudged;
    // enum order also keeps toString stable, so that two logs of the same configuration read alike
    private static <E extends Enum<E>> Set<E> frozen(Class<E> type, Collection<E> items) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        copy.addAll(items);
        return Collections.unmodifiableSet(copy);
    }

    @Override
    public List<GradeDefinition> grades() {
        return GRADES;
    }

    @Override
    public GradeDecision grade(ComplaintFacts facts) {
        if (level3Impacts.contains(facts.impact())) {
            return new GradeDecision(LEVEL_3, BUSINESS_INTERRUPTION);
        }
        if (facts.hasAnyFlag(level3Flags)) {
            return new GradeDecision(LEVEL_3, SEVERE_RISK_FLAG);
        }
        if (level2Impacts.contains(facts.impact())) {
            return new GradeDecision(LEVEL_2, CORE_FUNCTION_AFFECTED);
        }
        if (level2Emotions.contains(facts.emotion())) {
            return new GradeDecision(LEVEL_2, USER_UNHAPPY);
        }
        if (facts.hasAnyFlag(level2Flags)) {
            return new GradeDecision(LEVEL_2, COMPENSATION_DEMAND);
        }
        return new GradeDecision(LEVEL_1, MINOR_IMPACT);
    }

    @Override
    public HandlingPlan defaultPlan(String gradeCode) {
        HandlingPlan plan = gradeCode == null ? null : plans.get(gradeCode);
        if (plan == null) {
            throw new IllegalArgumentException("unknown grade " + gradeCode + "; expected one of " + List.of(LEVEL_1, LEVEL_2, LEVEL_3));
        }
        return plan;
    }

    @Override
    public String toString() {
        return "SeverityGrading[level3Impacts=" + level3Impacts + ", level3Flags=" + level3Flags
                + ", level2Impacts=" + level2Impacts + ", level2Emotions=" + level2Emotions
                + ", level2Flags=" + level2Flags + ", " + deadlines + "]";
    }
}
