package io.redress.plugins.grading.lossrisk;

import static io.redress.plugin.api.DeadlineUnit.HOURS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;
import static io.redress.plugin.api.StagePlan.RECEIVED;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.RiskFlag;
import io.redress.plugin.api.StagePlan;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Grades a complaint by its loss, its group size, its risk flags and its channel. The rules are tried in a fixed
 * order and the first that matches decides, so that the decision always names exactly one reason.
 */
public final class LossRiskGrading implements GradingScheme {

    public static final String GENERAL = "GENERAL";
    public static final String IMPORTANT = "IMPORTANT";
    public static final String MAJOR = "MAJOR";

    public static final String LOSS_ABOVE_THRESHOLD = "loss-above-threshold";
    public static final String GROUP_COMPLAINT = "group-complaint";
    public static final String RISK_FLAG = "risk-flag";
    public static final String REGULATOR_CHANNEL = "regulator-channel";
    public static final String LOSS_WITHIN_THRESHOLD = "loss-within-threshold";
    public static final String LOSS_NOT_CONVERTIBLE = "loss-not-convertible";
    public static final String SMALL_GROUP = "small-group";
    public static final String EXECUTION_FLAG = "execution-flag";
    public static final String NO_AGGRAVATING_FACT = "no-aggravating-fact";

    private static final List<GradeDefinition> GRADES = List.of(
            new GradeDefinition(GENERAL, 1, LocalizedText.of("一般投诉", "General complaint")),
            new GradeDefinition(IMPORTANT, 2, LocalizedText.of("重要投诉", "Important complaint")),
            new GradeDefinition(MAJOR, 3, LocalizedText.of("重大投诉", "Major complaint")));

    private static final Map<String, HandlingPlan> PLANS = Map.of(
            GENERAL, new HandlingPlan(List.of(
                    StagePlan.of("RESPONSE", RECEIVED, 1, WORKING_HOURS),
                    StagePlan.of("REGISTRATION", RECEIVED, 2, WORKING_DAYS),
                    StagePlan.of("TRIAGE", RECEIVED, 2, WORKING_DAYS),
                    StagePlan.of("INVESTIGATION", RECEIVED, 3, WORKING_DAYS),
                    StagePlan.of("PLAN", "INVESTIGATION", 2, WORKING_DAYS),
                    StagePlan.of("RESOLUTION", RECEIVED, 7, WORKING_DAYS),
                    StagePlan.of("FEEDBACK", "RESOLUTION", 1, WORKING_DAYS))),
            IMPORTANT, new HandlingPlan(List.of(
                    StagePlan.of("RESPONSE", RECEIVED, 1, WORKING_HOURS),
                    StagePlan.of("REGISTRATION", RECEIVED, 2, WORKING_DAYS),
                    StagePlan.of("TRIAGE", RECEIVED, 2, WORKING_DAYS),
                    StagePlan.of("INVESTIGATION", RECEIVED, 5, WORKING_DAYS),
                    StagePlan.of("PLAN", "INVESTIGATION", 3, WORKING_DAYS),
                    StagePlan.of("RESOLUTION", RECEIVED, 15, WORKING_DAYS),
                    StagePlan.recurring("PROGRESS_UPDATE", RECEIVED, 3, WORKING_DAYS),
                    StagePlan.of("FEEDBACK", "RESOLUTION", 1, WORKING_DAYS),
                    StagePlan.of("RETURN_VISIT", "FEEDBACK", 3, WORKING_DAYS))),
            MAJOR, new HandlingPlan(List.of(
                    StagePlan.of("RESPONSE", RECEIVED, 1, WORKING_HOURS),
                    StagePlan.of("REGISTRATION", RECEIVED, 2, WORKING_DAYS),
                    StagePlan.of("TRIAGE", RECEIVED, 2, WORKING_DAYS),
                    // elapsed hours, not working hours: a major incident is contained over a weekend too
                    StagePlan.of("CONTAINMENT", RECEIVED, 1, HOURS),
                    StagePlan.of("INVESTIGATION_PLAN", RECEIVED, 2, WORKING_DAYS),
                    StagePlan.of("INVESTIGATION", RECEIVED, 10, WORKING_DAYS),
                    StagePlan.of("PLAN", "INVESTIGATION", 5, WORKING_DAYS),
                    StagePlan.of("RESOLUTION", RECEIVED, 30, WORKING_DAYS),
                    StagePlan.recurring("PROGRESS_UPDATE", RECEIVED, 3, WORKING_DAYS),
                    StagePlan.of("FEEDBACK", "RESOLUTION", 1, WORKING_DAYS),
                    StagePlan.of("SATISFACTION", "FEEDBACK", 7, WORKING_DAYS))));

    private final Money majorLossThreshold;
    private final int majorGroupSize;
    private final int importantGroupSize;
    private final Set<RiskFlag> majorFlags;
    private final Set<RiskFlag> importantFlags;
    private final Set<Channel> majorChannels;

    // package-private: only the factory creates a scheme, and only from a configuration it has validated
    LossRiskGrading(Money majorLossThreshold, int majorGroupSize, int importantGroupSize, Set<RiskFlag> majorFlags,
                    Set<RiskFlag> importantFlags, Set<Channel> majorChannels) {
        this.majorLossThreshold = Objects.requireNonNull(majorLossThreshold, "majorLossThreshold");
        this.majorGroupSize = majorGroupSize;
        this.importantGroupSize = importantGroupSize;
        this.majorFlags = frozen(RiskFlag.class, majorFlags);
        this.importantFlags = frozen(RiskFlag.class, importantFlags);
        this.majorChannels = frozen(Channel.class, majorChannels);
    }

    // enum order keeps toString stable, so that two logs of the same configuration read alike
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
        Loss loss = weigh(facts);
        if (loss == Loss.ABOVE_THRESHOLD) {
            return new GradeDecision(MAJOR, LOSS_ABOVE_THRESHOLD);
        }
        if (facts.complainantCount() >= majorGroupSize) {
            return new GradeDecision(MAJOR, GROUP_COMPLAINT);
        }
        if (facts.hasAnyFlag(majorFlags)) {
            return new GradeDecision(MAJOR, RISK_FLAG);
        }
        if (majorChannels.contains(facts.channel())) {
            return new GradeDecision(MAJOR, REGULATOR_CHANNEL);
        }
        if (loss == Loss.WITHIN_THRESHOLD) {
            return new GradeDecision(IMPORTANT, LOSS_WITHIN_THRESHOLD);
        }
        // a loss we cannot price is still a loss: it may not sink to GENERAL, and guessing MAJOR would overrule the policy
        if (loss == Loss.NOT_CONVERTIBLE) {
            return new GradeDecision(IMPORTANT, LOSS_NOT_CONVERTIBLE);
        }
        if (facts.complainantCount() >= importantGroupSize) {
            return new GradeDecision(IMPORTANT, SMALL_GROUP);
        }
        if (facts.hasAnyFlag(importantFlags)) {
            return new GradeDecision(IMPORTANT, EXECUTION_FLAG);
        }
        return new GradeDecision(GENERAL, NO_AGGRAVATING_FACT);
    }

    private Loss weigh(ComplaintFacts facts) {
        Money claimed = facts.claimedLoss();
        // positivity is judged on the claim itself, so that a tiny claim rounded to zero by conversion still counts
        if (claimed == null || !claimed.isPositive()) {
            return Loss.NONE;
        }
        return facts.exchangeRates().convert(claimed, majorLossThreshold.currency())
                .map(converted -> converted.amount().compareTo(majorLossThreshold.amount()) > 0
                        ? Loss.ABOVE_THRESHOLD
                        : Loss.WITHIN_THRESHOLD)
                .orElse(Loss.NOT_CONVERTIBLE);
    }

    @Override
    public HandlingPlan defaultPlan(String gradeCode) {
        HandlingPlan plan = gradeCode == null ? null : PLANS.get(gradeCode);
        if (plan == null) {
            throw new IllegalArgumentException("unknown grade " + gradeCode + "; expected one of " + List.of(GENERAL, IMPORTANT, MAJOR));
        }
        return plan;
    }

    @Override
    public String toString() {
        return "LossRiskGrading[majorLossThreshold=" + majorLossThreshold + ", majorGroupSize=" + majorGroupSize
                + ", importantGroupSize=" + importantGroupSize + ", majorFlags=" + majorFlags
                + ", importantFlags=" + importantFlags + ", majorChannels=" + majorChannels + "]";
    }

    private enum Loss {
        NONE, WITHIN_THRESHOLD, ABOVE_THRESHOLD, NOT_CONVERTIBLE
    }
}
