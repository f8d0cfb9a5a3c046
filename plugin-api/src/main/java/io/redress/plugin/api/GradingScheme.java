package io.redress.plugin.api;

import java.util.List;

/** A configured grading scheme: the grades it knows, the grade of a complaint's facts, and each grade's default plan. */
public interface GradingScheme extends Plugin {

    /** Every grade this scheme can give, mildest first. */
    List<GradeDefinition> grades();

    /** The grade of these facts and the rule that fired. Deterministic, and never throws for any facts. */
    GradeDecision grade(ComplaintFacts facts);

    /** The handling plan a tenant starts with for a grade of {@link #grades()}. */
    HandlingPlan defaultPlan(String gradeCode);
}
