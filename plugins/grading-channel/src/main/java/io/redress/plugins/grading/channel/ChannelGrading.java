package io.redress.plugins.grading.channel;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.StagePlan;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Immutable and pure: the decision depends on the channel alone. */
final class ChannelGrading implements GradingScheme {

    static final String URGENT = "URGENT";
    static final String NORMAL = "NORMAL";

    private static final List<GradeDefinition> GRADES = List.of(
            new GradeDefinition(NORMAL, 1, LocalizedText.of("普通", "Normal")),
            new GradeDefinition(URGENT, 2, LocalizedText.of("紧急", "Urgent")));

    private final Set<Channel> urgentChannels;
    private final int urgentResponseHours;

    ChannelGrading(List<Channel> urgentChannels, int urgentResponseHours) {
        this.urgentChannels = urgentChannels.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(urgentChannels);
        this.urgentResponseHours = urgentResponseHours;
    }

    @Override
    public List<GradeDefinition> grades() {
        return GRADES;
    }

    @Override
    public GradeDecision grade(ComplaintFacts facts) {
        return urgentChannels.contains(facts.channel()) ? new GradeDecision(URGENT, "urgent-channel")
                : new GradeDecision(NORMAL, "other-channel");
    }

    @Override
    public HandlingPlan defaultPlan(String gradeCode) {
        return switch (gradeCode) {
            case URGENT -> new HandlingPlan(List.of(
                    StagePlan.of("RESPONSE", StagePlan.RECEIVED, urgentResponseHours, DeadlineUnit.WORKING_HOURS),
                    StagePlan.of("RESOLUTION", StagePlan.RECEIVED, 3, DeadlineUnit.WORKING_DAYS)));
            case NORMAL -> new HandlingPlan(List.of(
                    StagePlan.of("RESPONSE", StagePlan.RECEIVED, 1, DeadlineUnit.WORKING_DAYS),
                    StagePlan.of("RESOLUTION", StagePlan.RECEIVED, 10, DeadlineUnit.WORKING_DAYS)));
            default -> throw new IllegalArgumentException("not a grade of grading-channel: " + gradeCode);
        };
    }
}
