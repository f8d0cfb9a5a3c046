package io.redress.core.sla;

import java.time.LocalDate;

/**
 * Thrown when a calendar offers no working time for so long that a deadline cannot sensibly be computed,
 * which almost always means the calendar is misconfigured (no working days, or holidays covering everything).
 */
public final class NoWorkingTimeException extends RuntimeException {

    private final String calendarCode;

    public NoWorkingTimeException(String calendarCode, LocalDate searchedAfter, int searchedYears) {
        super("Business calendar '" + calendarCode + "' has no working time in the " + searchedYears
                + " years after " + searchedAfter);
        this.calendarCode = calendarCode;
    }

    public String calendarCode() {
        return calendarCode;
    }
}
