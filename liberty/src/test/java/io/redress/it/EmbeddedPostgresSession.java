package io.redress.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For the PostgreSQL run of the system tests: starts a real PostgreSQL (embedded binaries, no server needed on the
 * machine) before any test, so that the Liberty server Arquillian starts finds it at the address failsafe gave it in
 * REDRESS_DB_URL; stops it when the run ends. Does nothing in the H2 run.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"postgres".equals(System.getProperty("redress.it.db")) || postgres != null) {
            return;
        }
        int port = Integer.parseInt(System.getProperty("redress.it.postgres.port"));
        try {
            postgres = EmbeddedPostgres.builder().setPort(port).start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE redress LOGIN PASSWORD 'redress-it'");
                s.execute("CREATE DATABASE redress OWNER redress");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL on port " + port, e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not prepare the embedded PostgreSQL", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                postgres = null;
            }
        }
    }
}
