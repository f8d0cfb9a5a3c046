package io.redress.plugins.kpi.scorecard;

import static io.redress.plugin.api.Indicator.AVERAGE_RESOLUTION_HOURS;
import static io.redress.plugin.api.Indicator.AVERAGE_SATISFACTION;
import static io.redress.plugin.api.Indicator.FIRST_RESPONSE_RATE;
import static io.redress.plugin.api.Indicator.REOPEN_RATE;
import static io.redress.plugin.api.Indicator.RESOLUTION_RATE;
import static io.redress.plugin.api.Indicator.SATISFACTION_RATE;

import io.redress.plugin.api.Indicator;
import io.redress.plugin.api.KpiInput;
import io.redress.plugin.api.StageCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The standard indicators of one input, by code in the order a scorecard lists them, computed as {@link Indicator}
 * defines them. A value is null when its denominator is zero: a period with nothing to measure earns neither a
 * reward nor a warning.
 *
 * @param values the value of each code, null for nothing measured
 * @param stages the stage codes of the on-time rates, sorted
 */
record Measurements(Map<String, BigDecimal> values, List<String> stages) {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final int HOURS_SCALE = 1;
    private static final int SATISFACTION_SCALE = 2;
    /** Scores of 4 (satisfied) and 5 (very satisfied) count as satisfied. */
    private static final int SATISFIED = 4;

    /**
     * The indicators of the input, with an on-time rate also for each of {@code alsoStages}, which has no value when
     * the input has no such stage: a tenant that set a target for a stage sees it even in a period without one.
     */
    static Measurements of(KpiInput in, Set<String> alsoStages) {
        SortedSet<String> stages = new TreeSet<>(in.stages().keySet());
        stages.addAll(alsoStages);
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(FIRST_RESPONSE_RATE, rate(in.firstResponsesOnTime(), in.firstResponses()));
        for (String stage : stages) {
            StageCount count = in.stages().get(stage);
            values.put(Indicator.onTimeRate(stage), count == null ? null : rate(count.met(), count.due()));
        }
        values.put(RESOLUTION_RATE, rate(in.resolved(), in.resolvedCases()));
        values.put(AVERAGE_RESOLUTION_HOURS, averageHours(in.totalResolutionTime(), in.resolved()));
        List<Integer> scores = in.satisfactionScores();
        values.put(SATISFACTION_RATE, rate(scores.stream().filter(s -> s >= SATISFIED).count(), scores.size()));
        values.put(AVERAGE_SATISFACTION, average(scores));
        values.put(REOPEN_RATE, rate(in.reopened(), in.resolved()));
        // sorted, so that equal inputs list their stages alike
        return new Measurements(Collections.unmodifiableMap(values), List.copyOf(stages));
    }

    /** The value of a code, null when nothing was measured or the input has no such stage. */
    BigDecimal value(String code) {
        return values.get(code);
    }

    private static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), Indicator.RATE_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal averageHours(Duration total, long resolved) {
        if (resolved == 0) {
            return null;
        }
        // seconds and nanos rather than toNanos(), which overflows after some 292 years of summed resolution time
        BigDecimal seconds = BigDecimal.valueOf(total.getSeconds()).add(BigDecimal.valueOf(total.getNano(), 9));
        return seconds.divide(SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(resolved)), HOURS_SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal average(List<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        long sum = scores.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), SATISFACTION_SCALE, RoundingMode.HALF_EVEN);
    }
}
