package io.redress.core.plugin;

import io.redress.plugin.api.GradeDecision;

/** What came of asking a grading plugin: a decision, or a fault that staff must see and grade around. */
public sealed interface GradingOutcome {

    record Graded(GradeDecision decision) implements GradingOutcome {
    }

    record Faulted(String reason) implements GradingOutcome {
    }
}
