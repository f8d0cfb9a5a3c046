package io.redress.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Plain SQL as a DBA or a test runs it on the application's connection: on PostgreSQL row-level security shows a
 * statement only the rows of the tenant its transaction is bound to, so the statements run in a local transaction
 * bound to the tenant, as {@code Tenancy.bind} binds the application's transactions.
 */
final class TenantSql {

    /** Statements on a connection. */
    @FunctionalInterface
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private TenantSql() {
    }

    static boolean postgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** Runs the work in one transaction bound to the tenant, committed if it succeeds, rolled back if it throws. */
    static <T> T asTenant(Connection c, String tenant, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            if (postgres(c)) {
                try (PreparedStatement bind = c.prepareStatement("SELECT set_config('redress.tenant', ?, true)")) {
                    bind.setString(1, tenant);
                    bind.execute();
                }
            }
            T result = work.on(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
