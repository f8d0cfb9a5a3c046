package io.redress.plugins.approval.thresholds;

import static io.redress.plugin.api.ApprovalMode.PARALLEL_ALL;
import static io.redress.plugin.api.ApprovalMode.SERIAL;
import static io.redress.plugin.api.ApprovalScope.GENERAL_MANAGERS_OFFICE;
import static io.redress.plugin.api.ApprovalScope.HQ;
import static io.redress.plugin.api.ApprovalScope.MANAGEMENT;
import static io.redress.plugin.api.ApprovalScope.OWN_DEPARTMENT;
import static io.redress.plugin.api.ApprovalScope.REGIONAL_CENTRE;
import static io.redress.plugin.api.DecisionType.CLOSURE;
import static io.redress.plugin.api.DecisionType.COMPENSATION;
import static io.redress.plugin.api.DecisionType.EXTENSION;
import static io.redress.plugin.api.DecisionType.PLAN;
import static io.redress.plugin.api.DecisionType.PURCHASE;
import static io.redress.plugin.api.DecisionType.REFUND;

import io.redress.plugin.api.ApprovalMode;
import io.redress.plugin.api.ApprovalScope;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code rules} of the three written policies, in the JSON-like form a tenant's configuration holds, for a
 * template to start from. Amounts the policies left as "X" are ours: 10,000.00 CNY for Policy A's refunds and
 * 100,000.00 CNY for Policy C's major compensations.
 */
public final class PolicyPresets {

    private PolicyPresets() {
    }

    /**
     * Policy A, general complaint handling: a refund above 10,000 CNY needs the director and a smaller one a
     * supervisor; a purchase needs the department head, finance and the CEO in order, one working day each (three
     * for the whole chain); a plan needs a supervisor and a closure the director.
     */
    public static List<Map<String, Object>> policyA() {
        return List.of(
                rule("refund-above-threshold", List.of(REFUND), List.of(), cny("10000.00"), null,
                        step(SERIAL, 2, approver("director", OWN_DEPARTMENT))),
                rule("refund-within-threshold", List.of(REFUND), List.of(), null, cny("10000.00"),
                        step(SERIAL, 1, approver("supervisor", OWN_DEPARTMENT))),
                rule("purchase-chain", List.of(PURCHASE), List.of(), null, null,
                        step(SERIAL, 1, approver("department-head", OWN_DEPARTMENT)),
                        step(SERIAL, 1, approver("finance", HQ)),
                        step(SERIAL, 1, approver("ceo", MANAGEMENT))),
                rule("plan-by-supervisor", List.of(PLAN), List.of(), null, null,
                        step(SERIAL, 1, approver("supervisor", OWN_DEPARTMENT))),
                rule("closure-by-director", List.of(CLOSURE), List.of(), null, null,
                        step(SERIAL, 1, approver("director", OWN_DEPARTMENT))));
    }

    /**
     * Policy B, network company grading: the plan of a level 3 complaint needs the leadership group, its head and the
     * director together; extending a level 2 complaint needs the department head; a compensation needs a supervisor.
     */
    public static List<Map<String, Object>> policyB() {
        return List.of(
                rule("level3-plan-by-leadership-group", List.of(PLAN), List.of("LEVEL_3"), null, null,
                        step(PARALLEL_ALL, 1, approver("leadership-group-head", HQ), approver("director", HQ))),
                rule("level2-extension-by-department-head", List.of(EXTENSION), List.of("LEVEL_2"), null, null,
                        step(SERIAL, 1, approver("department-head", OWN_DEPARTMENT))),
                rule("compensation-by-supervisor", List.of(COMPENSATION), List.of(), null, null,
                        step(SERIAL, 1, approver("supervisor", OWN_DEPARTMENT))));
    }

    /**
     * Policy C, overseas complaints, and the plugin's default: the plan of an important complaint needs the head of
     * the regional centre; a major compensation above 100,000 CNY needs management and then the general manager's
     * office; the plan of a major complaint needs management, and so does extending it; the plan of a general
     * complaint needs no one.
     */
    public static List<Map<String, Object>> policyC() {
        return List.of(
                rule("important-plan-by-regional-centre", List.of(PLAN), List.of("IMPORTANT"), null, null,
                        step(SERIAL, 3, approver("regional-centre-head", REGIONAL_CENTRE))),
                rule("major-compensation-above-threshold", List.of(COMPENSATION), List.of("MAJOR"), cny("100000.00"), null,
                        step(SERIAL, 2, approver("management", MANAGEMENT)),
                        step(SERIAL, 2, approver("general-manager", GENERAL_MANAGERS_OFFICE))),
                rule("major-plan-by-management", List.of(PLAN), List.of("MAJOR"), null, null,
                        step(SERIAL, 2, approver("management", MANAGEMENT))),
                rule("major-extension-by-management", List.of(EXTENSION), List.of("MAJOR"), null, null,
                        step(SERIAL, 1, approver("management", MANAGEMENT))),
                rule("general-plan-needs-no-approval", List.of(PLAN), List.of("GENERAL"), null, null));
    }

    private static Map<String, Object> rule(String id, List<DecisionType> types, List<String> grades,
                                            Map<String, Object> above, Map<String, Object> atMost,
                                            Map<?, ?>... steps) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("types", types.stream().map(Enum::name).toList());
        if (!grades.isEmpty()) {
            rule.put("grades", List.copyOf(grades));
        }
        if (above != null) {
            rule.put("above", above);
        }
        if (atMost != null) {
            rule.put("atMost", atMost);
        }
        rule.put("steps", List.of(steps));
        return Collections.unmodifiableMap(rule);
    }

    // in working days only, since no written policy gives an approver less than a day
    private static Map<String, Object> step(ApprovalMode mode, long workingDays, Map<?, ?>... approvers) {
        return object("approvers", List.of(approvers), "mode", mode.name(),
                "deadline", object("amount", workingDays, "unit", DeadlineUnit.WORKING_DAYS.name()));
    }

    private static Map<String, Object> approver(String role, ApprovalScope scope) {
        return object("role", role, "scope", scope.name());
    }

    private static Map<String, Object> cny(String amount) {
        return object("amount", amount, "currency", "CNY");
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
