package io.redress.core.policy;

import io.redress.plugin.api.StagePlan;

import java.util.List;
import java.util.Objects;

/**
 * One stage of a grade's handling plan as the tenant's policy states it: its clock, who owns it (a role, a
 * department or a group such as the leadership group), the approvals it needs and the steps that must be done in it
 * (an emergency meeting, a special report, a signed confirmation …).
 *
 * @param owner          code of the owning role, department or group; null when the policy names none
 * @param approvals      codes of the approvals the stage needs, in order
 * @param mandatorySteps codes of the steps that must be recorded before the stage is complete
 */
public record StageRule(StagePlan clock, String owner, List<String> approvals, List<String> mandatorySteps) {

    public StageRule {
        Objects.requireNonNull(clock, "clock");
        approvals = approvals == null ? List.of() : List.copyOf(approvals);
        mandatorySteps = mandatorySteps == null ? List.of() : List.copyOf(mandatorySteps);
    }

    public static StageRule of(StagePlan clock) {
        return new StageRule(clock, null, List.of(), List.of());
    }

    public String stage() {
        return clock.stage();
    }
}
