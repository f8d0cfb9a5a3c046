package io.redress.it;

import io.redress.core.complaint.ComplaintIntake;
import io.redress.core.persistence.Tenancy;
import io.redress.core.tenant.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tenancy in two layers (docs/TENANCY.md). Inside the server, with two tenants that both have cases: EclipseLink
 * scopes every JPQL query to the bound tenant on both databases; on PostgreSQL row-level security also scopes what
 * EclipseLink does not rewrite — a deliberately unscoped native query or plain JDBC in the same transaction finds only
 * the bound tenant's rows, a transaction bound to no tenant finds none, and a row written for another tenant is
 * refused. Cross-tenant reads see every tenant only inside {@link Tenancy#acrossTenants}. H2 has no row-level
 * security: there the tests show what the application layer alone guarantees, and that the data to hide is there.
 */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

    /** A query that forgets the tenant, on purpose. */
    private static final String UNSCOPED = "SELECT tenant_id FROM complaint";

    @Deployment
    static WebArchive deployment() {
        return Deployments.redress("redress-tenancy").addClasses(TenancyIT.class, TenancyIT.Probe.class, InServer.class);
    }

    @Inject
    Tenants tenants;

    @Inject
    ComplaintIntake intake;

    @Inject
    Probe probe;

    DataSource dataSource;

    String a;
    String b;

    @BeforeEach
    void twoTenantsWithCases() throws NamingException {
        dataSource = InitialContext.doLookup("jdbc/redress");
        a = onboard("rls-a");
        b = onboard("rls-b");
        for (int i = 0; i < 3; i++) {
            take(a, "A's case " + i);
        }
        take(b, "B's case");
    }

    @Test
    void boundToATenantAnUnscopedQueryFindsOnlyItsRows() throws SQLException {
        assertEquals(3L, probe.jpqlCount(a), "EclipseLink scopes JPQL to the bound tenant");
        assertEquals(1L, probe.jpqlCount(b));

        List<String> nativeRows = probe.unscopedNative(a);
        List<String> jdbcRows = probe.unscopedJdbcInTheSameTransaction(a);
        if (postgres()) {
            assertEquals(List.of(a, a, a), nativeRows, "row-level security scopes a native query to the bound tenant");
            // the setting made through the entity manager holds on the JTA transaction's one physical connection
            assertEquals(List.of(a, a, a), jdbcRows);
        } else {
            // H2 has no row-level security: a query EclipseLink does not rewrite sees other tenants' rows
            assertTrue(nativeRows.containsAll(List.of(a, b)), nativeRows::toString);
            assertTrue(jdbcRows.containsAll(List.of(a, b)), jdbcRows::toString);
        }
    }

    @Test
    void boundToNoTenantNothingIsFound() throws SQLException {
        // the application layer: JPQL on tenant data without a tenant fails (EclipseLink-6174) instead of leaking
        RuntimeException unbound = assertThrows(RuntimeException.class, () -> probe.jpqlCountUnbound());
        assertTrue(chain(unbound).contains(Tenancy.PROPERTY), () -> chain(unbound));

        List<String> nativeRows = probe.unscopedNativeUnbound();
        long pooled;
        try (Connection c = dataSource.getConnection(); PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM complaint");
             ResultSet row = count.executeQuery()) {
            row.next();
            pooled = row.getLong(1);
        }
        if (postgres()) {
            assertEquals(List.of(), nativeRows, "a transaction bound to no tenant sees no tenant's rows");
            // and a bound transaction's setting ended with it: no pooled connection carries a tenant
            assertEquals(0, pooled);
        } else {
            assertTrue(nativeRows.containsAll(List.of(a, b)), nativeRows::toString);
            assertTrue(pooled >= 4, "H2 has no row-level security");
        }
    }

    @Test
    void boundToATenantNothingOfAnotherTenantIsWritten() throws SQLException {
        // the application layer: a transaction bound to one tenant is never bound to a second
        assertThrows(IllegalStateException.class, () -> probe.bindTwice(a, b));
        if (postgres()) {
            RuntimeException refused = assertThrows(RuntimeException.class, () -> probe.insertCaseCounter(a, b));
            assertTrue(chain(refused).contains("row-level security"), () -> chain(refused));
            assertEquals(0, probe.touchAllComplaintsOf(a, b), "another tenant's rows are not there to update");
            assertEquals(3, probe.touchAllComplaintsOf(a, a));
            assertEquals(1, probe.insertCaseCounter(a, a), "the bound tenant's own rows are written");
        } else {
            // H2 has no row-level security: the database writes what it is given
            assertEquals(1, probe.touchAllComplaintsOf(a, b));
            assertEquals(1, probe.insertCaseCounter(a, b));
        }
    }

    @Test
    void aCrossTenantReadSeesEveryTenantOnlyWhileItDeclaresIt() throws SQLException {
        Probe.Across inTransaction = probe.acrossThenUnscoped(a);
        assertTrue(inTransaction.across().containsAll(List.of(a, b)), inTransaction::toString);
        List<String> jdbc;
        long afterwards;
        try (Connection c = dataSource.getConnection()) {
            jdbc = Tenancy.acrossTenants(c, Probe::tenantIds);
            assertTrue(c.getAutoCommit(), "the connection is handed back as it came");
            try (PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM complaint"); ResultSet row = count.executeQuery()) {
                row.next();
                afterwards = row.getLong(1);
            }
        }
        assertTrue(jdbc.containsAll(List.of(a, b)), jdbc::toString);
        if (postgres()) {
            assertEquals(List.of(a, a, a), inTransaction.afterwards(), "the platform scope ends with the read");
            assertEquals(0, afterwards, "and with the plain-JDBC read's own transaction");
        } else {
            assertTrue(inTransaction.afterwards().containsAll(List.of(a, b)));
            assertTrue(afterwards >= 4);
        }
    }

    @Test
    void everyTableWithATenantColumnHasRowLevelSecurity() throws SQLException {
        List<String> tenantTables = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT LOWER(table_name) FROM information_schema.columns WHERE LOWER(column_name) = 'tenant_id'"
                        + " AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA) ORDER BY 1");
             ResultSet rows = q.executeQuery()) {
            while (rows.next()) {
                tenantTables.add(rows.getString(1));
            }
        }
        assertTrue(tenantTables.containsAll(List.of("complaint", "deadline", "staff_user", "audit_entry", "notification",
                "document_content", "idempotency_record")), tenantTables::toString);
        assertFalse(tenantTables.contains("tenant"), "the tenants themselves are the platform's");
        if (!postgres()) {
            return;
        }
        Set<String> unprotected = new TreeSet<>(tenantTables);
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT cl.relname FROM pg_class cl JOIN pg_namespace ns ON ns.oid = cl.relnamespace"
                        + " WHERE ns.nspname = CURRENT_SCHEMA AND cl.relrowsecurity AND cl.relforcerowsecurity"
                        + " AND EXISTS (SELECT 1 FROM pg_policies p WHERE p.schemaname = ns.nspname AND p.tablename = cl.relname"
                        + " AND p.qual LIKE '%redress.tenant%' AND p.with_check LIKE '%redress.tenant%')");
             ResultSet rows = q.executeQuery()) {
            while (rows.next()) {
                unprotected.remove(rows.getString(1));
            }
        }
        assertEquals(Set.of(), unprotected, "tables with a tenant_id but without forced row-level security and its policy");
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = CURRENT_USER");
             ResultSet row = q.executeQuery()) {
            assertTrue(row.next());
            assertFalse(row.getBoolean(1), "the application's role does not pass row-level security");
        }
    }

    private boolean postgres() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        }
    }

    private static String chain(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t).append(" / ");
        }
        return messages.toString();
    }

    private String onboard(String prefix) {
        return InServer.onboard(tenants, prefix);
    }

    private void take(String tenant, String subject) {
        InServer.take(intake, tenant, subject);
    }

    /**
     * Transactions as the application's services run them, with the queries the application never runs. Queries
     * about the two tenants of a test only name them in the statement where they must: the point is what an
     * unscoped statement finds.
     */
    @ApplicationScoped
    public static class Probe {

        @PersistenceContext(unitName = "redress")
        EntityManager em;

        @Resource(lookup = "jdbc/redress")
        DataSource dataSource;

        /** What a transaction found inside {@link Tenancy#acrossTenants} and after it. */
        public record Across(List<String> across, List<String> afterwards) {
        }

        @Transactional
        public long jpqlCount(String tenant) {
            Tenancy.bind(em, tenant);
            return em.createQuery("SELECT COUNT(c) FROM Complaint c", Long.class).getSingleResult();
        }

        @Transactional
        public long jpqlCountUnbound() {
            return em.createQuery("SELECT COUNT(c) FROM Complaint c", Long.class).getSingleResult();
        }

        @Transactional
        public List<String> unscopedNative(String tenant) {
            Tenancy.bind(em, tenant);
            return unscoped();
        }

        @Transactional
        public List<String> unscopedNativeUnbound() {
            return unscoped();
        }

        @Transactional
        public List<String> unscopedJdbcInTheSameTransaction(String tenant) throws SQLException {
            Tenancy.bind(em, tenant);
            try (Connection c = dataSource.getConnection()) {
                return tenantIds(c);
            }
        }

        @Transactional
        public void bindTwice(String tenant, String other) {
            Tenancy.bind(em, tenant);
            Tenancy.bind(em, other);
        }

        @Transactional
        public int insertCaseCounter(String tenant, String rowTenant) {
            Tenancy.bind(em, tenant);
            return native_("INSERT INTO case_counter (tenant_id, case_day, last_value) VALUES (?, DATE '2001-01-01', 0)")
                    .setParameter(1, rowTenant).executeUpdate();
        }

        @Transactional
        public int touchAllComplaintsOf(String tenant, String rowTenant) {
            Tenancy.bind(em, tenant);
            return native_("UPDATE complaint SET subject = subject WHERE tenant_id = ?").setParameter(1, rowTenant).executeUpdate();
        }

        @Transactional
        public Across acrossThenUnscoped(String tenant) {
            Tenancy.bind(em, tenant);
            List<String> across = Tenancy.acrossTenants(em, this::unscoped);
            return new Across(across, unscoped());
        }

        @SuppressWarnings("unchecked")
        private List<String> unscoped() {
            return native_(UNSCOPED).getResultList();
        }

        private jakarta.persistence.Query native_(String sql) {
            return em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
        }

        static List<String> tenantIds(Connection c) throws SQLException {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(UNSCOPED); ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
