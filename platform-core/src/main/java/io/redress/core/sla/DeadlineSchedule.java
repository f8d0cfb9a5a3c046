package io.redress.core.sla;

import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.StagePlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a case on the clocks of its handling plan. A stage anchored on receipt gets its due time at once; one
 * anchored on another stage waits, without a due time, until that stage is completed.
 */
@ApplicationScoped
public class DeadlineSchedule {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    /** Within the caller's transaction, already bound to the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Deadline> start(String complaintId, HandlingPlan plan, BusinessCalendar calendar, Instant receivedAt) {
        List<Deadline> deadlines = new ArrayList<>();
        int position = 0;
        for (StagePlan stage : plan.stages()) {
            Instant due = stage.anchoredOnReceipt() ? calendar.dueAt(receivedAt, stage.amount(), stage.unit()) : null;
            Deadline deadline = new Deadline(complaintId, stage, calendar.code(), position++, due);
            em.persist(deadline);
            deadlines.add(deadline);
        }
        return deadlines;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Deadline> of(String complaintId) {
        return em.createQuery("SELECT d FROM Deadline d WHERE d.complaintId = :id ORDER BY d.position", Deadline.class)
                .setParameter("id", complaintId).getResultList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Deadline> of(List<String> complaintIds) {
        if (complaintIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM Deadline d WHERE d.complaintId IN :ids ORDER BY d.complaintId, d.position", Deadline.class)
                .setParameter("ids", complaintIds).getResultList();
    }
}
