package io.redress.plugin.api;

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
 */
public record StagePlan(String stage, String anchor, int amount, DeadlineUnit unit, boolean recurring) {

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
    }

    public static StagePlan of(String stage, String anchor, int amount, DeadlineUnit unit) {
        return new StagePlan(stage, anchor, amount, unit, false);
    }

    public static StagePlan recurring(String stage, String anchor, int amount, DeadlineUnit unit) {
        return new StagePlan(stage, anchor, amount, unit, true);
    }

    public boolean anchoredOnReceipt() {
        return RECEIVED.equals(anchor);
    }
}
