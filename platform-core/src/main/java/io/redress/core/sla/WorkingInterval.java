package io.redress.core.sla;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A span of working time within one local day, from {@code start} inclusive to {@code end} exclusive.
 *
 * <p>Intervals never cross midnight: a night shift that does is configured as two intervals on two days.
 */
public record WorkingInterval(LocalTime start, LocalTime end) {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    public WorkingInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException(
                    "Working interval must start before it ends, but got " + start + "-" + end);
        }
    }

    /** Parses bounds written as {@code "HH:mm"}, the form used in calendar configuration. */
    public static WorkingInterval parse(String start, String end) {
        return new WorkingInterval(parseTime(start), parseTime(end));
    }

    private static LocalTime parseTime(String text) {
        Objects.requireNonNull(text, "time");
        try {
            return LocalTime.parse(text, HOURS_MINUTES);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Working interval bound must be HH:mm, but got '" + text + "'", e);
        }
    }

    boolean overlaps(WorkingInterval other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
