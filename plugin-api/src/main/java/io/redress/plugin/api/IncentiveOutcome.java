package io.redress.plugin.api;

import java.util.Objects;

/**
 * A reward or a warning an incentive rule gave, with the rule's id and the reason in words, so that the person or
 * department concerned can see what earned it.
 *
 * @param kind   what is given
 * @param points the bonus points, positive for {@link OutcomeKind#BONUS_POINTS} and 0 for every other kind
 * @param ruleId the id of the rule that fired
 * @param reason why, e.g. which indicator reached which threshold
 */
public record IncentiveOutcome(OutcomeKind kind, int points, String ruleId, LocalizedText reason) {

    public IncentiveOutcome {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(reason, "reason");
        if (ruleId.isBlank()) {
            throw new IllegalArgumentException("an outcome names the rule that gave it");
        }
        if (kind == OutcomeKind.BONUS_POINTS ? points <= 0 : points != 0) {
            throw new IllegalArgumentException(kind == OutcomeKind.BONUS_POINTS
                    ? "bonus points must be positive" : "only BONUS_POINTS carries points");
        }
    }
}
