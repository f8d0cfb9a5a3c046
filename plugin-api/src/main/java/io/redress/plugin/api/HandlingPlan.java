package io.redress.plugin.api;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The clocks a grade puts a complaint on, in the order they are listed by the policy. */
public record HandlingPlan(List<StagePlan> stages) {

    public HandlingPlan {
        stages = List.copyOf(stages);
        Set<String> seen = new HashSet<>();
        for (StagePlan s : stages) {
            if (!seen.add(s.stage())) {
                throw new IllegalArgumentException("stage " + s.stage() + " appears twice");
            }
        }
        for (StagePlan s : stages) {
            if (!s.anchoredOnReceipt() && !seen.contains(s.anchor())) {
                throw new IllegalArgumentException(s.stage() + " is anchored on " + s.anchor() + ", which is not a stage of the plan");
            }
        }
    }

    public Optional<StagePlan> stage(String code) {
        return stages.stream().filter(s -> s.stage().equals(code)).findFirst();
    }
}
