package io.redress.core.sla;

import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.StagePlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a case on the clocks of its handling plan. A stage anchored on receipt gets its due time at once; one
 * anchored on another stage waits, without a due time, until that stage is completed.
 */
@ApplicationScoped
public class DeadlineSchedule {

    private static final int MAX_DAYS_TO_A_WORKING_DAY = 366;

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    /** Within the caller's transaction, already bound to the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Deadline> start(String complaintId, HandlingPlan plan, BusinessCalendar calendar, Instant receivedAt) {
        List<Deadline> deadlines = new ArrayList<>();
        int position = 0;
        for (StagePlan stage : plan.stages()) {
            Instant due = stage.anchoredOnReceipt() ? dueAt(stage, calendar, receivedAt) : null;
            Deadline deadline = new Deadline(complaintId, stage, calendar.code(), position++, due);
            em.persist(deadline);
            deadlines.add(deadline);
        }
        return deadlines;
    }

    /**
     * After a regrade: the clocks still open are replaced by those of the new plan; completed ones stay as they were
     * met or missed, and a new stage whose anchor stage is already complete starts from that completion.
     *
     * @return the open deadlines that were replaced, for the timeline
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Deadline> replaceOpen(String complaintId, HandlingPlan plan, BusinessCalendar calendar, Instant receivedAt) {
        List<Deadline> existing = of(complaintId);
        List<Deadline> replaced = existing.stream().filter(d -> d.completedAt() == null).toList();
        replaced.forEach(em::remove);
        em.flush();
        Map<String, Instant> completed = new HashMap<>();
        existing.stream().filter(d -> d.completedAt() != null).forEach(d -> completed.put(d.stage(), d.completedAt()));
        int position = existing.stream().mapToInt(Deadline::position).max().orElse(-1) + 1;
        for (StagePlan stage : plan.stages()) {
            if (completed.containsKey(stage.stage())) {
                continue;
            }
            Instant anchor = stage.anchoredOnReceipt() ? receivedAt : completed.get(stage.anchor());
            Instant due = anchor == null ? null : dueAt(stage, calendar, anchor);
            em.persist(new Deadline(complaintId, stage, calendar.code(), position++, due));
        }
        return replaced;
    }

    /**
     * The due time of a stage whose anchor happened at {@code anchor}. A weekly stage is due at the end of the working
     * time of its weekday after the anchor's day (the next working day, if that weekday is a holiday).
     */
    public static Instant dueAt(StagePlan stage, BusinessCalendar calendar, Instant anchor) {
        if (stage.weeklyOn() == null) {
            return calendar.dueAt(anchor, stage.amount(), stage.unit());
        }
        LocalDate day = anchor.atZone(calendar.zone()).toLocalDate().plusDays(1);
        while (day.getDayOfWeek() != stage.weeklyOn()) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < MAX_DAYS_TO_A_WORKING_DAY && !calendar.isWorkingDay(day); i++) {
            day = day.plusDays(1);
        }
        List<WorkingInterval> intervals = calendar.intervalsOn(day);
        if (intervals.isEmpty()) {
            throw new NoWorkingTimeException(calendar.code(), day, 1);
        }
        return ZonedDateTime.of(day, intervals.get(intervals.size() - 1).end(), calendar.zone()).toInstant();
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
