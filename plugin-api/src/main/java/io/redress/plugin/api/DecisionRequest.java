package io.redress.plugin.api;

import java.util.Objects;

/**
 * What an approval-chain policy may look at: the decision to be approved and the tenant's exchange rates, so that an
 * amount in any currency can be compared with a threshold in another.
 *
 * @param type          the kind of decision
 * @param amount        the money the decision commits (a refund, a compensation, a purchase), or null when none
 * @param gradeCode     the grade of the complaint, or null when it has none yet
 * @param department    the code of the department handling the case, or null
 * @param region        the case's region code, or null
 * @param exchangeRates the tenant's rates
 */
public record DecisionRequest(DecisionType type, Money amount, String gradeCode, String department, String region,
                              ExchangeRates exchangeRates) {

    public DecisionRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(exchangeRates, "exchangeRates");
    }
}
