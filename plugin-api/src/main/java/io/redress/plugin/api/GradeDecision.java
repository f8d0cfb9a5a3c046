package io.redress.plugin.api;

import java.util.Objects;

/** The grade given and the id of the rule that fired, so that staff and auditors can see why. */
public record GradeDecision(String gradeCode, String ruleId) {
    public GradeDecision {
        Objects.requireNonNull(gradeCode, "gradeCode");
        Objects.requireNonNull(ruleId, "ruleId");
    }
}
