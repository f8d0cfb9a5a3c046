package io.redress.core.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one source of "now": domain code is given a {@link Clock}. The system's UTC clock, unless the server is started
 * with {@code redress.clock.adjustable=true} — only test servers are — when the platform administrator may set it to
 * a fixed instant, so that system tests can play a case's weeks in seconds.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "redress.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private final AdjustableClock testClock = new AdjustableClock();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return adjustable ? testClock : Clock.systemUTC();
    }

    /** The adjustable clock, when this server has one. */
    public Optional<AdjustableClock> adjustableClock() {
        return adjustable ? Optional.of(testClock) : Optional.empty();
    }

    /** The system's clock, or a fixed instant while one is set. */
    public static final class AdjustableClock extends Clock {

        private final AtomicReference<Instant> fixed = new AtomicReference<>();

        /** @param instant null to follow the system clock again */
        public void set(Instant instant) {
            fixed.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            AdjustableClock base = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return base.withZone(other);
                }

                @Override
                public Instant instant() {
                    return base.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            Instant instant = fixed.get();
            return instant != null ? instant : Instant.now();
        }
    }
}
