package io.redress.core.policy;

import io.redress.plugin.api.HandlingPlan;

import java.util.List;

/** The handling plan of one grade as policy data: its stages in the policy's order. */
public record GradePlan(List<StageRule> stages) {

    public GradePlan {
        stages = List.copyOf(stages);
        clocks(stages);
    }

    public static GradePlan of(HandlingPlan plan) {
        return new GradePlan(plan.stages().stream().map(StageRule::of).toList());
    }

    /** The clocks alone, as the deadline schedule runs them; checks anchors and duplicates. */
    public HandlingPlan clocks() {
        return clocks(stages);
    }

    private static HandlingPlan clocks(List<StageRule> stages) {
        return new HandlingPlan(stages.stream().map(StageRule::clock).toList());
    }
}
