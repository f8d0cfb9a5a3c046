package io.redress.core.corrective;

import io.redress.core.persistence.SchemaMigration.SchemaReady;
import io.redress.core.persistence.Tenancy;
import io.redress.core.sla.SweepLock;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Escalates overdue corrective actions as the stage clocks' sweep escalates deadlines, but over the ledger's own rows:
 * an action is not a stage of one case (it may come from several, or from a quarterly cause analysis) and has no
 * business calendar, so it does not fit the deadline table. Like the sweep it runs on the managed scheduler every
 * {@code redress.sweep.interval}, one node at a time ({@link SweepLock} {@value #LOCK}), reads only the rows whose
 * {@code next_escalation_at} has passed, and records each rung once ({@link CorrectiveAction#climb}, and a unique key
 * on action and rung), so it may run any number of times.
 */
@ApplicationScoped
public class OverdueActionCheck {

    private static final Logger LOG = Logger.getLogger(OverdueActionCheck.class.getName());
    public static final String LOCK = "corrective-sweep";
    static final String DUE = "SELECT tenant_id, id FROM corrective_action WHERE next_escalation_at <= ?"
            + " ORDER BY next_escalation_at, tenant_id, id LIMIT ?";
    static final int BATCH = 500;

    @Resource(lookup = "jdbc/redress")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    SweepLock lock;

    @Inject
    CorrectiveActions ledger;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "redress.sweep.interval", defaultValue = "PT1M")
    String interval;

    private volatile ScheduledFuture<?> schedule;

    void onSchemaReady(@Observes SchemaReady ready) {
        Duration every = Duration.parse(interval);
        if (every.isZero() || every.isNegative()) {
            return;
        }
        schedule = scheduler.scheduleWithFixedDelay(this::run, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The application stops: its checks end with it instead of failing every interval until the server stops. */
    @PreDestroy
    void stop() {
        ScheduledFuture<?> running = schedule;
        if (running != null) {
            running.cancel(false);
        }
    }

    private void run() {
        try {
            int rungs = check();
            if (rungs > 0) {
                LOG.info(() -> "Corrective actions: " + rungs + " escalation rungs reached");
            }
        } catch (RuntimeException e) {
            // a failed run must not end the schedule
            LOG.log(Level.WARNING, "The overdue corrective-action check failed; it runs again at its next time", e);
        }
    }

    /** One check now; the rungs recorded (0 as well when another node holds the lock). */
    public int check() {
        Optional<SweepLock.Held> held = lock.tryAcquire(LOCK);
        if (held.isEmpty()) {
            return 0;
        }
        try (SweepLock.Held ignored = held.get()) {
            Instant now = clock.instant();
            Map<String, List<String>> byTenant = new LinkedHashMap<>();
            due(now).forEach(row -> byTenant.computeIfAbsent(row[0], t -> new ArrayList<>()).add(row[1]));
            int rungs = 0;
            for (Map.Entry<String, List<String>> tenant : byTenant.entrySet()) {
                try {
                    rungs += ledger.escalate(tenant.getKey(), tenant.getValue(), now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "escalating the corrective actions of " + tenant.getKey()
                            + " failed; the next check tries again", e);
                }
            }
            return rungs;
        }
    }

    private List<String[]> due(Instant now) {
        // which tenants' actions are overdue: a read across tenants, declared; each tenant's are escalated bound to it
        try (Connection connection = dataSource.getConnection()) {
            return Tenancy.acrossTenants(connection, c -> {
                try (PreparedStatement select = c.prepareStatement(DUE)) {
                    select.setTimestamp(1, Timestamp.from(now));
                    select.setInt(2, BATCH);
                    List<String[]> rows = new ArrayList<>();
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            rows.add(new String[]{result.getString(1), result.getString(2)});
                        }
                    }
                    return rows;
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the overdue corrective actions", e);
        }
    }
}
