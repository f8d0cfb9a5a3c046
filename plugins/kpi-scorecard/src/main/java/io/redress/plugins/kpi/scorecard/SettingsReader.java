package io.redress.plugins.kpi.scorecard;

import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.Indicator;
import io.redress.plugin.api.KpiScope;
import io.redress.plugin.api.OutcomeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the JSON-like {@code targets} and {@code incentives} settings and reports every fault on the way by its
 * path, e.g. {@code incentives[1].allOf[0].atLeast}, so that one pass both validates and creates and the two can never
 * disagree. What it returns is complete only when it reported nothing. Items that are not objects are skipped: the
 * schema has reported them already.
 */
final class SettingsReader {

    /** Lower-case words joined by hyphens, like a plugin id: {@code satisfaction-bonus}. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final int MAX_ID_LENGTH = 63;
    /** A stage code as the plans write them: {@code RESOLUTION}, {@code RETURN_VISIT}. */
    private static final Pattern STAGE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Ample for any bonus scheme; a bound still catches a slipped digit and keeps points an int. */
    static final int MAX_POINTS = 10_000;

    private static final List<Comparison> TARGET_COMPARISONS = List.of(Comparison.AT_LEAST, Comparison.AT_MOST);
    private static final Set<String> TARGET_KEYS = Set.of("indicator", "atLeast", "atMost");
    // a list, so that the faults of one configuration are always reported in the same order
    private static final List<String> CONDITION_KEYS = List.of("indicator", "atLeast", "atMost", "above", "below");
    private static final Set<String> INCENTIVE_KEYS = Set.of("id", "indicator", "atLeast", "atMost", "above", "below",
            "allOf", "outcome", "points", "scopes");

    private final List<FieldError> errors;

    private SettingsReader(List<FieldError> errors) {
        this.errors = errors;
    }

    static List<Threshold> targets(String key, Collection<?> items, List<FieldError> errors) {
        return new SettingsReader(errors).targets(key, items);
    }

    static List<Incentive> incentives(String key, Collection<?> items, List<FieldError> errors) {
        return new SettingsReader(errors).incentives(key, items);
    }

    private List<Threshold> targets(String key, Collection<?> items) {
        List<Threshold> targets = new ArrayList<>();
        Map<String, String> pathOfIndicator = new HashMap<>();
        int i = 0;
        for (Object item : items) {
            String path = key + "[" + i++ + "]";
            if (item instanceof Map<?, ?> target) {
                unknownKeys(path, target, TARGET_KEYS);
                threshold(path, target, TARGET_COMPARISONS).ifPresent(t -> {
                    String earlier = pathOfIndicator.putIfAbsent(t.indicator(), path);
                    if (earlier != null) {
                        error(path + ".indicator", "repeats the indicator of " + earlier);
                    }
                    targets.add(t);
                });
            }
        }
        return targets;
    }

    private List<Incentive> incentives(String key, Collection<?> items) {
        List<Incentive> incentives = new ArrayList<>();
        Map<String, String> pathOfId = new HashMap<>();
        int i = 0;
        for (Object item : items) {
            String path = key + "[" + i++ + "]";
            if (item instanceof Map<?, ?> incentive) {
                String id = id(path + ".id", incentive.get("id"));
                if (id != null) {
                    String earlier = pathOfId.putIfAbsent(id, path);
                    if (earlier != null) {
                        error(path + ".id", "repeats the id of " + earlier);
                    }
                }
                incentive(path, incentive, id).ifPresent(incentives::add);
            }
        }
        return incentives;
    }

    private Optional<Incentive> incentive(String path, Map<?, ?> incentive, String id) {
        unknownKeys(path, incentive, INCENTIVE_KEYS);
        List<Threshold> conditions = conditions(path, incentive);
        Optional<OutcomeKind> kind = constant(path + ".outcome", incentive.get("outcome"), OutcomeKind.class);
        int points = kind.map(k -> points(path + ".points", k, incentive.get("points"))).orElse(0);
        Set<KpiScope> scopes = scopes(path + ".scopes", incentive);
        if (id == null || conditions.isEmpty() || kind.isEmpty() || hasErrorUnder(path)) {
            return Optional.empty();
        }
        return Optional.of(new Incentive(id, conditions, kind.get(), points, scopes));
    }

    /** Either one condition written in the rule itself, or several in {@code allOf}, never both. */
    private List<Threshold> conditions(String path, Map<?, ?> incentive) {
        List<Threshold> conditions = new ArrayList<>();
        if (!incentive.containsKey("allOf")) {
            threshold(path, incentive, List.of(Comparison.values())).ifPresent(conditions::add);
            return conditions;
        }
        for (String key : CONDITION_KEYS) {
            if (incentive.containsKey(key)) {
                error(path + "." + key, "belongs inside allOf when the rule has one");
            }
        }
        if (!(incentive.get("allOf") instanceof Collection<?> items) || items.isEmpty()) {
            error(path + ".allOf", "must be a list of at least one {\"indicator\": \"…\", \"atLeast\": \"…\"}");
            return conditions;
        }
        int k = 0;
        for (Object item : items) {
            String itemPath = path + ".allOf[" + k++ + "]";
            if (!(item instanceof Map<?, ?> condition)) {
                error(itemPath, "must be {\"indicator\": \"…\", \"atLeast\": \"…\"}");
                continue;
            }
            unknownKeys(itemPath, condition, Set.copyOf(CONDITION_KEYS));
            threshold(itemPath, condition, List.of(Comparison.values())).ifPresent(conditions::add);
        }
        return conditions;
    }

    /** An indicator and exactly one of {@code allowed} comparisons, with a threshold the indicator can reach. */
    private Optional<Threshold> threshold(String path, Map<?, ?> object, List<Comparison> allowed) {
        String indicator = indicator(path + ".indicator", object.get("indicator"));
        List<Comparison> given = allowed.stream().filter(c -> object.containsKey(c.key())).toList();
        if (given.isEmpty()) {
            error(path, "needs one of " + allowed.stream().map(Comparison::key).toList());
            return Optional.empty();
        }
        if (given.size() > 1) {
            error(path + "." + given.get(1).key(), "cannot be given together with " + given.get(0).key());
            return Optional.empty();
        }
        Comparison comparison = given.get(0);
        String valuePath = path + "." + comparison.key();
        BigDecimal value = decimal(object.get(comparison.key()));
        if (value == null) {
            error(valuePath, "must be a decimal number, e.g. \"0.95\"");
            return Optional.empty();
        }
        if (indicator == null) {
            return Optional.empty();
        }
        Optional<String> outOfRange = outOfRange(indicator, value);
        outOfRange.ifPresent(message -> error(valuePath, message));
        return outOfRange.isPresent() ? Optional.empty() : Optional.of(new Threshold(indicator, comparison, value));
    }

    /** A threshold no value of the indicator can reach is a mistake, most often a percentage written for a fraction. */
    private static Optional<String> outOfRange(String indicator, BigDecimal value) {
        if (indicator.endsWith("_RATE") || indicator.startsWith(Indicator.ON_TIME_RATE_PREFIX)) {
            return value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0
                    ? Optional.of("a rate is a fraction from 0 to 1, e.g. \"0.95\" for 95 %") : Optional.empty();
        }
        if (indicator.equals(Indicator.AVERAGE_SATISFACTION)) {
            return value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(BigDecimal.valueOf(5)) > 0
                    ? Optional.of("an average score lies from 1 to 5") : Optional.empty();
        }
        return value.signum() < 0 ? Optional.of("must be at least 0") : Optional.empty();
    }

    private String indicator(String path, Object value) {
        if (value == null) {
            error(path, "is required");
            return null;
        }
        if (value instanceof String code && isIndicator(code)) {
            return code;
        }
        error(path, "must be one of " + Indicator.STANDARD_CODES + ", " + Indicator.ON_TIME_RATE_PREFIX
                + "<STAGE> or " + Threshold.EVERY_STAGE);
        return null;
    }

    private static boolean isIndicator(String code) {
        if (Indicator.STANDARD_CODES.contains(code) || code.equals(Threshold.EVERY_STAGE)) {
            return true;
        }
        return code.startsWith(Indicator.ON_TIME_RATE_PREFIX)
                && STAGE.matcher(code.substring(Indicator.ON_TIME_RATE_PREFIX.length())).matches();
    }

    private int points(String path, OutcomeKind kind, Object value) {
        if (kind != OutcomeKind.BONUS_POINTS) {
            if (value != null) {
                error(path, "only a BONUS_POINTS outcome has points");
            }
            return 0;
        }
        BigDecimal points = value instanceof Number ? decimal(value) : null;
        if (points == null || points.stripTrailingZeros().scale() > 0) {
            error(path, value == null ? "is required for BONUS_POINTS" : "must be a whole number");
            return 0;
        }
        if (points.compareTo(BigDecimal.ONE) < 0 || points.compareTo(BigDecimal.valueOf(MAX_POINTS)) > 0) {
            error(path, "must be between 1 and " + MAX_POINTS);
            return 0;
        }
        return points.intValueExact();
    }

    /** The scopes a rule names; a rule that names none applies to every scope. */
    private Set<KpiScope> scopes(String path, Map<?, ?> incentive) {
        Set<KpiScope> scopes = EnumSet.noneOf(KpiScope.class);
        if (!incentive.containsKey("scopes")) {
            return EnumSet.allOf(KpiScope.class);
        }
        if (!(incentive.get("scopes") instanceof Collection<?> items)) {
            error(path, "must be a list of " + List.of(KpiScope.values()));
        } else if (items.isEmpty()) {
            // an empty list would switch the rule off without a word; leaving the key out means every scope
            error(path, "must name at least one scope; leave it out for every scope");
        } else {
            int i = 0;
            for (Object item : items) {
                constant(path + "[" + i++ + "]", item, KpiScope.class).ifPresent(scopes::add);
            }
        }
        return scopes;
    }

    private String id(String path, Object value) {
        if (value == null) {
            error(path, "is required");
            return null;
        }
        if (value instanceof String s && s.length() <= MAX_ID_LENGTH && ID.matcher(s).matches()) {
            return s;
        }
        error(path, "must be lower-case words joined by hyphens, e.g. satisfaction-bonus");
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
}
