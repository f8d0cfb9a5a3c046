package io.redress.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TransactionRequiredException;
import org.eclipse.persistence.sessions.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Binds a transaction to one tenant, in two layers that must agree.
 * <ol>
 * <li>EclipseLink: every tenant-owned entity is {@code @Multitenant(SINGLE_TABLE)} with this context property, so
 * EclipseLink adds {@code tenant_id = ?} to every query, {@code find} and insert; a transaction that forgot to bind
 * fails (EclipseLink-6174) instead of leaking.</li>
 * <li>PostgreSQL: every table with a {@code tenant_id} has row-level security (migration V12_1), whose policy lets a
 * statement see and write only the rows of the tenant in the transaction-local setting {@value #PROPERTY}. A native
 * query or plain JDBC, which EclipseLink does not rewrite, therefore still sees only the bound tenant's rows, and a
 * transaction bound to no tenant sees none. H2 has no row-level security: there only the first layer holds.</li>
 * </ol>
 * <p>
 * The rule (docs/TENANCY.md): code that reads or writes tenant data binds to the tenant first. The few places that
 * must look across tenants (the scheduled sweeps finding what is due, the local identity store asking whether a
 * password belongs to another tenant) declare it, around exactly the statements that need it, through
 * {@code acrossTenants}; no other code may set {@value #SCOPE}. Such code should only find which tenants to work on,
 * then do the work in a transaction bound to each of them.
 * <p>
 * Both settings are set with {@code set_config(…, true)}: local to the database transaction, so they end with it and
 * never leak to the next user of a pooled connection. Liberty shares one physical connection per JTA transaction, so
 * a setting made through the transaction's entity manager holds for all its later statements.
 */
public final class Tenancy {

    /** The EclipseLink context property named by every {@code @TenantDiscriminatorColumn}, and the PostgreSQL setting. */
    public static final String PROPERTY = "redress.tenant";
    /** The PostgreSQL setting that, set to {@value #PLATFORM}, lets a statement see every tenant's rows. */
    static final String SCOPE = "redress.scope";
    static final String PLATFORM = "platform";

    private static final String SET = "SELECT set_config(?, ?, true)";

    private Tenancy() {
    }

    /**
     * Binds the transaction-scoped entity manager, and on PostgreSQL the database transaction, to the tenant. Call it
     * in a transaction, before the first statement on tenant data; a second call must name the same tenant
     * (EclipseLink would silently accept another, which would mix writes).
     */
    public static void bind(EntityManager em, String tenantSlug) {
        Objects.requireNonNull(tenantSlug, "tenant");
        Object current = em.getProperties().get(PROPERTY);
        if (current != null && !current.equals(tenantSlug)) {
            throw new IllegalStateException("transaction already bound to another tenant");
        }
        if (current == null) {
            requireTransaction(em);
            em.setProperty(PROPERTY, tenantSlug);
            set(em, PROPERTY, tenantSlug);
        }
    }

    /**
     * Runs a read that must see every tenant's rows (a native query: EclipseLink adds the bound tenant to JPQL), with
     * the platform scope declared for exactly its duration. For the few call sites named in docs/TENANCY.md only.
     */
    public static <T> T acrossTenants(EntityManager em, Supplier<T> read) {
        requireTransaction(em);
        set(em, SCOPE, PLATFORM);
        try {
            return read.get();
        } finally {
            set(em, SCOPE, "");
        }
    }

    /** Work on a JDBC connection. */
    @FunctionalInterface
    public interface Read<T> {
        T on(Connection connection) throws SQLException;
    }

    /**
     * Runs a plain-JDBC read over every tenant's rows with the platform scope declared for exactly its duration. On a
     * connection in auto-commit (outside any transaction) the read runs in a local transaction of its own, rolled back
     * afterwards: nothing done across tenants this way is ever kept. For the few call sites named in docs/TENANCY.md.
     */
    public static <T> T acrossTenants(Connection connection, Read<T> read) throws SQLException {
        if (!rowLevelSecurity(connection)) {
            return read.on(connection);
        }
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false);
        }
        try {
            set(connection, SCOPE, PLATFORM);
            try {
                return read.on(connection);
            } finally {
                if (!autoCommit) {
                    set(connection, SCOPE, "");
                }
            }
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static void requireTransaction(EntityManager em) {
        if (!em.isJoinedToTransaction()) {
            throw new TransactionRequiredException("the tenant settings are local to a transaction; there is none");
        }
    }

    private static void set(EntityManager em, String name, String value) {
        if (!rowLevelSecurity(em)) {
            return;
        }
        em.createNativeQuery(SET)
                .setParameter(1, name)
                .setParameter(2, value)
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                // nothing pending is flushed by it: it changes no table
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    }

    private static void set(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(SET)) {
            set.setString(1, name);
            set.setString(2, value);
            set.execute();
        }
    }

    /** Whether the database enforces tenancy itself: PostgreSQL does (row-level security), H2 does not. */
    private static boolean rowLevelSecurity(EntityManager em) {
        // the platform's class name: Liberty does not show applications EclipseLink's internal platform types
        return em.unwrap(Session.class).getLogin().getPlatformClassName().contains("PostgreSQL");
    }

    private static boolean rowLevelSecurity(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
