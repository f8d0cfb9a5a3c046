package io.redress.plugin.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant's exchange rates: one unit of a currency is worth {@code rates[currency]} units of {@code base}.
 * Converting between two foreign currencies goes through the base.
 */
public record ExchangeRates(Currency base, Map<Currency, BigDecimal> rates) {

    /** Scale kept when converting, enough for any threshold comparison. */
    private static final int SCALE = 6;

    public ExchangeRates {
        Objects.requireNonNull(base, "base");
        rates = Map.copyOf(rates);
        rates.forEach((currency, rate) -> {
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("rate of " + currency + " must be positive");
            }
        });
    }

    public static ExchangeRates only(Currency base) {
        return new ExchangeRates(base, Map.of());
    }

    public boolean knows(Currency currency) {
        return base.equals(currency) || rates.containsKey(currency);
    }

    /** The money in {@code target}, or empty when a rate is missing. */
    public Optional<Money> convert(Money money, Currency target) {
        if (money.currency().equals(target)) {
            return Optional.of(money);
        }
        if (!knows(money.currency()) || !knows(target)) {
            return Optional.empty();
        }
        BigDecimal inBase = money.currency().equals(base) ? money.amount() : money.amount().multiply(rates.get(money.currency()));
        BigDecimal inTarget = target.equals(base) ? inBase : inBase.divide(rates.get(target), SCALE, RoundingMode.HALF_EVEN);
        return Optional.of(new Money(inTarget, target));
    }
}
