package io.redress.plugins.kpi.scorecard;

import io.redress.plugin.api.IncentiveOutcome;
import io.redress.plugin.api.Indicator;
import io.redress.plugin.api.KpiInput;
import io.redress.plugin.api.KpiScheme;
import io.redress.plugin.api.Scorecard;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores a period's counts: every standard indicator, each against its target, and the outcomes of the incentive
 * rules in the order the tenant wrote them.
 */
public final class KpiScorecard implements KpiScheme {

    private final List<Threshold> targets;
    private final List<Incentive> incentives;
    private final Set<String> targetedStages;

    // package-private: only the factory creates a scorecard, and only from a configuration it has validated
    KpiScorecard(List<Threshold> targets, List<Incentive> incentives) {
        this.targets = List.copyOf(targets);
        this.incentives = List.copyOf(incentives);
        Set<String> stages = new TreeSet<>();
        for (Threshold target : this.targets) {
            if (target.indicator().startsWith(Indicator.ON_TIME_RATE_PREFIX) && !target.isPerStage()) {
                stages.add(target.indicator().substring(Indicator.ON_TIME_RATE_PREFIX.length()));
            }
        }
        this.targetedStages = Set.copyOf(stages);
    }

    @Override
    public Scorecard score(KpiInput input) {
        Measurements measured = Measurements.of(input, targetedStages);
        List<Indicator> indicators = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : measured.values().entrySet()) {
            indicators.add(indicator(e.getKey(), e.getValue()));
        }
        List<IncentiveOutcome> outcomes = new ArrayList<>();
        for (Incentive incentive : incentives) {
            outcomes.addAll(incentive.outcomes(measured, input.scope()));
        }
        return new Scorecard(indicators, outcomes);
    }

    private Indicator indicator(String code, BigDecimal value) {
        Threshold target = targetOf(code);
        if (target == null) {
            return new Indicator(code, IndicatorNames.of(code), value, null, null);
        }
        return new Indicator(code, IndicatorNames.of(code), value, target.value(), value == null ? null : target.holds(value));
    }

    /** The target of a code; a stage's own target overrides the one for every stage. */
    private Threshold targetOf(String code) {
        Threshold perStage = null;
        for (Threshold target : targets) {
            if (target.indicator().equals(code)) {
                return target;
            }
            if (target.isPerStage() && code.startsWith(Indicator.ON_TIME_RATE_PREFIX)) {
                perStage = target;
            }
        }
        return perStage;
    }

    @Override
    public String toString() {
        return "KpiScorecard[targets=" + targets + ", incentives=" + incentives + "]";
    }
}
