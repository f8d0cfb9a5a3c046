package io.redress.plugins.grading.severity;

import static io.redress.plugin.api.StagePlan.RECEIVED;

import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.StagePlan;
import io.redress.plugin.api.TimeLimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The time limits of a tenant's configuration, and the plan of each level they make. */
record Deadlines(TimeLimit response, TimeLimit level1Resolution, TimeLimit level2Plan, TimeLimit level2Resolution,
                 TimeLimit level3Containment, TimeLimit level3Plan, TimeLimit level3Resolution, TimeLimit feedback,
                 TimeLimit returnVisit) {

    static final String RESPONSE = "RESPONSE";
    static final String CONTAINMENT = "CONTAINMENT";
    static final String PLAN = "PLAN";
    static final String RESOLUTION = "RESOLUTION";
    static final String FEEDBACK = "FEEDBACK";
    static final String RETURN_VISIT = "RETURN_VISIT";

    /** Each level's plan: the response first, the level's own stages, then feedback and the return visit. */
    Map<String, HandlingPlan> plans() {
        return Map.of(
                SeverityGrading.LEVEL_1, plan(level1Resolution.stage(RESOLUTION, RECEIVED)),
                SeverityGrading.LEVEL_2, plan(
                        level2Plan.stage(PLAN, RECEIVED),
                        level2Resolution.stage(RESOLUTION, RECEIVED)),
                SeverityGrading.LEVEL_3, plan(
                        // elapsed hours by default, not working hours: a severe incident is contained over a weekend too
                        level3Containment.stage(CONTAINMENT, RECEIVED),
                        level3Plan.stage(PLAN, RECEIVED),
                        level3Resolution.stage(RESOLUTION, RECEIVED)));
    }

    private HandlingPlan plan(StagePlan... ownStages) {
        List<StagePlan> stages = new ArrayList<>();
        stages.add(response.stage(RESPONSE, RECEIVED));
        stages.addAll(List.of(ownStages));
        stages.add(feedback.stage(FEEDBACK, RESOLUTION));
        // the five-point satisfaction survey of Policy B
        stages.add(returnVisit.stage(RETURN_VISIT, FEEDBACK));
        return new HandlingPlan(stages);
    }
}
