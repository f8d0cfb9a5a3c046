package io.redress.plugins.kpi.scorecard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code targets} and {@code incentives} of the written policies, in the JSON-like form a tenant's configuration
 * holds, for a template to start from. Numbers the policies left as "X" are ours.
 */
public final class PolicyPresets {

    private PolicyPresets() {
    }

    /**
     * Policy A, general complaint handling, and the plugin's default. Targets: satisfaction at least 95 %, resolution
     * rate at least 98 %, and every first response in time (the RESPONSE deadline being 72 hours). Incentives: 10
     * bonus points to a person whose satisfaction reaches 95 %; a warning for a first-response rate below 90 % or an
     * on-time rate of RESOLUTION below 80 % (the penalties for delay); a commendation when the resolution rate reaches
     * 99 % and satisfaction 98 %, both in the one rule.
     */
    public static Map<String, Object> policyA() {
        return object(
                "targets", List.of(
                        target("SATISFACTION_RATE", "atLeast", "0.95"),
                        target("RESOLUTION_RATE", "atLeast", "0.98"),
                        target("FIRST_RESPONSE_RATE", "atLeast", "1.00")),
                "incentives", List.of(
                        object("id", "satisfaction-bonus", "indicator", "SATISFACTION_RATE", "atLeast", "0.95",
                                "outcome", "BONUS_POINTS", "points", 10L, "scopes", List.of("PERSON")),
                        object("id", "late-first-response-warning", "indicator", "FIRST_RESPONSE_RATE", "below", "0.90",
                                "outcome", "WARNING"),
                        object("id", "late-resolution-warning", "indicator", "ON_TIME_RATE.RESOLUTION", "below", "0.80",
                                "outcome", "WARNING"),
                        object("id", "excellence-commendation",
                                "allOf", List.of(
                                        object("indicator", "RESOLUTION_RATE", "atLeast", "0.99"),
                                        object("indicator", "SATISFACTION_RATE", "atLeast", "0.98")),
                                "outcome", "COMMENDATION")));
    }

    /**
     * Policy B, network company grading. Targets: every stage on time at least 90 % of the time, satisfaction at least
     * 95 %. Incentives: a warning to a department for each stage whose on-time rate is below 90 % (the policy's
     * penalty for department heads whose indicators stay below target; whether they stay below over several periods
     * is for whoever reads the scorecards in a row); a commendation to a person or department whose satisfaction
     * reaches 95 %.
     */
    public static Map<String, Object> policyB() {
        return object(
                "targets", List.of(
                        target("ON_TIME_RATE.*", "atLeast", "0.90"),
                        target("SATISFACTION_RATE", "atLeast", "0.95")),
                "incentives", List.of(
                        object("id", "department-late-stage-warning", "indicator", "ON_TIME_RATE.*", "below", "0.90",
                                "outcome", "WARNING", "scopes", List.of("DEPARTMENT")),
                        object("id", "satisfaction-commendation", "indicator", "SATISFACTION_RATE", "atLeast", "0.95",
                                "outcome", "COMMENDATION", "scopes", List.of("PERSON", "DEPARTMENT"))));
    }

    /**
     * Policy C, overseas complaints. The policy names no figures, so ours are defaults: every deadline met at least
     * 95 % of the time (the audit checks the on-time rate per deadline) and satisfaction at least 90 %. Incentives:
     * HQ warns a regional centre for each stage whose on-time rate falls below 95 % (it monitors each centre's data
     * monthly and warns on misses); a commendation to a person or a centre whose satisfaction reaches 95 %.
     */
    public static Map<String, Object> policyC() {
        return object(
                "targets", List.of(
                        target("ON_TIME_RATE.*", "atLeast", "0.95"),
                        target("SATISFACTION_RATE", "atLeast", "0.90")),
                "incentives", List.of(
                        object("id", "regional-centre-late-stage-warning", "indicator", "ON_TIME_RATE.*", "below", "0.95",
                                "outcome", "WARNING", "scopes", List.of("REGION")),
                        object("id", "satisfaction-commendation", "indicator", "SATISFACTION_RATE", "atLeast", "0.95",
                                "outcome", "COMMENDATION", "scopes", List.of("PERSON", "REGION"))));
    }

    private static Map<String, Object> target(String indicator, String comparison, String value) {
        return object("indicator", indicator, comparison, value);
    }

    /** An immutable object that keeps its keys in the order written, so that a stored template reads as it does here. */
    private static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(object);
    }
}
