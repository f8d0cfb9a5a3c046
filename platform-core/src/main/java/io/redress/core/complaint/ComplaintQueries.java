package io.redress.core.complaint;

import io.redress.core.NotFoundException;
import io.redress.core.persistence.Tenancy;
import io.redress.core.policy.Policies;
import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.Calendars;
import io.redress.core.sla.Deadline;
import io.redress.core.sla.DeadlineSchedule;
import io.redress.core.tenant.Tenant;
import io.redress.plugin.api.GradeDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The read side of cases: one case whole, and filtered pages for the inbox and the API. */
@ApplicationScoped
public class ComplaintQueries implements Inbox {

    private static final String OPEN_OVERDUE = "SELECT d FROM Deadline d WHERE d.complaintId = c.id"
            + " AND d.completedAt IS NULL AND d.dueAt IS NOT NULL"
            + " AND ((d.pausedAt IS NULL AND d.dueAt < :now) OR d.dueAt < d.pausedAt)";

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    DeadlineSchedule schedule;

    @Inject
    Timeline timeline;

    @Inject
    Policies policies;

    @Inject
    Calendars calendars;

    @Inject
    Clock clock;

    @Transactional
    public CaseFile caseFile(String tenant, String caseNumber) {
        return findCaseFile(tenant, caseNumber).orElseThrow(() -> new NotFoundException("no complaint " + caseNumber));
    }

    /** The case, or empty when the tenant has none of that number. */
    @Transactional
    public Optional<CaseFile> findCaseFile(String tenant, String caseNumber) {
        Tenancy.bind(em, tenant);
        return em.createQuery("SELECT c FROM Complaint c WHERE c.caseNumber = :n", Complaint.class)
                .setParameter("n", caseNumber).getResultStream().findFirst().map(this::caseFile);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseFile caseFileById(String complaintId) {
        Complaint complaint = em.find(Complaint.class, complaintId);
        if (complaint == null) {
            throw new NotFoundException("no complaint " + complaintId);
        }
        return caseFile(complaint);
    }

    private CaseFile caseFile(Complaint complaint) {
        GradeDefinition grade = grades().get(complaint.gradeCode());
        return new CaseFile(complaint, grade, schedule.of(complaint.id()), schedule.escalations(complaint.id()),
                timeline.of(complaint.id()), em.createQuery("SELECT m FROM ComplaintMember m WHERE m.complaintId = :id"
                        + " ORDER BY m.addedAt, m.id", ComplaintMember.class).setParameter("id", complaint.id()).getResultList());
    }

    /** The case file as the case view shows it, with each clock's working time left now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseDesk.CaseDetail detail(String tenant, CaseFile file) {
        Complaint c = file.complaint();
        Instant now = clock.instant();
        Map<String, Optional<BusinessCalendar>> calendars = new HashMap<>();
        List<CaseDesk.StageClock> clocks = file.deadlines().stream().map(d -> new CaseDesk.StageClock(d.stage(),
                d.occurrence(), d.recurring(), d.anchor(), d.amount(), d.unit(), d.calendarCode(), d.startedAt(), d.dueAt(),
                d.completedAt(), d.met(), d.outcome(), d.isOpen() && d.pausedAt() != null,
                d.isRunning() ? workingTimeLeft(d, now, calendars) : null, d.rungsDone())).toList();
        List<CaseDesk.EscalationStep> escalations = file.escalations().stream().map(e -> new CaseDesk.EscalationStep(
                e.stage(), e.occurrence(), e.rung(), e.sharePercent(), e.target(), e.dueAt(), e.reachedAt(), e.recordedAt()))
                .toList();
        List<CaseDesk.TimelineItem> timeline = file.timeline().stream()
                .map(t -> new CaseDesk.TimelineItem(t.seq(), t.at(), t.kind(), t.actor(), t.detail())).toList();
        return new CaseDesk.CaseDetail(c.caseNumber().value(), c.subject(), c.description(), c.complainant().name(),
                c.gradeCode(), file.grade() == null ? null : file.grade().label(), c.status(), c.receivedAt(), c.region(),
                zoneOf(tenant), c.pausedAt(), clocks, escalations, timeline, c.trackingToken());
    }

    @Transactional
    public CasePage page(String tenant, CaseQuery query) {
        Tenancy.bind(em, tenant);
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (query.status() != null) {
            where.append(" AND c.status = :status");
        }
        if (query.grade() != null) {
            where.append(" AND c.gradeCode = :grade");
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " AND EXISTS (" : " AND NOT EXISTS (").append(OPEN_OVERDUE).append(")");
        }
        TypedQuery<Complaint> select = em.createQuery("SELECT c FROM Complaint c" + where
                + " ORDER BY c.receivedAt DESC, c.caseNumber DESC", Complaint.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c) FROM Complaint c" + where, Long.class);
        for (TypedQuery<?> q : List.of(select, count)) {
            if (query.status() != null) {
                q.setParameter("status", query.status());
            }
            if (query.grade() != null) {
                q.setParameter("grade", query.grade());
            }
            if (query.overdue() != null) {
                q.setParameter("now", now);
            }
        }
        List<Complaint> complaints = select.setFirstResult(query.page() * query.size()).setMaxResults(query.size()).getResultList();
        return new CasePage(summaries(complaints, now), query.page(), query.size(), count.getSingleResult());
    }

    @Override
    @Transactional
    public List<CaseSummary> inbox(String tenant, int limit) {
        Tenancy.bind(em, tenant);
        List<Complaint> complaints = em.createQuery("SELECT c FROM Complaint c WHERE c.status <> :closed"
                        + " ORDER BY c.receivedAt DESC", Complaint.class)
                .setParameter("closed", ComplaintStatus.CLOSED)
                .setMaxResults(limit).getResultList();
        List<CaseSummary> summaries = new ArrayList<>(summaries(complaints, clock.instant()));
        summaries.sort(Comparator.comparing(CaseSummary::nextDueAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return summaries;
    }

    @Override
    @Transactional
    public ZoneId zoneOf(String tenant) {
        Tenant found = em.find(Tenant.class, tenant);
        if (found == null) {
            throw new NotFoundException("no tenant " + tenant);
        }
        return found.timeZone();
    }

    private List<CaseSummary> summaries(List<Complaint> complaints, Instant now) {
        Map<String, List<Deadline>> clocks = schedule.of(complaints.stream().map(Complaint::id).toList()).stream()
                .collect(Collectors.groupingBy(Deadline::complaintId));
        Map<String, GradeDefinition> grades = grades();
        Map<String, Optional<BusinessCalendar>> calendars = new HashMap<>();
        return complaints.stream().map(c -> {
            List<Deadline> open = clocks.getOrDefault(c.id(), List.of()).stream()
                    .filter(d -> d.completedAt() == null && d.dueAt() != null)
                    .sorted(Comparator.comparing(Deadline::dueAt)).toList();
            Optional<Deadline> next = open.stream().findFirst();
            boolean overdue = open.stream().anyMatch(d -> d.isOverdueAt(now));
            GradeDefinition grade = grades.get(c.gradeCode());
            Duration left = next.map(d -> workingTimeLeft(d, now, calendars)).orElse(null);
            return new CaseSummary(c.caseNumber().value(), c.subject(), c.gradeCode(), grade == null ? null : grade.label(),
                    c.status(), c.receivedAt(), c.region(), next.map(Deadline::stage).orElse(null),
                    next.map(Deadline::dueAt).orElse(null), overdue, left);
        }).toList();
    }

    /**
     * Working time until the due time in the deadline's calendar; negative by the working time it is late. A paused
     * clock shows what was left when it stopped.
     */
    Duration workingTimeLeft(Deadline deadline, Instant at, Map<String, Optional<BusinessCalendar>> calendars) {
        Instant now = deadline.pausedAt() != null ? deadline.pausedAt() : at;
        Optional<BusinessCalendar> calendar = calendars.computeIfAbsent(deadline.calendarCode(), this.calendars::find);
        if (calendar.isEmpty()) {
            return Duration.between(now, deadline.dueAt());
        }
        return deadline.dueAt().isAfter(now) ? calendar.get().workingTimeBetween(now, deadline.dueAt())
                : calendar.get().workingTimeBetween(deadline.dueAt(), now).negated();
    }

    private Map<String, GradeDefinition> grades() {
        return policies.gradingScheme(policies.current()).grades().stream()
                .collect(Collectors.toMap(GradeDefinition::code, Function.identity()));
    }
}
