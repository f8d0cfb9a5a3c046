package io.redress.plugin.api;

/**
 * How many deadlines of one stage fell due in a period and how many of them were met in time.
 *
 * @param due deadlines of the stage that fell due
 * @param met of those, the ones met in time; never more than {@code due}
 */
public record StageCount(long due, long met) {

    public StageCount {
        if (due < 0 || met < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        if (met > due) {
            throw new IllegalArgumentException(met + " deadlines met of " + due + " due");
        }
    }
}
