package io.redress.core.complaint;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.RiskFlag;

import java.time.Instant;
import java.util.Set;

/** A complaint as taken in, already checked field by field at the boundary. {@code region} null: the tenant's default. */
public record NewComplaint(Channel channel, Instant receivedAt, String region, String language, Complainant complainant,
                           String category, String subject, String description, String expectedResolution,
                           Money claimedLoss, int complainantCount, Impact impact, Emotion emotion, Set<RiskFlag> flags) {

    public NewComplaint {
        flags = flags == null ? Set.of() : Set.copyOf(flags);
    }
}
