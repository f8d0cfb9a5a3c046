package io.redress.core.policy;

import io.redress.plugin.api.GradeDefinition;

import java.time.Instant;
import java.util.List;

/**
 * What a complaint with given facts would get under a draft policy — its grade and its clocks — computed without
 * writing anything, so that a tenant admin can try an edit before saving it.
 *
 * @param grade null when the plugin failed; then {@code fault} says why
 */
public record PolicyPreview(GradeDefinition grade, String rule, List<Due> deadlines, String fault) {

    /** @param dueAt null while the stage's anchor has not happened */
    public record Due(String stage, String anchor, Instant dueAt) {
    }
}
