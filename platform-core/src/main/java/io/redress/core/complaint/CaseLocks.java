package io.redress.core.complaint;

import io.redress.core.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/**
 * Every act that changes a case first locks its complaint row, then touches its clocks and timeline: acts on one case
 * — a user's, the escalation sweep's — run one after the other, in the same lock order, so they neither deadlock nor
 * number two timeline entries alike.
 */
public final class CaseLocks {

    private CaseLocks() {
    }

    /** The case of that number in the bound tenant, locked for the rest of the transaction. */
    public static Complaint lock(EntityManager em, String caseNumber) {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.caseNumber = :n", Complaint.class)
                .setParameter("n", caseNumber).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("no complaint " + caseNumber));
    }

    /** The case of that number in the bound tenant, read without a lock (for reading only). */
    public static Complaint find(EntityManager em, String caseNumber) {
        return em.createQuery("SELECT c FROM Complaint c WHERE c.caseNumber = :n", Complaint.class)
                .setParameter("n", caseNumber).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("no complaint " + caseNumber));
    }

    /** The case of that id in the bound tenant, locked for the rest of the transaction; null when there is none. */
    public static Complaint lockById(EntityManager em, String complaintId) {
        return em.find(Complaint.class, complaintId, LockModeType.PESSIMISTIC_WRITE);
    }
}
