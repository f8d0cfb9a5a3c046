package io.redress.benchmarks.sweep;

import io.redress.core.sla.DueClocks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code generate-deadlines.sql} left in the database, counted, so that the benchmark can refuse to measure
 * data other than the data its documentation describes.
 *
 * @param open    clocks not completed, paused ones included
 * @param paused  open clocks waiting for the customer
 * @param due     clocks whose next rung is reached: the rows {@link DueClocks} finds
 * @param overdue open, running clocks past their due time: the rows the bare count counts
 */
record GeneratedData(long open, long paused, long completed, long due, long overdue) {

    /** The script's design: four open clocks for each of 250,000 complaints, one in 1,000 of them newly due. */
    static final long EXPECTED_OPEN = 1_000_000;
    static final long EXPECTED_DUE = 1_000;

    static GeneratedData count(Connection connection, Instant now) throws SQLException {
        return new GeneratedData(
                count(connection, "SELECT count(*) FROM deadline WHERE completed_at IS NULL", null),
                count(connection,
                        "SELECT count(*) FROM deadline WHERE completed_at IS NULL AND paused_at IS NOT NULL", null),
                count(connection, "SELECT count(*) FROM deadline WHERE completed_at IS NOT NULL", null),
                count(connection, "SELECT count(*) FROM deadline WHERE next_action_at <= ?", now),
                count(connection, SweepBenchmark.OVERDUE_COUNT_SQL, now));
    }

    /** Throws unless the counts are those the script promises. */
    void verify() {
        List<String> problems = new ArrayList<>();
        if (open != EXPECTED_OPEN) {
            problems.add(open + " open clocks instead of " + EXPECTED_OPEN);
        }
        if (due != EXPECTED_DUE) {
            problems.add(due + " due clocks instead of " + EXPECTED_DUE);
        }
        if (overdue <= due || overdue >= open - paused) {
            problems.add(overdue + " overdue clocks, not between the due and the running ones");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The generated data is not as documented: " + problems);
        }
    }

    @Override
    public String toString() {
        return String.format("open clocks %,d (paused %,d), completed %,d; due (next_action_at <= now) %,d;"
                + " overdue (open, running, due_at < now) %,d", open, paused, completed, due, overdue);
    }

    private static long count(Connection connection, String sql, Instant now) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(sql)) {
            if (now != null) {
                count.setTimestamp(1, Timestamp.from(now));
            }
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
