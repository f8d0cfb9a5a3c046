package io.redress.plugins.grading.single;

import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.HandlingPlan;
import java.util.List;
import java.util.Objects;

/**
 * Gives every complaint the same grade: Policy A handles all feedback alike, so the plan, not the grade, carries the
 * policy. A tenant that later wants several grades switches to another scheme.
 */
public final class SingleGrade implements GradingScheme {

    public static final String SINGLE_GRADE = "single-grade";

    private final GradeDefinition grade;
    private final List<GradeDefinition> grades;
    private final HandlingPlan plan;
    private final GradeDecision decision;

    // package-private: only the factory creates a scheme, and only from a configuration it has validated
    SingleGrade(GradeDefinition grade, HandlingPlan plan) {
        this.grade = Objects.requireNonNull(grade, "grade");
        this.grades = List.of(grade);
        this.plan = Objects.requireNonNull(plan, "plan");
        this.decision = new GradeDecision(grade.code(), SINGLE_GRADE);
    }

    @Override
    public List<GradeDefinition> grades() {
        return grades;
    }

    @Override
    public GradeDecision grade(ComplaintFacts facts) {
        return decision;
    }

    @Override
    public HandlingPlan defaultPlan(String gradeCode) {
        if (!grade.code().equals(gradeCode)) {
            throw new IllegalArgumentException("unknown grade " + gradeCode + "; expected " + grade.code());
        }
        return plan;
    }

    @Override
    public String toString() {
        return "SingleGrade[grade=" + grade + ", plan=" + plan + "]";
    }
}
