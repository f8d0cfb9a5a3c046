package io.redress.core.sla;

import io.redress.core.persistence.SchemaMigration.SchemaReady;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the escalation sweep every {@code redress.sweep.interval} (ISO-8601, default one minute; {@code PT0S} turns it
 * off) on the server's managed scheduler, from the moment the schema is ready.
 */
@ApplicationScoped
public class SweepScheduler {

    private static final Logger LOG = Logger.getLogger(SweepScheduler.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    EscalationSweep sweep;

    @Inject
    @ConfigProperty(name = "redress.sweep.interval", defaultValue = "PT1M")
    String interval;

    private ScheduledFuture<?> schedule;

    void onSchemaReady(@Observes SchemaReady ready) {
        Duration every = Duration.parse(interval);
        if (every.isZero() || every.isNegative()) {
            LOG.info("The escalation sweep is off (redress.sweep.interval=" + interval + ")");
            return;
        }
        schedule = scheduler.scheduleWithFixedDelay(this::run, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> "The escalation sweep runs every " + every);
    }

    /** The application stops: so does its sweep (the server's scheduler outlives the application). */
    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    private void run() {
        try {
            EscalationSweep.Result result = sweep.sweep();
            if (result.rungsReached() > 0) {
                LOG.info(() -> "Sweep: " + result.rungsReached() + " escalation rungs reached on " + result.clocksDue() + " clocks");
            }
        } catch (RuntimeException e) {
            // a failed run must not end the schedule
            LOG.log(Level.WARNING, "The escalation sweep failed; it runs again at its next time", e);
        }
    }
}
