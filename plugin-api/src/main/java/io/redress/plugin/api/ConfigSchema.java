package io.redress.plugin.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The typed settings of a plugin, and the checks every configuration must pass before a plugin is created from it. */
public record ConfigSchema(List<ConfigField> fields) {

    public ConfigSchema {
        fields = List.copyOf(fields);
        long distinct = fields.stream().map(ConfigField::key).distinct().count();
        if (distinct != fields.size()) {
            throw new IllegalArgumentException("configuration keys must be unique");
        }
    }

    public static ConfigSchema of(ConfigField... fields) {
        return new ConfigSchema(List.of(fields));
    }

    public Optional<ConfigField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The configuration a template starts with: every field's default. */
    public PluginConfig defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ConfigField f : fields) {
            if (f.defaultValue() != null) {
                values.put(f.key(), f.defaultValue());
            }
        }
        return PluginConfig.of(values);
    }

    /**
     * Checks types, presence, bounds and allowed values; unknown keys are errors too, so that a typo never
     * silently falls back to a default. Returns every error, not just the first.
     */
    public List<FieldError> validate(PluginConfig config) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : config.values().keySet()) {
            if (field(key).isEmpty()) {
                errors.add(new FieldError(key, "unknown setting"));
            }
        }
        for (ConfigField f : fields) {
            Object value = config.values().get(f.key());
            if (value == null) {
                // a default counts as a value: the plugin is created from the configuration with defaults filled in
                if (f.required() && (f.defaultValue() == null || config.values().containsKey(f.key()))) {
                    errors.add(new FieldError(f.key(), "is required"));
                }
                continue;
            }
            checkValue(f, value, errors);
        }
        return List.copyOf(errors);
    }

    private static void checkValue(ConfigField f, Object value, List<FieldError> errors) {
        String key = f.key();
        switch (f.type()) {
            case INTEGER -> {
                if (!(value instanceof Number n) || !isWhole(n)) {
                    errors.add(new FieldError(key, "must be a whole number"));
                } else {
                    checkBounds(f, key, new BigDecimal(n.toString()), errors);
                }
            }
            case DECIMAL -> decimal(value).ifPresentOrElse(d -> checkBounds(f, key, d, errors),
                    () -> errors.add(new FieldError(key, "must be a decimal number")));
            case MONEY -> checkMoney(f, value, errors);
            case DURATION -> checkDuration(f, value, errors);
            case ENUM -> {
                if (!(value instanceof String s) || (!f.allowedValues().isEmpty() && !f.allowedValues().contains(s))) {
                    errors.add(new FieldError(key, "must be one of " + f.allowedValues()));
                }
            }
            case LIST -> {
                if (!(value instanceof Collection<?> items)) {
                    errors.add(new FieldError(key, "must be a list"));
                } else {
                    int i = 0;
                    for (Object item : items) {
                        if (!(item instanceof String s) || (!f.allowedValues().isEmpty() && !f.allowedValues().contains(s))) {
                            errors.add(new FieldError(key + "[" + i + "]", "must be one of " + f.allowedValues()));
                        }
                        i++;
                    }
                }
            }
            case MAP -> {
                if (!(value instanceof Map<?, ?>)) {
                    errors.add(new FieldError(key, "must be an object"));
                }
            }
            case OBJECT_LIST -> {
                if (!(value instanceof Collection<?> items)) {
                    errors.add(new FieldError(key, "must be a list of objects"));
                } else {
                    int i = 0;
                    for (Object item : items) {
                        if (!(item instanceof Map<?, ?>)) {
                            errors.add(new FieldError(key + "[" + i + "]", "must be an object"));
                        }
                        i++;
                    }
                }
            }
            case STRING -> {
                if (!(value instanceof String)) {
                    errors.add(new FieldError(key, "must be text"));
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    errors.add(new FieldError(key, "must be true or false"));
                }
            }
        }
    }

    private static void checkMoney(ConfigField f, Object value, List<FieldError> errors) {
        String key = f.key();
        if (!(value instanceof Map<?, ?> m)) {
            errors.add(new FieldError(key, "must be {\"amount\": \"…\", \"currency\": \"…\"}"));
            return;
        }
        Optional<BigDecimal> amount = decimal(m.get("amount"));
        if (amount.isEmpty()) {
            errors.add(new FieldError(key + ".amount", "must be a decimal number"));
        } else {
            checkBounds(f, key + ".amount", amount.get(), errors);
        }
        if (!(m.get("currency") instanceof String code) || !isCurrency(code)) {
            errors.add(new FieldError(key + ".currency", "must be an ISO 4217 currency code"));
        }
    }

    private static void checkDuration(ConfigField f, Object value, List<FieldError> errors) {
        String key = f.key();
        if (!(value instanceof Map<?, ?> m)) {
            errors.add(new FieldError(key, "must be {\"amount\": n, \"unit\": \"…\"}"));
            return;
        }
        if (!(m.get("amount") instanceof Number n) || !isWhole(n)) {
            errors.add(new FieldError(key + ".amount", "must be a whole number"));
        } else {
            checkBounds(f, key + ".amount", new BigDecimal(n.toString()), errors);
        }
        if (!(m.get("unit") instanceof String unit) || DeadlineUnit.parse(unit).isEmpty()) {
            errors.add(new FieldError(key + ".unit", "must be one of " + List.of(DeadlineUnit.values())));
        }
    }

    private static void checkBounds(ConfigField f, String key, BigDecimal value, List<FieldError> errors) {
        if (f.min() != null && value.compareTo(f.min()) < 0) {
            errors.add(new FieldError(key, "must be at least " + f.min().toPlainString()));
        }
        if (f.max() != null && value.compareTo(f.max()) > 0) {
            errors.add(new FieldError(key, "must be at most " + f.max().toPlainString()));
        }
    }

    private static boolean isWhole(Number n) {
        return decimal(n).map(d -> d.stripTrailingZeros().scale() <= 0).orElse(false);
    }

    static Optional<BigDecimal> decimal(Object value) {
        if (value instanceof Number || value instanceof String) {
            try {
                return Optional.of(new BigDecimal(Objects.toString(value)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
