package io.redress.benchmarks.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code generate-deadlines.sql}, the data of the sweep benchmark, run through JDBC as psql would run it: statement
 * after statement in auto-commit on one session (the script's settings and temporary table live in the session).
 */
final class DeadlineScript {

    private static final String RESOURCE = "/generate-deadlines.sql";

    private DeadlineScript() {
    }

    /** Runs the script and returns the fixed "now" it generated the data for. */
    static Instant run(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements()) {
                statement.execute(sql);
            }
            try (ResultSet now = statement.executeQuery("SELECT current_setting('redress.bench_now')::timestamptz")) {
                now.next();
                return now.getTimestamp(1).toInstant();
            }
        }
    }

    /** The script's statements: comment lines dropped, split where a line ends with ";". */
    private static List<String> statements() {
        String script;
        try (InputStream in = DeadlineScript.class.getResourceAsStream(RESOURCE)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String code = script.lines()
                .filter(line -> !line.strip().startsWith("--"))
                .collect(Collectors.joining("\n"));
        return Arrays.stream(code.split(";\\s*(\n|$)"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }
}
