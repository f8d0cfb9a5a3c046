package io.redress.plugin.api;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A tenant's configuration of one plugin, in JSON-like form (strings, numbers, booleans, lists, maps), with typed
 * readers. A plugin is created only from a configuration its schema has validated, so the readers may assume
 * well-formed values.
 */
public final class PluginConfig {

    private final Map<String, Object> values;

    private PluginConfig(Map<String, ?> values) {
        this.values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static PluginConfig of(Map<String, ?> values) {
        return new PluginConfig(values == null ? Map.of() : values);
    }

    public Map<String, Object> values() {
        return values;
    }

    /** This configuration with every absent key filled from the schema's defaults. */
    public PluginConfig withDefaults(ConfigSchema schema) {
        Map<String, Object> merged = new LinkedHashMap<>(schema.defaults().values());
        merged.putAll(values);
        return new PluginConfig(merged);
    }

    public long integer(String key) {
        return ((Number) required(key)).longValue();
    }

    public BigDecimal decimal(String key) {
        return new BigDecimal(required(key).toString());
    }

    public Money money(String key) {
        Map<?, ?> m = (Map<?, ?>) required(key);
        return new Money(new BigDecimal(m.get("amount").toString()), Currency.getInstance((String) m.get("currency")));
    }

    /** A DURATION setting that the schema validated: JSON may have given the amount as any kind of whole number. */
    public TimeLimit timeLimit(String key) {
        Map<?, ?> m = (Map<?, ?>) required(key);
        return new TimeLimit(new BigDecimal(m.get("amount").toString()).intValueExact(), DeadlineUnit.valueOf((String) m.get("unit")));
    }

    public String string(String key) {
        return (String) required(key);
    }

    public List<String> list(String key) {
        return ((Collection<?>) required(key)).stream().map(String.class::cast).toList();
    }

    /** An OBJECT_LIST setting: its items, each a JSON-like object the plugin has validated. */
    public List<Map<String, Object>> objectList(String key) {
        return ((Collection<?>) required(key)).stream().map(PluginConfig::object).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object item) {
        return (Map<String, Object>) item;
    }

    private Object required(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new NoSuchElementException("configuration has no value for " + key);
        }
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PluginConfig other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
