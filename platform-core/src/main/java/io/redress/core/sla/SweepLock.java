package io.redress.core.sla;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lets one node at a time run a piece of scheduled work. On PostgreSQL a session advisory lock, held on a connection
 * of its own for as long as the work runs and released by the database if the node dies; on H2, which has none, a
 * lease row in {@code job_lock} that expires if its holder never gives it back.
 */
@ApplicationScoped
public class SweepLock {

    private static final Logger LOG = Logger.getLogger(SweepLock.class.getName());
    /** How long an H2 lease lasts when its holder dies without releasing it. */
    static final Duration LEASE = Duration.ofMinutes(10);
    private static final String HOLDER = "node-" + UUID.randomUUID();

    @Resource(lookup = "jdbc/redress")
    DataSource dataSource;

    /** A lock held; closing it releases it. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /** The lock named, if no one else holds it now; never waits. */
    public Optional<Held> tryAcquire(String name) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            Optional<Held> held = postgres ? advisory(connection, name) : lease(connection, name);
            if (held.isEmpty() || !postgres) {
                connection.close();
            }
            return held;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("could not take the lock " + name, e);
        }
    }

    /** The advisory lock's key: a stable 64-bit number of the name. */
    static long key(String name) {
        long h = 1125899906842597L;
        for (char c : ("redress:" + name).toCharArray()) {
            h = 31 * h + c;
        }
        return h;
    }

    private static Optional<Held> advisory(Connection connection, String name) throws SQLException {
        long key = key(name);
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                if (!row.getBoolean(1)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(() -> {
            try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, key);
                unlock.execute();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "could not release the advisory lock " + name + "; closing its connection releases it", e);
            } finally {
                closeQuietly(connection);
            }
        });
    }

    private Optional<Held> lease(Connection connection, String name) throws SQLException {
        Instant now = Clock.systemUTC().instant();
        try (PreparedStatement take = connection.prepareStatement("UPDATE job_lock SET holder = ?, locked_until = ?"
                + " WHERE name = ? AND (locked_until IS NULL OR locked_until < ?)")) {
            take.setString(1, HOLDER);
            take.setTimestamp(2, Timestamp.from(now.plus(LEASE)));
            take.setString(3, name);
            take.setTimestamp(4, Timestamp.from(now));
            if (take.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        return Optional.of(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement give = c.prepareStatement("UPDATE job_lock SET holder = NULL, locked_until = NULL"
                         + " WHERE name = ? AND holder = ?")) {
                c.setAutoCommit(true);
                give.setString(1, name);
                give.setString(2, HOLDER);
                give.executeUpdate();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "could not release the lease " + name + "; it expires by itself", e);
            }
        });
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "closing a lock connection", e);
            }
        }
    }
}
