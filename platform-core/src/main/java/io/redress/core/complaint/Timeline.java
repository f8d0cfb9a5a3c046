package io.redress.core.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** Appends to and reads a case's timeline; entries are numbered per case and never changed. */
@ApplicationScoped
public class Timeline {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry append(Complaint complaint, int seq, Instant at, String kind, String actor, JsonObject detail) {
        TimelineEntry entry = new TimelineEntry(complaint.id(), seq, at, kind, actor, detail.toString());
        em.persist(entry);
        return entry;
    }

    /** Appends after the last entry of the case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TimelineEntry append(Complaint complaint, Instant at, String kind, String actor, JsonObject detail) {
        Integer last = em.createQuery("SELECT MAX(t.seq) FROM TimelineEntry t WHERE t.complaintId = :id", Integer.class)
                .setParameter("id", complaint.id()).getSingleResult();
        return append(complaint, last == null ? 1 : last + 1, at, kind, actor, detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<TimelineEntry> of(String complaintId) {
        return em.createQuery("SELECT t FROM TimelineEntry t WHERE t.complaintId = :id ORDER BY t.seq", TimelineEntry.class)
                .setParameter("id", complaintId).getResultList();
    }
}
