package io.redress.core.sla;

import io.redress.core.persistence.Tenancy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One sweep over the clocks of all tenants: finds those whose next escalation rung has been reached and lets the
 * handler record the rungs. Idempotent — a rung is recorded once, and a clock's next rung moves on with it — so a
 * sweep may run any number of times, after a restart or a crash; one node at a time runs it ({@link SweepLock}).
 */
@ApplicationScoped
public class EscalationSweep {

    private static final Logger LOG = Logger.getLogger(EscalationSweep.class.getName());
    public static final String LOCK = "sla-sweep";
    static final int BATCH = 500;

    @Resource(lookup = "jdbc/redress")
    DataSource dataSource;

    @Inject
    SweepLock lock;

    @Inject
    DueClockHandler handler;

    @Inject
    Clock clock;

    /**
     * @param ran          false when another node held the lock
     * @param clocksDue    clocks found with a rung reached
     * @param rungsReached rungs recorded
     */
    public record Result(boolean ran, Instant at, int clocksDue, int rungsReached) {
    }

    public Result sweep() {
        Instant now = clock.instant();
        Optional<SweepLock.Held> held = lock.tryAcquire(LOCK);
        if (held.isEmpty()) {
            return new Result(false, now, 0, 0);
        }
        try (SweepLock.Held ignored = held.get()) {
            return sweep(now);
        }
    }

    private Result sweep(Instant now) {
        Set<String> seen = new HashSet<>();
        int clocksDue = 0;
        int rungs = 0;
        while (true) {
            List<DueClocks.Due> due = find(now);
            List<DueClocks.Due> fresh = due.stream().filter(d -> seen.add(d.deadlineId())).toList();
            if (fresh.isEmpty()) {
                // nothing left, or only clocks a failed batch left behind; the next sweep tries them again
                break;
            }
            clocksDue += fresh.size();
            Map<String, List<String>> byTenant = new LinkedHashMap<>();
            fresh.forEach(d -> byTenant.computeIfAbsent(d.tenant(), t -> new java.util.ArrayList<>()).add(d.deadlineId()));
            for (Map.Entry<String, List<String>> tenant : byTenant.entrySet()) {
                try {
                    rungs += handler.handle(tenant.getKey(), tenant.getValue(), now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "escalating " + tenant.getValue().size() + " clocks of " + tenant.getKey()
                            + " failed; the next sweep tries again", e);
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return new Result(true, now, clocksDue, rungs);
    }

    private List<DueClocks.Due> find(Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            // which tenants' clocks are due: a read across tenants, declared; each tenant's are handled bound to it
            return Tenancy.acrossTenants(connection, c -> DueClocks.find(c, now, BATCH));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the due clocks", e);
        }
    }
}
