package io.redress.core.sla;

import io.redress.plugin.api.DeadlineUnit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When a running clock reaches each rung of its grade's escalation ladder. A rung is a share of the clock's duration,
 * measured the way the clock counts: in working time for working hours, working days and weekly clocks (so a warning
 * at 80 % of "2 working days" falls inside working time, never on a Sunday), in elapsed time for hours and days.
 */
public final class EscalationLadder {

    private EscalationLadder() {
    }

    /** The instant at which the clock from {@code startedAt} to {@code dueAt} reaches {@code sharePercent}. */
    public static Instant reachedAt(BusinessCalendar calendar, DeadlineUnit unit, boolean weekly, Instant startedAt,
                                    Instant dueAt, int sharePercent) {
        if (sharePercent == 100 || !startedAt.isBefore(dueAt)) {
            return dueAt;
        }
        boolean working = weekly || unit == DeadlineUnit.WORKING_HOURS || unit == DeadlineUnit.WORKING_DAYS;
        Duration total = working ? calendar.workingTimeBetween(startedAt, dueAt) : Duration.between(startedAt, dueAt);
        if (total.isZero()) {
            return dueAt;
        }
        if (sharePercent < 100) {
            Duration fromStart = total.multipliedBy(sharePercent).dividedBy(100);
            return working ? calendar.plusWorkingTime(startedAt, fromStart) : startedAt.plus(fromStart);
        }
        Duration pastDue = total.multipliedBy(sharePercent - 100L).dividedBy(100);
        return working ? calendar.plusWorkingTime(dueAt, pastDue) : dueAt.plus(pastDue);
    }

    /** When the clock reaches the first rung it has not reached yet; null when it has reached them all or is not running. */
    public static Instant nextAction(BusinessCalendar calendar, Deadline clock, List<EscalationRung> ladder) {
        if (!clock.isRunning() || clock.pausedAt() != null || clock.rungsDone() >= ladder.size() || clock.startedAt() == null) {
            return null;
        }
        return reachedAt(calendar, clock.unit(), clock.weeklyOn() != null, clock.startedAt(), clock.dueAt(),
                ladder.get(clock.rungsDone()).sharePercent());
    }
}
