package io.redress.core.sla;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The sweep's one query over all tenants: the clocks whose next escalation rung has been reached. It reads the
 * partial index on {@code next_action_at} (PostgreSQL), so its cost follows the rows due, not the open clocks.
 * Plain JDBC, so that the benchmark measures exactly what the sweep runs.
 */
public final class DueClocks {

    public static final String SQL = "SELECT tenant_id, id FROM deadline WHERE next_action_at <= ?"
            + " ORDER BY next_action_at, tenant_id, id LIMIT ?";

    /** A clock to look at: its tenant and its id. */
    public record Due(String tenant, String deadlineId) {
    }

    private DueClocks() {
    }

    /** At most {@code limit} clocks whose next rung is reached by {@code now}, the longest waiting first. */
    public static List<Due> find(Connection connection, Instant now, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setTimestamp(1, Timestamp.from(now));
            select.setInt(2, limit);
            List<Due> due = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new Due(rows.getString(1), rows.getString(2)));
                }
            }
            return due;
        }
    }
}
