package io.redress.plugins.kpi.scorecard;

import io.redress.plugin.api.Indicator;
import io.redress.plugin.api.LocalizedText;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an indicator is held to: a target's {@code atLeast 0.95} or an incentive's {@code below 0.90}.
 *
 * @param indicator a standard code, or {@link #EVERY_STAGE} for the on-time rate of each stage in turn
 * @param comparison how the value is compared
 * @param value      the threshold
 */
record Threshold(String indicator, Comparison comparison, BigDecimal value) {

    /** The pattern of every stage's on-time rate. */
    static final String EVERY_STAGE = Indicator.ON_TIME_RATE_PREFIX + "*";

    Threshold {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(value, "value");
    }

    boolean isPerStage() {
        return indicator.equals(EVERY_STAGE);
    }

    /** The code this threshold reads, with the every-stage pattern bound to {@code stage}. */
    String code(String stage) {
        return isPerStage() ? Indicator.onTimeRate(stage) : indicator;
    }

    /** Whether the measured value holds; never for a value that was not measured. */
    boolean holds(BigDecimal measured) {
        return measured != null && comparison.holds(measured, value);
    }

    /** E.g. "Satisfaction rate 0.9700 is at least 0.95". */
    LocalizedText describe(String code, BigDecimal measured) {
        LocalizedText name = IndicatorNames.of(code);
        String plain = measured.toPlainString();
        String bound = value.toPlainString();
        return LocalizedText.of(name.zh() + " " + plain + " " + comparison.zh() + " " + bound,
                name.en() + " " + plain + " " + comparison.en() + " " + bound);
    }
}
