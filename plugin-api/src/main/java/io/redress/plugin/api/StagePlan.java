package io.redress.plugin.api;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * One clock of a handling plan: the stage is due {@code amount unit} after its anchor happens.
 *
 * @param stage     stage code, e.g. {@code RESOLUTION}
 * @param anchor    {@code RECEIVED}, or the code of an earlier stage whose completion starts this clock
 * @param amount    how many units; positive
 * @param unit      the unit
 * @param recurring true for a clock that starts again each time it is met, until the case is resolved
 *                  (e.g. a progress update every 3 working days)
 * @param weeklyOn  for a recurring clock due on a fixed weekday instead of after an amount of time (e.g. a progress
 *                  review every Friday): that weekday, due at the end of its working time; null otherwise
 */
public record StagePlan(String stage, String anchor, int amount, DeadlineUnit unit, boolean recurring, DayOfWeek weeklyOn) {

    public static final String RECEIVED = "RECEIVED";

    public StagePlan {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount of " + stage + " must be positive");
        }
        if (stage.equals(anchor)) {
            throw new IllegalArgumentException(stage + " cannot be anchored on itself");
        }
        if (weeklyOn != null && !recurring) {
            throw new IllegalArgumentException(stage + " falls on a weekday, so it must be recurring");
        }
    }

    public StagePlan(String stage, String anchor, int amount, DeadlineUnit unit, boolean recurring) {
        this(stage, anchor, amount, unit, recurring, null);
    }

    public static StagePlan of(String stage, String anchor, int amount, DeadlineUnit unit) {
        return new StagePlan(stage, anchor, amount, unit, false);
    }

    public static StagePlan recurring(String stage, String anchor, int amount, DeadlineUnit unit) {
        return new StagePlan(stage, anchor, amount, unit, true);
    }

    /** A clock due every week on {@code day} (at the end of that day's working time) until the case is resolved. */
    public static StagePlan weekly(String stage, DayOfWeek day) {
        return new StagePlan(stage, RECEIVED, 1, DeadlineUnit.WORKING_DAYS, true, day);
    }

    public boolean anchoredOnReceipt() {
        return RECEIVED.equals(anchor);
    }
}
