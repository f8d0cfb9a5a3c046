package io.redress.core.sla;

import java.time.Instant;
import java.util.List;

/**
 * What the sweep does with the clocks it found due, implemented where cases live (their grade's ladder, their
 * timeline), so that this package needs nothing of them.
 */
public interface DueClockHandler {

    /**
     * Applies the escalation ladder to the tenant's clocks, in a transaction of its own.
     *
     * @return the rungs recorded
     */
    int handle(String tenant, List<String> deadlineIds, Instant now);
}
