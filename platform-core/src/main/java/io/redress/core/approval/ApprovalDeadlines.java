package io.redress.core.approval;

import io.redress.core.persistence.SchemaMigration.SchemaReady;
import io.redress.core.persistence.Tenancy;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Escalates approval steps whose deadline passed, on the managed scheduler at the escalation sweep's interval
 * ({@code redress.sweep.interval}) and when the operator runs a sweep: each overdue step once, opened one level up and
 * recorded on the step, the case's timeline and the audit trail ({@link Approvals#escalateOverdue}).
 */
@ApplicationScoped
public class ApprovalDeadlines {

    private static final Logger LOG = Logger.getLogger(ApprovalDeadlines.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "jdbc/redress")
    DataSource dataSource;

    @Inject
    Approvals approvals;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "redress.sweep.interval", defaultValue = "PT1M")
    String interval;

    private ScheduledFuture<?> schedule;

    void onSchemaReady(@Observes SchemaReady ready) {
        Duration every = Duration.parse(interval);
        if (every.isZero() || every.isNegative()) {
            return;
        }
        schedule = scheduler.scheduleWithFixedDelay(this::run, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The application stops: so does its check (the server's scheduler outlives the application). */
    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Escalates the overdue steps of every tenant; how many. */
    public int sweep() {
        Instant now = clock.instant();
        int escalated = 0;
        for (String tenant : tenantsWithOverdueSteps(now)) {
            try {
                escalated += approvals.escalateOverdue(tenant, now);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "escalating the overdue approval steps of " + tenant + " failed; the next sweep tries again", e);
            }
        }
        return escalated;
    }

    private void run() {
        try {
            int escalated = sweep();
            if (escalated > 0) {
                LOG.info(() -> escalated + " overdue approval steps escalated");
            }
        } catch (RuntimeException e) {
            // a failed run must not end the schedule
            LOG.log(Level.WARNING, "The approval deadline sweep failed; it runs again at its next time", e);
        }
    }

    private List<String> tenantsWithOverdueSteps(Instant now) {
        // which tenants have overdue steps: a read across tenants, declared; each tenant's are escalated bound to it
        try (Connection connection = dataSource.getConnection()) {
            return Tenancy.acrossTenants(connection, c -> {
                try (PreparedStatement query = c.prepareStatement("SELECT DISTINCT tenant_id FROM approval_step"
                        + " WHERE status = 'OPEN' AND escalated_at IS NULL AND due_at < ?")) {
                    query.setTimestamp(1, Timestamp.from(now));
                    List<String> tenants = new ArrayList<>();
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            tenants.add(rows.getString(1));
                        }
                    }
                    return tenants;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the overdue approval steps", e);
        }
    }
}
