package io.redress.plugins.approval.thresholds;

import io.redress.plugin.api.ApprovalMode;
import io.redress.plugin.api.ApprovalScope;
import io.redress.plugin.api.ApprovalStep;
import io.redress.plugin.api.Approver;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the JSON-like {@code rules} setting into {@link ApprovalRule}s and reports every fault on the way by its
 * path, e.g. {@code rules[2].steps[0].approvers[0].role}, so that one pass both validates and creates and the two can
 * never disagree. The rules it returns are complete only when it reported nothing.
 */
final class RulesReader {

    /** Lower-case words joined by hyphens, like a plugin id: {@code director}, {@code refund-above-threshold}. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_CODE_LENGTH = 63;

    /** Ample for any written policy; a bound still catches a slipped digit and keeps every amount an int. */
    static final int MAX_DEADLINE = 1000;

    private static final Set<String> RULE_KEYS = Set.of("id", "types", "grades", "above", "atMost", "steps");
    private static final Set<String> STEP_KEYS = Set.of("approvers", "mode", "deadline", "escalateTo");
    private static final Set<String> APPROVER_KEYS = Set.of("role", "scope");
    private static final Set<String> MONEY_KEYS = Set.of("amount", "currency");
    private static final Set<String> DEADLINE_KEYS = Set.of("amount", "unit");

    private final List<FieldError> errors;

    private RulesReader(List<FieldError> errors) {
        this.errors = errors;
    }

    /**
     * The rules of the setting, adding each fault to {@code errors}. Items that are not objects are skipped: the
     * schema has reported them already.
     */
    static List<ApprovalRule> read(String key, Collection<?> items, List<FieldError> errors) {
        return new RulesReader(errors).rules(key, items);
    }

    private List<ApprovalRule> rules(String key, Collection<?> items) {
        List<ApprovalRule> rules = new ArrayList<>();
        Map<String, String> pathOfId = new HashMap<>();
        int i = 0;
        for (Object item : items) {
            String path = key + "[" + i++ + "]";
            if (!(item instanceof Map<?, ?> rule)) {
                continue;
            }
            String id = ruleId(path, rule.get("id"));
            if (id != null) {
                String earlier = pathOfId.putIfAbsent(id, path);
                if (earlier != null) {
                    error(path + ".id", "repeats the id of " + earlier);
                }
            }
            rules.add(rule(path, rule, id));
        }
        return rules;
    }

    private ApprovalRule rule(String path, Map<?, ?> rule, String id) {
        unknownKeys(path, rule, RULE_KEYS);
        Set<DecisionType> types = types(path + ".types", rule.get("types"));
        Set<String> grades = grades(path + ".grades", rule.get("grades"));
        Money above = rule.containsKey("above") ? money(path + ".above", rule.get("above")) : null;
        Money atMost = rule.containsKey("atMost") ? money(path + ".atMost", rule.get("atMost")) : null;
        if (above != null && atMost != null && above.currency().equals(atMost.currency()) && atMost.compareTo(above) <= 0) {
            error(path + ".atMost", "must be greater than " + path + ".above (" + above + "), or no amount can match");
        }
        List<ApprovalStep> steps = steps(path + ".steps", rule);
        return new ApprovalRule(id == null ? "" : id, types, grades, above, atMost, steps);
    }

    private String ruleId(String path, Object value) {
        String id = code(path + ".id", value, "refund-above-threshold");
        if (ApprovalThresholds.NO_APPROVAL_NEEDED.equals(id)) {
            error(path + ".id", "is reserved for the requests no rule matches");
            return null;
        }
        return id;
    }

    private Set<DecisionType> types(String path, Object value) {
        Set<DecisionType> types = new LinkedHashSet<>();
        if (value == null) {
            error(path, "is required");
        } else if (!(value instanceof Collection<?> items)) {
            error(path, "must be a list of " + List.of(DecisionType.values()));
        } else if (items.isEmpty()) {
            // an empty list read as "any type" would make a typo swallow every decision
            error(path, "must name at least one decision type");
        } else {
            int i = 0;
            for (Object item : items) {
                constant(path + "[" + i++ + "]", item, DecisionType.class).ifPresent(types::add);
            }
        }
        return types;
    }

    private Set<String> grades(String path, Object value) {
        Set<String> grades = new LinkedHashSet<>();
        if (value == null) {
            return grades;
        }
        if (!(value instanceof Collection<?> items)) {
            error(path, "must be a list of grade codes");
            return grades;
        }
        int i = 0;
        for (Object item : items) {
            if (item instanceof String grade && !grade.isBlank()) {
                grades.add(grade);
            } else {
                error(path + "[" + i + "]", "must be a grade code, e.g. MAJOR");
            }
            i++;
        }
        return grades;
    }

    private Money money(String path, Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            error(path, "must be {\"amount\": \"…\", \"currency\": \"…\"}");
            return null;
        }
        unknownKeys(path, m, MONEY_KEYS);
        BigDecimal amount = decimal(m.get("amount"));
        if (amount == null || amount.signum() < 0) {
            error(path + ".amount", "must be a decimal number of at least 0, e.g. \"10000.00\"");
        }
        Currency currency = m.get("currency") instanceof String code ? currency(code) : null;
        if (currency == null) {
            error(path + ".currency", "must be an ISO 4217 currency code, e.g. CNY");
        }
        return amount == null || amount.signum() < 0 || currency == null ? null : new Money(amount, currency);
    }

    private List<ApprovalStep> steps(String path, Map<?, ?> rule) {
        List<ApprovalStep> steps = new ArrayList<>();
        Object value = rule.get("steps");
        if (value == null) {
            error(path, "is required; write [] for decisions that need no approval");
        } else if (!(value instanceof Collection<?> items)) {
            error(path, "must be a list of steps");
        } else {
            int i = 0;
            for (Object item : items) {
                step(path + "[" + i++ + "]", item).ifPresent(steps::add);
            }
        }
        return steps;
    }

    private Optional<ApprovalStep> step(String path, Object value) {
        if (!(value instanceof Map<?, ?> step)) {
            error(path, "must be {\"approvers\": […], \"mode\": \"…\", \"deadline\": {…}}");
            return Optional.empty();
        }
        unknownKeys(path, step, STEP_KEYS);
        List<Approver> approvers = approvers(path + ".approvers", step.get("approvers"));
        Optional<ApprovalMode> mode = constant(path + ".mode", step.get("mode"), ApprovalMode.class);
        // counted as listed, so that a faulty approver is reported once, as itself, and not again as a missing one
        if (mode.isPresent() && step.get("approvers") instanceof Collection<?> listed) {
            checkCount(path + ".approvers", mode.get(), listed.size());
        }
        Integer amount = null;
        DeadlineUnit unit = null;
        Object deadline = step.get("deadline");
        if (deadline == null) {
            error(path + ".deadline", "is required");
        } else if (!(deadline instanceof Map<?, ?> d)) {
            error(path + ".deadline", "must be {\"amount\": n, \"unit\": \"…\"}");
        } else {
            unknownKeys(path + ".deadline", d, DEADLINE_KEYS);
            amount = deadlineAmount(path + ".deadline.amount", d.get("amount"));
            unit = constant(path + ".deadline.unit", d.get("unit"), DeadlineUnit.class).orElse(null);
        }
        Approver escalateTo = step.containsKey("escalateTo") ? escalateTo(path + ".escalateTo", step.get("escalateTo"), approvers) : null;
        if (approvers == null || mode.isEmpty() || amount == null || unit == null || hasErrorUnder(path)) {
            return Optional.empty();
        }
        return Optional.of(new ApprovalStep(approvers, mode.get(), amount, unit, escalateTo));
    }

    private List<Approver> approvers(String path, Object value) {
        if (value == null) {
            error(path, "is required");
            return null;
        }
        if (!(value instanceof Collection<?> items)) {
            error(path, "must be a list of {\"role\": \"…\", \"scope\": \"…\"}");
            return null;
        }
        List<Approver> approvers = new ArrayList<>();
        Set<Approver> seen = new HashSet<>();
        int i = 0;
        for (Object item : items) {
            String itemPath = path + "[" + i++ + "]";
            Approver a = approver(itemPath, item);
            if (a != null) {
                if (!seen.add(a)) {
                    error(itemPath, "names the same role and scope as an earlier approver of this step");
                }
                approvers.add(a);
            }
        }
        return approvers;
    }

    /** Who a missed step is also opened to: an approver object, not one the step asks already. */
    private Approver escalateTo(String path, Object value, List<Approver> approvers) {
        Approver target = approver(path, value);
        if (target != null && approvers != null && approvers.contains(target)) {
            error(path, "is an approver of this step already; name who is asked once the step is missed");
            return null;
        }
        return target;
    }

    private Approver approver(String path, Object value) {
        if (!(value instanceof Map<?, ?> approver)) {
            error(path, "must be {\"role\": \"…\", \"scope\": \"…\"}");
            return null;
        }
        unknownKeys(path, approver, APPROVER_KEYS);
        String role = code(path + ".role", approver.get("role"), "director");
        Optional<ApprovalScope> scope = constant(path + ".scope", approver.get("scope"), ApprovalScope.class);
        return role == null || scope.isEmpty() ? null : new Approver(role, scope.get());
    }

    private void checkCount(String path, ApprovalMode mode, int approvers) {
        if (mode == ApprovalMode.SERIAL && approvers != 1) {
            error(path, "a SERIAL step has exactly one approver; write one step per approver for a chain in order");
        } else if (mode != ApprovalMode.SERIAL && approvers < 2) {
            error(path, "a " + mode + " step needs at least two approvers; use SERIAL for one");
        }
    }

    private Integer deadlineAmount(String path, Object value) {
        if (value == null) {
            error(path, "is required");
            return null;
        }
        BigDecimal amount = value instanceof Number ? decimal(value) : null;
        if (amount == null || amount.stripTrailingZeros().scale() > 0) {
            error(path, "must be a whole number");
            return null;
        }
        if (amount.compareTo(BigDecimal.ONE) < 0 || amount.compareTo(BigDecimal.valueOf(MAX_DEADLINE)) > 0) {
            error(path, "must be between 1 and " + MAX_DEADLINE);
            return null;
        }
        return amount.intValueExact();
    }

    private String code(String path, Object value, String example) {
        if (value == null) {
            error(path, "is required");
            return null;
        }
        if (value instanceof String s && s.length() <= MAX_CODE_LENGTH && CODE.matcher(s).matches()) {
            return s;
        }
        error(path, "must be lower-case words joined by hyphens, e.g. " + example);
        return null;
    }

    private <E extends Enum<E>> Optional<E> constant(String path, Object value, Class<E> type) {
        if (value == null) {
            error(path, "is required");
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return Optional.of(constant);
            }
        }
        error(path, "must be one of " + Arrays.toString(type.getEnumConstants()));
        return Optional.empty();
    }

    private void unknownKeys(String path, Map<?, ?> object, Set<String> known) {
        for (Object key : object.keySet()) {
            if (!known.contains(key)) {
                error(path + "." + key, "unknown key; expected one of " + known.stream().sorted().toList());
            }
        }
    }

    private boolean hasErrorUnder(String path) {
        return errors.stream().anyMatch(e -> e.field().equals(path) || e.field().startsWith(path + ".")
                || e.field().startsWith(path + "["));
    }

    private void error(String path, String message) {
        errors.add(new FieldError(path, message));
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
