package io.redress.plugins.approval.thresholds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes rules as a JSON parser would hand them over: mutable maps and lists, so that a test can break one part. */
final class RuleJson {

    private final Map<String, Object> rule = new LinkedHashMap<>();
    private final List<Object> steps = new ArrayList<>();

    private RuleJson(String id) {
        rule.put("id", id);
        rule.put("types", new ArrayList<>());
        rule.put("steps", steps);
    }

    static RuleJson rule(String id) {
        return new RuleJson(id);
    }

    RuleJson types(String... types) {
        rule.put("types", new ArrayList<>(List.of(types)));
        return this;
    }

    RuleJson grades(String... grades) {
        rule.put("grades", new ArrayList<>(List.of(grades)));
        return this;
    }

    RuleJson above(String amount, String currency) {
        rule.put("above", money(amount, currency));
        return this;
    }

    RuleJson atMost(String amount, String currency) {
        rule.put("atMost", money(amount, currency));
        return this;
    }

    /** A step; each approver written {@code role:SCOPE}. */
    RuleJson step(String mode, Object amount, String unit, String... approvers) {
        List<Object> list = new ArrayList<>();
        for (String approver : approvers) {
            String[] parts = approver.split(":");
            list.add(object("role", parts[0], "scope", parts[1]));
        }
        steps.add(object("approvers", list, "mode", mode, "deadline", object("amount", amount, "unit", unit)));
        return this;
    }

    Map<String, Object> build() {
        return rule;
    }

    static Map<String, Object> money(String amount, String currency) {
        return object("amount", amount, "currency", currency);
    }

    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return object;
    }
}
