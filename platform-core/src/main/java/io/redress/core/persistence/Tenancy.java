package io.redress.core.persistence;

import jakarta.persistence.EntityManager;

import java.util.Objects;

/**
 * Binds a transaction's entity manager to one tenant. Every tenant-owned entity is
 * {@code @Multitenant(SINGLE_TABLE)} with this context property, so EclipseLink adds {@code tenant_id = ?} to every
 * query, {@code find} and insert; a transaction that forgot to bind fails (EclipseLink-6174) instead of leaking.
 */
public final class Tenancy {

    /** The EclipseLink context property named by every {@code @TenantDiscriminatorColumn}. */
    public static final String PROPERTY = "redress.tenant";

    private Tenancy() {
    }

    /**
     * Binds the transaction-scoped entity manager to the tenant. Call it first in a transaction and once only:
     * EclipseLink silently accepts a second, different tenant, which would mix writes.
     */
    public static void bind(EntityManager em, String tenantSlug) {
        Objects.requireNonNull(tenantSlug, "tenant");
        Object current = em.getProperties().get(PROPERTY);
        if (current != null && !current.equals(tenantSlug)) {
            throw new IllegalStateException("transaction already bound to another tenant");
        }
        em.setProperty(PROPERTY, tenantSlug);
    }
}
