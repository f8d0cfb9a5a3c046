package io.redress.core.complaint;

import io.redress.core.InvalidInputException;
import io.redress.core.audit.AuditTrail;
import io.redress.core.notification.Notice;
import io.redress.core.notification.NotificationKind;
import io.redress.core.notification.Notifications;
import io.redress.core.notification.Recipients;
import io.redress.core.persistence.Tenancy;
import io.redress.core.policy.ActivePolicy;
import io.redress.core.policy.Policies;
import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.Calendars;
import io.redress.core.sla.ClockStateException;
import io.redress.core.sla.Deadline;
import io.redress.core.sla.DeadlineSchedule;
import io.redress.core.sla.DueClockHandler;
import io.redress.core.sla.Escalation;
import io.redress.core.sla.EscalationRung;
import io.redress.plugin.api.DeadlineUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The acts on a case's stage clocks — completing a stage, waiting for the customer and resuming, extending a due
 * time — and the escalation of its clocks by the sweep. Each act is one transaction and leaves its trace in the
 * timeline with the instants before and after, so that afterwards anyone can check the policy was followed.
 */
@ApplicationScoped
public class CaseClocks implements DueClockHandler {

    private static final Logger LOG = Logger.getLogger(CaseClocks.class.getName());

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    DeadlineSchedule schedule;

    @Inject
    Policies policies;

    @Inject
    Calendars calendars;

    @Inject
    Timeline timeline;

    @Inject
    ComplaintQueries queries;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    @Transactional
    public CaseFile completeStage(String tenant, String caseNumber, String stage, String note, String actor) {
        Tenancy.bind(em, tenant);
        Complaint complaint = open(caseNumber);
        if (complaint.status() == ComplaintStatus.WAITING_FOR_CUSTOMER) {
            throw new ClockStateException("the case waits for the customer and its clocks stand still; resume it first");
        }
        Instant now = clock.instant();
        DeadlineSchedule.Completion done = schedule.complete(complaint.id(), stage, ladder(complaint), calendar(complaint), now);
        Deadline clock = done.completed();
        JsonObjectBuilder detail = Json.createObjectBuilder()
                .add("stage", clock.stage())
                .add("occurrence", clock.occurrence())
                .add("dueAt", clock.dueAt().toString())
                .add("met", clock.met());
        if (note != null && !note.isBlank()) {
            detail.add("note", note);
        }
        if (done.nextOccurrence() != null) {
            detail.add("next", clockJson(done.nextOccurrence()));
        }
        JsonArrayBuilder started = Json.createArrayBuilder();
        done.started().forEach(d -> started.add(clockJson(d)));
        JsonArrayBuilder cancelled = Json.createArrayBuilder();
        done.cancelled().forEach(d -> cancelled.add(clockJson(d)));
        jakarta.json.JsonObject completed = detail.add("started", started).add("cancelled", cancelled).build();
        timeline.append(complaint, now, "STAGE_COMPLETED", actor, completed);
        audit.append(tenant, "COMPLAINT", caseNumber, "STAGE_COMPLETED", actor,
                Json.createObjectBuilder().add("stage", stage).add("completed", false).build(), completed);
        em.flush();
        return queries.caseFileById(complaint.id());
    }

    @Transactional
    public CaseFile waitForCustomer(String tenant, String caseNumber, String note, String actor) {
        Tenancy.bind(em, tenant);
        Complaint complaint = open(caseNumber);
        if (complaint.status() == ComplaintStatus.WAITING_FOR_CUSTOMER) {
            throw new ClockStateException("the case already waits for the customer (since " + complaint.pausedAt() + ")");
        }
        Instant now = clock.instant();
        ComplaintStatus before = complaint.status();
        List<Deadline> paused = schedule.pause(complaint.id(), now);
        complaint.waitForCustomer(now);
        JsonArrayBuilder clocks = Json.createArrayBuilder();
        paused.forEach(d -> clocks.add(clockJson(d)));
        JsonObjectBuilder detail = Json.createObjectBuilder().add("from", before.name()).add("paused", clocks);
        if (note != null && !note.isBlank()) {
            detail.add("note", note);
        }
        jakarta.json.JsonObject waiting = detail.build();
        timeline.append(complaint, now, "WAITING_FOR_CUSTOMER", actor, waiting);
        audit.append(tenant, "COMPLAINT", caseNumber, "WAITING_FOR_CUSTOMER", actor,
                Json.createObjectBuilder().add("status", before.name()).build(),
                Json.createObjectBuilder(waiting).add("status", complaint.status().name()).build());
        em.flush();
        return queries.caseFileById(complaint.id());
    }

    @Transactional
    public CaseFile resume(String tenant, String caseNumber, String note, String actor) {
        Tenancy.bind(em, tenant);
        Complaint complaint = byNumber(caseNumber);
        if (complaint.status() != ComplaintStatus.WAITING_FOR_CUSTOMER) {
            throw new ClockStateException("the case does not wait for the customer; it is " + complaint.status());
        }
        Instant now = clock.instant();
        Instant pausedAt = complaint.pausedAt();
        BusinessCalendar calendar = calendar(complaint);
        List<DeadlineSchedule.Moved> moved = schedule.resume(complaint.id(), ladder(complaint), calendar, now);
        complaint.resume();
        Duration workingTimePaused = calendar.workingTimeBetween(pausedAt, now);
        JsonArrayBuilder clocks = Json.createArrayBuilder();
        moved.forEach(m -> clocks.add(Json.createObjectBuilder().add("stage", m.clock().stage())
                .add("occurrence", m.clock().occurrence()).add("from", m.from().toString()).add("to", m.to().toString())));
        JsonObjectBuilder detail = Json.createObjectBuilder()
                .add("to", complaint.status().name())
                .add("pausedAt", pausedAt.toString())
                .add("workingMinutesPaused", workingTimePaused.toMinutes())
                .add("elapsedMinutesPaused", Duration.between(pausedAt, now).toMinutes())
                .add("moved", clocks);
        if (note != null && !note.isBlank()) {
            detail.add("note", note);
        }
        jakarta.json.JsonObject resumed = detail.build();
        timeline.append(complaint, now, "RESUMED", actor, resumed);
        audit.append(tenant, "COMPLAINT", caseNumber, "RESUMED", actor, Json.createObjectBuilder()
                .add("status", ComplaintStatus.WAITING_FOR_CUSTOMER.name()).add("pausedAt", pausedAt.toString()).build(), resumed);
        em.flush();
        return queries.caseFileById(complaint.id());
    }

    /**
     * An extension of a stage's due time, granted by {@code approver}: the due time moves later by the amount counted
     * from the old due time in the case's calendar; the old one stays in the timeline with the reason.
     */
    @Transactional
    public CaseFile extend(String tenant, String caseNumber, String stage, int amount, DeadlineUnit unit, String reason,
                           String approver) {
        Tenancy.bind(em, tenant);
        Complaint complaint = open(caseNumber);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: the customer must be told why the case takes longer");
        }
        Instant now = clock.instant();
        DeadlineSchedule.Moved moved = schedule.extend(complaint.id(), stage, amount, unit, ladder(complaint), calendar(complaint));
        timeline.append(complaint, now, "DEADLINE_EXTENDED", approver, Json.createObjectBuilder()
                .add("stage", stage)
                .add("occurrence", moved.clock().occurrence())
                .add("from", moved.from().toString())
                .add("to", moved.to().toString())
                .add("amount", amount)
                .add("unit", unit.name())
                .add("reason", reason)
                .add("approvedBy", approver).build());
        audit.append(tenant, "COMPLAINT", caseNumber, "DEADLINE_EXTENDED", approver,
                Json.createObjectBuilder().add("stage", stage).add("dueAt", moved.from().toString()).build(),
                Json.createObjectBuilder().add("stage", stage).add("dueAt", moved.to().toString()).add("reason", reason).build());
        em.flush();
        return queries.caseFileById(complaint.id());
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int handle(String tenant, List<String> deadlineIds, Instant now) {
        Tenancy.bind(em, tenant);
        Map<String, Complaint> complaints = new HashMap<>();
        Map<Integer, Optional<ActivePolicy>> versions = new HashMap<>();
        Map<String, Optional<BusinessCalendar>> calendarsByCode = new HashMap<>();
        Notifications.Announcements told = notifications.announcements();
        int rungs = 0;
        for (String id : deadlineIds) {
            Deadline found = em.find(Deadline.class, id);
            if (found == null) {
                continue; // replaced by a regrade since the sweep read it
            }
            // the case first, then its clock, read again under the lock: the same order as every act on a case
            Complaint complaint = complaints.computeIfAbsent(found.complaintId(), cid -> CaseLocks.lockById(em, cid));
            em.refresh(found);
            Deadline clock = found;
            if (clock.nextActionAt() == null || clock.nextActionAt().isAfter(now)) {
                continue; // completed, paused or moved since the sweep read it
            }
            Optional<BusinessCalendar> calendar = calendarsByCode.computeIfAbsent(clock.calendarCode(), calendars::find);
            if (calendar.isEmpty()) {
                LOG.warning(() -> "calendar " + clock.calendarCode() + " of " + complaint.caseNumber().value() + " is gone; its clock "
                        + clock.stage() + " no longer escalates");
                schedule.stopEscalating(clock);
                continue;
            }
            List<EscalationRung> ladder = versions.computeIfAbsent(complaint.policyVersion(), policies::version)
                    .map(p -> p.ladder(complaint.gradeCode())).orElse(EscalationRung.DEFAULT_LADDER);
            for (Escalation e : schedule.escalate(clock, ladder, calendar.get(), now)) {
                NotificationKind kind = e.isWarning() ? NotificationKind.DEADLINE_WARNING : NotificationKind.ESCALATED;
                jakarta.json.JsonObject detail = Json.createObjectBuilder()
                        .add("stage", e.stage())
                        .add("occurrence", e.occurrence())
                        .add("rung", e.rung())
                        .add("share", e.sharePercent())
                        .add("notify", e.target())
                        .add("dueAt", e.dueAt().toString())
                        .add("reachedAt", e.reachedAt().toString()).build();
                timeline.append(complaint, now, kind.name(), "system", detail);
                String caseNumber = complaint.caseNumber().value();
                told.add("COMPLAINT", caseNumber, kind.name(), detail,
                        new Notice(kind, caseNumber, null, "clock:" + e.deadlineId() + ":" + e.rung(),
                                List.of(caseNumber, e.stage(), e.dueAt().toString(), Integer.toString(e.sharePercent()))),
                        recipients.of(e.target(), complaint.assignee(), complaint.ownerUnit()));
                rungs++;
            }
        }
        told.tell();
        em.flush();
        return rungs;
    }

    private static JsonObjectBuilder clockJson(Deadline d) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("stage", d.stage()).add("occurrence", d.occurrence());
        if (d.dueAt() == null) {
            b.addNull("dueAt");
        } else {
            b.add("dueAt", d.dueAt().toString());
        }
        return b;
    }

    private Complaint byNumber(String caseNumber) {
        return CaseLocks.lock(em, caseNumber);
    }

    /** A case whose clocks can still be acted on. */
    private Complaint open(String caseNumber) {
        Complaint complaint = byNumber(caseNumber);
        if (complaint.status() == ComplaintStatus.CLOSED) {
            throw new ClockStateException("the case is closed");
        }
        return complaint;
    }

    private List<EscalationRung> ladder(Complaint complaint) {
        return policies.version(complaint.policyVersion()).map(p -> p.ladder(complaint.gradeCode()))
                .orElse(EscalationRung.DEFAULT_LADDER);
    }

    private BusinessCalendar calendar(Complaint complaint) {
        return calendars.find(complaint.region()).orElseThrow(() -> new IllegalStateException(
                "calendar " + complaint.region() + " of " + complaint.caseNumber().value() + " is gone"));
    }
}
