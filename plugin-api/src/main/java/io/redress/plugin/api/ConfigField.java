package io.redress.plugin.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One setting of a plugin, described so that the platform can validate it and an admin screen can show it.
 *
 * @param key           the name in the configuration map
 * @param type          how the value is read and checked
 * @param label         the field's name for people
 * @param help          one sentence on what it changes
 * @param required      whether a value must be present (a default counts)
 * @param defaultValue  the value a template starts with, in the JSON-like form of {@link PluginConfig}; may be null
 * @param min           lower bound of a number, of a money amount or of a duration amount; may be null
 * @param max           upper bound, likewise; may be null
 * @param allowedValues the values an ENUM or the items a LIST may take; empty for any
 */
public record ConfigField(String key, ConfigType type, LocalizedText label, LocalizedText help, boolean required,
                          Object defaultValue, BigDecimal min, BigDecimal max, List<String> allowedValues) {

    public ConfigField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(help, "help");
        allowedValues = allowedValues == null ? List.of() : List.copyOf(allowedValues);
    }

    public static Builder builder(String key, ConfigType type) {
        return new Builder(key, type);
    }

    /** Builds a field step by step, as Keycloak's ProviderConfigurationBuilder does. */
    public static final class Builder {
        private final String key;
        private final ConfigType type;
        private LocalizedText label;
        private LocalizedText help;
        private boolean required = true;
        private Object defaultValue;
        private BigDecimal min;
        private BigDecimal max;
        private List<String> allowedValues = List.of();

        private Builder(String key, ConfigType type) {
            this.key = key;
            this.type = type;
        }

        public Builder label(String zh, String en) {
            this.label = LocalizedText.of(zh, en);
            return this;
        }

        public Builder help(String zh, String en) {
            this.help = LocalizedText.of(zh, en);
            return this;
        }

        public Builder optional() {
            this.required = false;
            return this;
        }

        public Builder defaultValue(Object value) {
            this.defaultValue = value;
            return this;
        }

        public Builder min(long min) {
            this.min = BigDecimal.valueOf(min);
            return this;
        }

        public Builder max(long max) {
            this.max = BigDecimal.valueOf(max);
            return this;
        }

        public Builder allowedValues(List<String> values) {
            this.allowedValues = values;
            return this;
        }

        public ConfigField build() {
            return new ConfigField(key, type, label, help, required, defaultValue, min, max, allowedValues);
        }
    }
}
