package io.redress.plugin.api;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a grading scheme may look at: the complaint's facts as taken in, and the tenant's exchange rates so that a
 * loss in any currency can be compared with a threshold in another.
 *
 * @param channel          where it came in
 * @param complainantCount how many complainants stand behind it (1 for a single customer)
 * @param claimedLoss      the economic loss claimed, or null when none was named
 * @param impact           may be null when not judged
 * @param emotion          may be null when not judged
 * @param flags            risks and demands noted at intake
 * @param category         the tenant's category code, may be null
 * @param exchangeRates    the tenant's rates
 */
public record ComplaintFacts(Channel channel, int complainantCount, Money claimedLoss, Impact impact, Emotion emotion,
                             Set<RiskFlag> flags, String category, ExchangeRates exchangeRates) {

    public ComplaintFacts {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(exchangeRates, "exchangeRates");
        if (complainantCount < 1) {
            throw new IllegalArgumentException("complainantCount must be at least 1");
        }
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }

    public Optional<Money> loss() {
        return Optional.ofNullable(claimedLoss);
    }

    public boolean hasAnyFlag(Set<RiskFlag> wanted) {
        return flags.stream().anyMatch(wanted::contains);
    }
}
