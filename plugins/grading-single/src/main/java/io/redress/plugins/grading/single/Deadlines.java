package io.redress.plugins.grading.single;

import static io.redress.plugin.api.StagePlan.RECEIVED;

import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.StagePlan;
import io.redress.plugin.api.TimeLimit;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;

/** The time limits and the review day of a tenant's configuration, and the plan they make. */
record Deadlines(TimeLimit response, TimeLimit registration, TimeLimit investigation, TimeLimit plan,
                 TimeLimit resolution, DayOfWeek progressReviewDay, TimeLimit returnVisit) {

    static final String RESPONSE = "RESPONSE";
    static final String REGISTRATION = "REGISTRATION";
    static final String INVESTIGATION = "INVESTIGATION";
    static final String PLAN = "PLAN";
    static final String RESOLUTION = "RESOLUTION";
    static final String PROGRESS_UPDATE = "PROGRESS_UPDATE";
    static final String RETURN_VISIT = "RETURN_VISIT";

    Deadlines {
        Objects.requireNonNull(progressReviewDay, "progressReviewDay");
    }

    /** Policy A's closed loop: intake, preliminary analysis, plan, resolution, a weekly review of open cases, the visit. */
    HandlingPlan handlingPlan() {
        return new HandlingPlan(List.of(
                response.stage(RESPONSE, RECEIVED),
                registration.stage(REGISTRATION, RECEIVED),
                // the policy's "preliminary analysis", under the stage code every plan uses for it
                investigation.stage(INVESTIGATION, RECEIVED),
                plan.stage(PLAN, RECEIVED),
                resolution.stage(RESOLUTION, RECEIVED),
                StagePlan.weekly(PROGRESS_UPDATE, progressReviewDay),
                returnVisit.stage(RETURN_VISIT, RESOLUTION)));
    }
}
