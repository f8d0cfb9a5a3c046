package io.redress.benchmarks.sweep;

import io.redress.core.sla.DueClocks;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sweep's query over 1,000,000 open clocks ({@link DueClocks#find}, one batch) against a bare count of the
 * overdue clocks through the partial index {@code deadline_open_due}, in the same run on the same data. Both go
 * through JDBC the same way: a statement prepared, bound to the fixed "now", executed and read to the end.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class SweepBenchmark {

    static final String OVERDUE_COUNT_SQL =
            "SELECT count(*) FROM deadline WHERE completed_at IS NULL AND paused_at IS NULL AND due_at < ?";

    /** How many due clocks the sweep takes at a time. */
    private static final int BATCH = 500;

    private SweepDatabase database;
    private Connection connection;
    private Instant now;

    /** Starts PostgreSQL, generates the data and refuses to go on unless it is the documented data. */
    @Setup(Level.Trial)
    public void startDatabase() throws IOException, SQLException {
        long started = System.nanoTime();
        database = SweepDatabase.start();
        connection = database.connection();
        now = database.now();
        GeneratedData data = GeneratedData.count(connection, now);
        data.verify();
        int found = DueClocks.find(connection, now, BATCH).size();
        if (found != BATCH) {
            throw new IllegalStateException("DueClocks found " + found + " clocks instead of a full batch of " + BATCH);
        }
        System.out.printf("%s; data ready in %d s at now = %s%n", postgresVersion(),
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), now);
        System.out.println(data);
        showPlan("DueClocks.find", DueClocks.SQL, BATCH, "deadline_next_action");
        showPlan("overdue count", OVERDUE_COUNT_SQL, null, "deadline_open_due");
    }

    @TearDown(Level.Trial)
    public void stopDatabase() throws IOException, SQLException {
        database.close();
    }

    @Benchmark
    public List<DueClocks.Due> dueClocks() throws SQLException {
        return DueClocks.find(connection, now, BATCH);
    }

    @Benchmark
    public long overdueCount() throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(OVERDUE_COUNT_SQL)) {
            count.setTimestamp(1, Timestamp.from(now));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private String postgresVersion() throws SQLException {
        try (PreparedStatement version = connection.prepareStatement("SELECT version()");
                ResultSet rows = version.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    /**
     * Prints the plan PostgreSQL runs for the query, executed once, and refuses to go on unless it reads the index
     * the comparison is about.
     */
    private void showPlan(String name, String sql, Integer limit, String index) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            explain.setTimestamp(1, Timestamp.from(now));
            if (limit != null) {
                explain.setInt(2, limit);
            }
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
        }
        System.out.println("Plan of " + name + ":");
        plan.forEach(line -> System.out.println("  " + line));
        if (plan.stream().noneMatch(line -> line.contains(index))) {
            throw new IllegalStateException("The plan of " + name + " does not use the index " + index);
        }
    }
}
