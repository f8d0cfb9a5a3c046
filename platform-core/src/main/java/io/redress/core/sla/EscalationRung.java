package io.redress.core.sla;

import java.util.List;
import java.util.Objects;

/**
 * One rung of a grade's escalation ladder: when a stage clock has run {@code sharePercent} of its duration (80: a
 * warning before the due time; 100: the due time; 150: half the duration again past it), {@code notify} is told.
 *
 * @param target {@code ASSIGNEE}, {@code SUPERVISOR}, {@code DIRECTOR}, {@code MANAGEMENT}, or the code of a unit of
 *               the organisation (a leadership group, a regional centre …)
 */
public record EscalationRung(int sharePercent, String target) {

    public static final int MIN_SHARE = 1;
    public static final int MAX_SHARE = 1000;
    /** Whom a rung may notify besides the organisation's units. */
    public static final List<String> PEOPLE = List.of("ASSIGNEE", "SUPERVISOR", "DIRECTOR", "MANAGEMENT");
    /** A grade's ladder when its policy names none: warn the assignee, then the supervisor, then the director. */
    public static final List<EscalationRung> DEFAULT_LADDER = List.of(
            new EscalationRung(80, "ASSIGNEE"), new EscalationRung(100, "SUPERVISOR"), new EscalationRung(150, "DIRECTOR"));
    /** The key of the ladder for grades without their own. */
    public static final String EVERY_GRADE = "*";

    public EscalationRung {
        Objects.requireNonNull(target, "target");
        if (sharePercent < MIN_SHARE || sharePercent > MAX_SHARE) {
            throw new IllegalArgumentException("share must be from " + MIN_SHARE + " to " + MAX_SHARE + " %: " + sharePercent);
        }
    }

    /** Whether the rung is reached before the due time: a warning rather than an escalation. */
    public boolean isWarning() {
        return sharePercent < 100;
    }
}
