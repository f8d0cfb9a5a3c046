package io.redress.plugin.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One measured indicator of a scorecard, with the tenant's target when it has one.
 *
 * <p>The standard codes, which every KPI scheme computes alike from a {@link KpiInput}, so that scorecards of
 * different tenants and schemes can be compared:
 * <ul>
 *   <li>{@code FIRST_RESPONSE_RATE}: firstResponsesOnTime / firstResponses</li>
 *   <li>{@code ON_TIME_RATE.<STAGE>}: met / due of that stage</li>
 *   <li>{@code RESOLUTION_RATE}: resolved / resolvedCases</li>
 *   <li>{@code AVERAGE_RESOLUTION_HOURS}: totalResolutionTime / resolved, in hours with 1 decimal</li>
 *   <li>{@code SATISFACTION_RATE}: the share of scores of 4 or 5</li>
 *   <li>{@code AVERAGE_SATISFACTION}: the mean score, with 2 decimals</li>
 *   <li>{@code REOPEN_RATE}: reopened / resolved</li>
 * </ul>
 * A rate is a fraction between 0 and 1 with scale 4, rounded half-even, and every value is null when its
 * denominator is zero: nothing measured is not the same as a score of zero.
 *
 * @param code   the indicator's code
 * @param label  its name for people
 * @param value  the measured value, or null when there was nothing to measure
 * @param target the tenant's target, or null when it set none
 * @param met    whether the value reaches the target; null exactly when value or target is null
 */
public record Indicator(String code, LocalizedText label, BigDecimal value, BigDecimal target, Boolean met) {

    public static final String FIRST_RESPONSE_RATE = "FIRST_RESPONSE_RATE";
    /** The prefix of the per-stage codes, e.g. {@code ON_TIME_RATE.RESOLUTION}. */
    public static final String ON_TIME_RATE_PREFIX = "ON_TIME_RATE.";
    public static final String RESOLUTION_RATE = "RESOLUTION_RATE";
    public static final String AVERAGE_RESOLUTION_HOURS = "AVERAGE_RESOLUTION_HOURS";
    public static final String SATISFACTION_RATE = "SATISFACTION_RATE";
    public static final String AVERAGE_SATISFACTION = "AVERAGE_SATISFACTION";
    public static final String REOPEN_RATE = "REOPEN_RATE";

    /** The standard codes that are not per stage, in the order a scorecard lists them. */
    public static final List<String> STANDARD_CODES = List.of(FIRST_RESPONSE_RATE, RESOLUTION_RATE,
            AVERAGE_RESOLUTION_HOURS, SATISFACTION_RATE, AVERAGE_SATISFACTION, REOPEN_RATE);

    /** The scale of every rate. */
    public static final int RATE_SCALE = 4;

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (code.isBlank()) {
            throw new IllegalArgumentException("an indicator needs a code");
        }
        if ((value == null || target == null) != (met == null)) {
            throw new IllegalArgumentException(code + ": met is known exactly when both value and target are");
        }
    }

    /** The on-time rate code of a stage. */
    public static String onTimeRate(String stage) {
        return ON_TIME_RATE_PREFIX + stage;
    }

    /** Whether this is a rate, a fraction between 0 and 1: a code ending in {@code _RATE}, or a per-stage on-time rate. */
    public boolean isRate() {
        return code.endsWith("_RATE") || code.startsWith(ON_TIME_RATE_PREFIX);
    }
}
