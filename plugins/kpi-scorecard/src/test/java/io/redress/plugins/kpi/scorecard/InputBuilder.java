package io.redress.plugins.kpi.scorecard;

import io.redress.plugin.api.KpiInput;
import io.redress.plugin.api.KpiScope;
import io.redress.plugin.api.StageCount;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A period's counts, nothing counted unless a test says so. */
final class InputBuilder {

    private KpiScope scope = KpiScope.PERSON;
    private long firstResponses;
    private long firstResponsesOnTime;
    private final Map<String, StageCount> stages = new LinkedHashMap<>();
    private long resolved;
    private long resolvedCases;
    private Duration totalResolutionTime = Duration.ZERO;
    private final List<Integer> scores = new ArrayList<>();
    private long reopened;

    static InputBuilder period() {
        return new InputBuilder();
    }

    InputBuilder scope(KpiScope scope) {
        this.scope = scope;
        return this;
    }

    InputBuilder firstResponses(long onTime, long due) {
        this.firstResponsesOnTime = onTime;
        this.firstResponses = due;
        return this;
    }

    InputBuilder stage(String stage, long met, long due) {
        stages.put(stage, new StageCount(due, met));
        return this;
    }

    InputBuilder resolved(long resolved, long of) {
        this.resolved = resolved;
        this.resolvedCases = of;
        return this;
    }

    InputBuilder totalResolutionTime(Duration total) {
        this.totalResolutionTime = total;
        return this;
    }

    InputBuilder scores(Integer... scores) {
        this.scores.addAll(List.of(scores));
        return this;
    }

    /** {@code count} scores of {@code score}. */
    InputBuilder sameScore(int count, int score) {
        for (int i = 0; i < count; i++) {
            scores.add(score);
        }
        return this;
    }

    InputBuilder reopened(long reopened) {
        this.reopened = reopened;
        return this;
    }

    KpiInput build() {
        return new KpiInput(scope, "li.na", "2026-03", resolvedCases, firstResponses, firstResponsesOnTime, stages,
                resolved, resolvedCases, totalResolutionTime, scores, reopened);
    }
}
