package io.redress.benchmarks.sweep;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * A real PostgreSQL for the sweep benchmark: the embedded binaries the system tests use, on a free port, migrated
 * with the application's own Flyway migrations and filled by {@code generate-deadlines.sql}. Apart from the two
 * settings below it runs with the embedded defaults (among them fsync off, which only the load notices).
 */
final class SweepDatabase implements AutoCloseable {

    private static final String USER = "redress";
    private static final String PASSWORD = "redress-bench";

    private final EmbeddedPostgres postgres;
    private final Connection connection;
    private final Instant now;

    private SweepDatabase(EmbeddedPostgres postgres, Connection connection, Instant now) {
        this.postgres = postgres;
        this.connection = connection;
        this.now = now;
    }

    static SweepDatabase start() throws IOException, SQLException {
        // Memory for the whole data set, as a production server has, and no checkpoint in the middle of the load.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_wal_size", "4GB")
                .start();
        try {
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
                statement.execute("CREATE DATABASE redress OWNER " + USER);
            }
            String url = postgres.getJdbcUrl(USER, "redress");
            Flyway.configure()
                    .dataSource(url, USER, PASSWORD)
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                    .load()
                    .migrate();
            Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
            return new SweepDatabase(postgres, connection, DeadlineScript.run(connection));
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** The session the data was generated on; both benchmarks query through it. */
    Connection connection() {
        return connection;
    }

    /** The fixed "now" the data was generated for. */
    Instant now() {
        return now;
    }

    @Override
    public void close() throws IOException, SQLException {
        try {
            connection.close();
        } finally {
            postgres.close();
        }
    }
}
