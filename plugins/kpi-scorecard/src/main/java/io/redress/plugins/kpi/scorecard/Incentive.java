package io.redress.plugins.kpi.scorecard;

import io.redress.plugin.api.IncentiveOutcome;
import io.redress.plugin.api.KpiScope;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.OutcomeKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One incentive rule: when every condition holds for a subject of one of its scopes, it gives its outcome.
 *
 * <p>A rule with a condition on {@code ON_TIME_RATE.*} is tried once per stage of the input, with the pattern
 * standing for that stage in every such condition, and gives its outcome for each stage it holds for: a department
 * late in two stages is warned twice, each time naming the stage.
 *
 * @param id         names the rule in every outcome it gives
 * @param conditions all of which must hold; a condition on an indicator with no value never holds
 * @param kind       what the rule gives
 * @param points     the bonus points of a {@link OutcomeKind#BONUS_POINTS} rule, 0 otherwise
 * @param scopes     the kinds of subject the rule applies to
 */
record Incentive(String id, List<Threshold> conditions, OutcomeKind kind, int points, Set<KpiScope> scopes) {

    Incentive {
        conditions = List.copyOf(conditions);
        EnumSet<KpiScope> copy = EnumSet.noneOf(KpiScope.class);
        copy.addAll(scopes);
        scopes = Collections.unmodifiableSet(copy);
    }

    List<IncentiveOutcome> outcomes(Measurements measured, KpiScope scope) {
        if (!scopes.contains(scope)) {
            return List.of();
        }
        if (conditions.stream().noneMatch(Threshold::isPerStage)) {
            return fired(measured, null).map(List::of).orElse(List.of());
        }
        List<IncentiveOutcome> outcomes = new ArrayList<>();
        for (String stage : measured.stages()) {
            fired(measured, stage).ifPresent(outcomes::add);
        }
        return outcomes;
    }

    private Optional<IncentiveOutcome> fired(Measurements measured, String stage) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Threshold condition : conditions) {
            String code = condition.code(stage);
            BigDecimal value = measured.value(code);
            if (!condition.holds(value)) {
                return Optional.empty();
            }
            LocalizedText reason = condition.describe(code, value);
            zh.add(reason.zh());
            en.add(reason.en());
        }
        return Optional.of(new IncentiveOutcome(kind, points, id,
                LocalizedText.of(String.join("，且", zh), String.join(", and ", en))));
    }
}
