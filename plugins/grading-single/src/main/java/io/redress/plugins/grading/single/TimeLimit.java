package io.redress.plugins.grading.single;

import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigSchema;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.StagePlan;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The value of a DURATION setting: how long a stage may take. PluginConfig has no reader for durations, so this
 * record reads them, and knows the one check the schema leaves out.
 */
record TimeLimit(int amount, DeadlineUnit unit) {

    static TimeLimit of(int amount, DeadlineUnit unit) {
        return new TimeLimit(amount, unit);
    }

    /** Reads a validated setting; JSON may have given the amount as any kind of number. */
    static TimeLimit read(PluginConfig config, String key) {
        Map<?, ?> value = (Map<?, ?>) config.values().get(key);
        int amount = new BigDecimal(value.get("amount").toString()).intValueExact();
        return new TimeLimit(amount, DeadlineUnit.parse((String) value.get("unit")).orElseThrow());
    }

    /** The setting's default in the JSON-like form the platform stores. */
    Map<String, Object> asConfigValue() {
        return Map.of("amount", (long) amount, "unit", unit.name());
    }

    /** The stage, due this long after its anchor. */
    StagePlan stage(String stage, String anchor) {
        return StagePlan.of(stage, anchor, amount, unit);
    }

    /**
     * The schema checks a duration's amount against its bounds but takes 2.5 for an amount, which no deadline can
     * count; this adds the error, unless the amount has one already.
     */
    static void checkWholeAmounts(ConfigSchema schema, PluginConfig effective, List<FieldError> errors) {
        for (ConfigField f : schema.fields()) {
            String amountKey = f.key() + ".amount";
            if (f.type() != ConfigType.DURATION || errors.stream().anyMatch(e -> e.field().equals(amountKey))) {
                continue;
            }
            if (effective.values().get(f.key()) instanceof Map<?, ?> m && m.get("amount") instanceof Number n
                    && new BigDecimal(n.toString()).stripTrailingZeros().scale() > 0) {
                errors.add(new FieldError(amountKey, "must be a whole number"));
            }
        }
    }
}
