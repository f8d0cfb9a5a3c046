package io.redress.plugin.api;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The indicators of one subject and period, and the rewards and warnings they earned. */
public record Scorecard(List<Indicator> indicators, List<IncentiveOutcome> outcomes) {

    public Scorecard {
        indicators = List.copyOf(indicators);
        outcomes = List.copyOf(outcomes);
        Set<String> seen = new HashSet<>();
        for (Indicator i : indicators) {
            if (!seen.add(i.code())) {
                throw new IllegalArgumentException("indicator " + i.code() + " appears twice");
            }
        }
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
