package io.redress.plugin.api;

import java.util.Map;
import java.util.Objects;

/** How long a stage may take, as a DURATION setting holds it: {@code {"amount": 3, "unit": "WORKING_DAYS"}}. */
public record TimeLimit(int amount, DeadlineUnit unit) {

    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("a time limit must be positive");
        }
    }

    public static TimeLimit of(int amount, DeadlineUnit unit) {
        return new TimeLimit(amount, unit);
    }

    /** The setting's value in the JSON-like form the platform stores, e.g. as a field's default. */
    public Map<String, Object> asConfigValue() {
        return Map.of("amount", (long) amount, "unit", unit.name());
    }

    /** The stage, due this long after its anchor. */
    public StagePlan stage(String stage, String anchor) {
        return StagePlan.of(stage, anchor, amount, unit);
    }
}
