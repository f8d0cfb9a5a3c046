package io.redress.core.audit;

import io.redress.core.persistence.Tenancy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Appends to and checks each tenant's audit trail. There is deliberately no method that changes or removes an
 * entry, and no other class maps the table.
 */
@ApplicationScoped
public class AuditTrail {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Appends one entry to the tenant's chain, inside the caller's transaction (MANDATORY), so that the change and
     * its entry commit or roll back together. Appends of one tenant are serialised by a lock on the chain's head
     * row, held until the caller's transaction ends: keep the append near the end of a transaction.
     *
     * <pre>{@code
     * audit.append(tenant, "APPROVAL", request.id(), "DECIDED", caller.username(),
     *         Json.createObjectBuilder().add("status", "PENDING").build(),
     *         Json.createObjectBuilder().add("status", "APPROVED").add("comment", comment).build());
     * }</pre>
     *
     * @param tenant     the tenant's slug; the transaction must be bound to it already or not at all
     * @param entityType what changed, in upper case: {@code COMPLAINT}, {@code POLICY}, {@code CALENDAR},
     *                   {@code EXCHANGE_RATES}, {@code STAFF}, {@code APPROVAL}, {@code CORRECTIVE_ACTION}, …
     * @param entityId   its identity within the tenant (case number, calendar code, user name, id)
     * @param action     what happened, in upper case ({@code CREATED}, {@code GRADED}, {@code TRANSITION}, …)
     * @param actor      the user name, or {@code system} / {@code plugin:<id>}
     * @param before     the changed part as it was (compact JSON); null for a creation
     * @param after      the changed part as it is now; null for a removal
     * @return the entry's sequence number in the tenant's chain
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(String tenant, String entityType, String entityId, String action, String actor,
                       JsonValue before, JsonValue after) {
        Tenancy.bind(em, tenant);
        AuditHead head = em.find(AuditHead.class, AuditHead.SCOPE, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            // the first entry of a tenant: onboarding appends it, in the transaction that creates the tenant
            head = AuditHead.empty();
            em.persist(head);
            em.flush();
        }
        AuditLink link = new AuditLink(tenant, head.lastSeq() + 1, clock.instant(), actor == null ? "system" : actor,
                entityType, entityId, action, json(before), json(after), head.lastHash());
        AuditEntry entry = new AuditEntry(link);
        em.persist(entry);
        head.advance(entry);
        // written now, so that the next append of this transaction, which locks the head again (a locking find
        // reads the row anew), finds it advanced
        em.flush();
        return entry.seq();
    }

    /**
     * As {@link #append(String, String, String, String, String, JsonValue, JsonValue)}, for the tenant the caller's
     * transaction is already bound to ({@link Tenancy#bind}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long append(String entityType, String entityId, String action, String actor, JsonValue before, JsonValue after) {
        Object tenant = em.getProperties().get(Tenancy.PROPERTY);
        if (tenant == null) {
            throw new IllegalStateException("the transaction is not bound to a tenant");
        }
        return append(tenant.toString(), entityType, entityId, action, actor, before, after);
    }

    /** Checks the tenant's whole chain from its first entry and names the first link that does not hold. */
    @Transactional
    public ChainVerdict verify(String tenant) {
        Tenancy.bind(em, tenant);
        // a shared lock on the head: an append (which locks it for update) cannot commit while the entries are read,
        // else an entry appended between reading the head and reading the entries would look unchained (the
        // statements of a READ COMMITTED transaction each see the latest commits)
        AuditHead head = em.find(AuditHead.class, AuditHead.SCOPE, LockModeType.PESSIMISTIC_READ);
        long headSeq = head == null ? 0 : head.lastSeq();
        ChainCheck check = new ChainCheck();
        long after = 0;
        while (true) {
            List<AuditEntry> batch = em.createQuery("SELECT e FROM AuditEntry e WHERE e.seq > :after ORDER BY e.seq", AuditEntry.class)
                    .setParameter("after", after).setMaxResults(BATCH)
                    .setHint("eclipselink.refresh", "true").getResultList();
            for (AuditEntry entry : batch) {
                if (!check.accept(entry.link(tenant), entry.hash())) {
                    return check.verdict(headSeq);
                }
                after = entry.seq();
            }
            em.clear();
            if (batch.size() < BATCH) {
                return check.verdict(headSeq);
            }
        }
    }

    /** A page of the tenant's entries, newest first, optionally of one entity type and id. */
    @Transactional
    public AuditPage entries(String tenant, String entityType, String entityId, int page, int size) {
        Tenancy.bind(em, tenant);
        // built per call: PostgreSQL cannot type a null parameter in "(:p IS NULL OR …)"
        String where = " WHERE 1 = 1" + (entityType == null ? "" : " AND e.entityType = :type")
                + (entityId == null ? "" : " AND e.entityId = :id");
        TypedQuery<AuditEntry> query = em.createQuery("SELECT e FROM AuditEntry e" + where + " ORDER BY e.seq DESC", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        for (TypedQuery<?> q : List.of(query, count)) {
            if (entityType != null) {
                q.setParameter("type", entityType);
            }
            if (entityId != null) {
                q.setParameter("id", entityId);
            }
        }
        List<AuditEntry> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new AuditPage(items, count.getSingleResult(), page, size);
    }

    private static String json(JsonValue value) {
        return value == null || value == JsonValue.NULL ? null : value.toString();
    }

    /** Entries of one page and how many there are in all. */
    public record AuditPage(List<AuditEntry> items, long total, int page, int size) {
    }
}
