package io.redress.plugin.api;

import java.util.Optional;

/** The four units a deadline is written in. Working units count in the case's business calendar; the others are elapsed time. */
public enum DeadlineUnit {
    WORKING_HOURS,
    WORKING_DAYS,
    HOURS,
    DAYS;

    public boolean isWorkingTime() {
        return this == WORKING_HOURS || this == WORKING_DAYS;
    }

    public static Optional<DeadlineUnit> parse(String name) {
        for (DeadlineUnit u : values()) {
            if (u.name().equals(name)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
