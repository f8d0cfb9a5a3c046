package io.redress.core.sla;

import io.redress.core.NotFoundException;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.StagePlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stage clocks of cases: puts a case on the clocks of its handling plan, completes, pauses, resumes, extends and
 * replaces them, and applies the escalation ladder to them. A stage anchored on receipt gets its due time at once;
 * one anchored on another stage waits, without a due time, until that stage is completed. Every method runs within
 * the caller's transaction, already bound to the tenant; the caller records what happened in the case's timeline.
 */
@ApplicationScoped
public class DeadlineSchedule {

    /** The stage whose completion ends the recurring clocks ("progress updates until resolved"). */
    public static final String RESOLUTION = "RESOLUTION";
    private static final int MAX_DAYS_TO_A_WORKING_DAY = 366;

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Deadline> start(String complaintId, HandlingPlan plan, List<EscalationRung> ladder, BusinessCalendar calendar,
                                Instant receivedAt) {
        List<Deadline> deadlines = new ArrayList<>();
        int position = 0;
        for (StagePlan stage : plan.stages()) {
            Deadline deadline = new Deadline(complaintId, stage, calendar.code(), position++, 1);
            if (stage.anchoredOnReceipt()) {
                begin(deadline, calendar, ladder, receivedAt);
            }
            em.persist(deadline);
            deadlines.add(deadline);
        }
        return deadlines;
    }

    /**
     * After a regrade: the clocks still open are replaced by those of the new plan; completed ones stay as they were
     * met or missed, and a new stage whose anchor stage is already complete starts from that completion. A recurring
     * stage goes on from its last completed occurrence, unless the case is resolved. Clocks of a case that waits for
     * the customer are created paused.
     *
     * @param pausedAt null unless the case waits for the customer
     * @return the open deadlines that were replaced, for the timeline
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Deadline> replaceOpen(String complaintId, HandlingPlan plan, List<EscalationRung> ladder,
                                      BusinessCalendar calendar, Instant receivedAt, Instant pausedAt) {
        List<Deadline> existing = of(complaintId);
        List<Deadline> replaced = existing.stream().filter(Deadline::isOpen).toList();
        replaced.forEach(em::remove);
        em.flush();
        Map<String, Deadline> lastCompleted = new HashMap<>();
        existing.stream().filter(d -> !d.isOpen()).forEach(d -> lastCompleted.merge(d.stage(), d,
                (a, b) -> a.occurrence() >= b.occurrence() ? a : b));
        Map<String, Integer> occurrences = new HashMap<>();
        existing.forEach(d -> occurrences.merge(d.stage(), d.occurrence(), Math::max));
        boolean resolved = lastCompleted.containsKey(RESOLUTION);
        int position = existing.stream().mapToInt(Deadline::position).max().orElse(-1) + 1;
        for (StagePlan stage : plan.stages()) {
            Deadline done = lastCompleted.get(stage.stage());
            if (done != null && (!stage.recurring() || resolved)) {
                continue;
            }
            Instant anchor;
            if (done != null) {
                anchor = done.completedAt();
            } else if (stage.anchoredOnReceipt()) {
                anchor = receivedAt;
            } else {
                Deadline anchorStage = lastCompleted.get(stage.anchor());
                anchor = anchorStage == null ? null : anchorStage.completedAt();
            }
            Deadline deadline = new Deadline(complaintId, stage, calendar.code(), position++,
                    occurrences.getOrDefault(stage.stage(), 0) + 1);
            if (anchor != null) {
                begin(deadline, calendar, ladder, anchor);
            }
            if (pausedAt != null) {
                deadline.pause(pausedAt);
            }
            em.persist(deadline);
        }
        return replaced;
    }

    /** What completing a stage did. */
    public record Completion(Deadline completed, Deadline nextOccurrence, List<Deadline> started, List<Deadline> cancelled) {
    }

    /**
     * Completes the running clock of a stage at {@code now}: met when not after its due time. A recurring stage gets
     * its next occurrence from now; the stages anchored on this one start now; completing the resolution ends the
     * recurring clocks.
     *
     * @throws NotFoundException    if the case's plan has no such stage
     * @throws ClockStateException  if the stage is already complete or its anchor has not happened
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Completion complete(String complaintId, String stage, List<EscalationRung> ladder, BusinessCalendar calendar,
                               Instant now) {
        List<Deadline> clocks = of(complaintId);
        Deadline clock = runningClock(clocks, stage);
        clock.complete(now);
        List<Deadline> cancelled = new ArrayList<>();
        if (RESOLUTION.equals(stage)) {
            clocks.stream().filter(d -> d.recurring() && d.isOpen()).forEach(d -> {
                d.cancel(now);
                cancelled.add(d);
            });
        }
        Deadline next = null;
        if (clock.recurring() && clocks.stream().noneMatch(d -> RESOLUTION.equals(d.stage()) && !d.isOpen())) {
            int position = clocks.stream().mapToInt(Deadline::position).max().orElse(-1) + 1;
            next = new Deadline(complaintId, clock.plan(), clock.calendarCode(), position, clock.occurrence() + 1);
            begin(next, calendar, ladder, now);
            em.persist(next);
        }
        List<Deadline> started = new ArrayList<>();
        clocks.stream().filter(d -> d.isOpen() && d.dueAt() == null && stage.equals(d.anchor())).forEach(d -> {
            begin(d, calendar, ladder, now);
            started.add(d);
        });
        return new Completion(clock, next, started, cancelled);
    }

    /** Ends every open clock of a case that is closed: missed if it was late, else neither met nor missed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Deadline> closeOpen(String complaintId, Instant now) {
        List<Deadline> open = of(complaintId).stream().filter(Deadline::isOpen).toList();
        open.forEach(d -> d.cancel(now));
        return open;
    }

    /** Stops every open clock of the case at {@code now}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Deadline> pause(String complaintId, Instant now) {
        List<Deadline> open = of(complaintId).stream().filter(Deadline::isOpen).toList();
        open.forEach(d -> d.pause(now));
        return open;
    }

    /** A clock moved by a resume or an extension. */
    public record Moved(Deadline clock, Instant from, Instant to) {
    }

    /**
     * Restarts the paused clocks: each running one's start and due time move later by the time the pause swallowed —
     * the working time for clocks in working units or weekly, the elapsed time for hours and days.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Moved> resume(String complaintId, List<EscalationRung> ladder, BusinessCalendar calendar, Instant now) {
        List<Moved> moved = new ArrayList<>();
        for (Deadline d : of(complaintId)) {
            if (!d.isOpen() || d.pausedAt() == null) {
                continue;
            }
            Instant pausedAt = d.pausedAt();
            if (d.dueAt() == null) {
                d.resume(null, null);
                continue;
            }
            Instant from = d.dueAt();
            Instant due = shift(d, calendar, from, pausedAt, now);
            Instant started = d.startedAt() == null ? null : shift(d, calendar, d.startedAt(), pausedAt, now);
            d.resume(started, due);
            d.scheduleNextAction(EscalationLadder.nextAction(calendar, d, ladder));
            moved.add(new Moved(d, from, due));
        }
        return moved;
    }

    private static Instant shift(Deadline d, BusinessCalendar calendar, Instant instant, Instant pausedAt, Instant resumedAt) {
        if (countsWorkingTime(d)) {
            return calendar.resumeShift(instant, pausedAt, resumedAt);
        }
        return instant.plus(Duration.between(pausedAt, resumedAt));
    }

    private static boolean countsWorkingTime(Deadline d) {
        return d.weeklyOn() != null || d.unit() == DeadlineUnit.WORKING_HOURS || d.unit() == DeadlineUnit.WORKING_DAYS;
    }

    /**
     * Moves the due time of a stage's running clock later by {@code amount} {@code unit}, counted from the old due
     * time in the clock's calendar. The rungs already reached stay reached.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Moved extend(String complaintId, String stage, int amount, DeadlineUnit unit, List<EscalationRung> ladder,
                        BusinessCalendar calendar) {
        Deadline clock = runningClock(of(complaintId), stage);
        Instant from = clock.dueAt();
        clock.extend(calendar.dueAt(from, amount, unit));
        clock.scheduleNextAction(clock.pausedAt() == null ? EscalationLadder.nextAction(calendar, clock, ladder) : null);
        return new Moved(clock, from, clock.dueAt());
    }

    /**
     * Records every rung of the ladder that the clock has reached by {@code now} and not yet recorded, each once, and
     * schedules the next one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Escalation> escalate(Deadline clock, List<EscalationRung> ladder, BusinessCalendar calendar, Instant now) {
        List<Escalation> reached = new ArrayList<>();
        while (clock.isRunning() && clock.pausedAt() == null && clock.startedAt() != null && clock.rungsDone() < ladder.size()) {
            EscalationRung rung = ladder.get(clock.rungsDone());
            Instant at = EscalationLadder.reachedAt(calendar, clock.unit(), clock.weeklyOn() != null, clock.startedAt(),
                    clock.dueAt(), rung.sharePercent());
            if (at.isAfter(now)) {
                break;
            }
            Escalation escalation = new Escalation(clock, clock.rungsDone(), rung, at, now);
            em.persist(escalation);
            reached.add(escalation);
            clock.rungReached();
        }
        clock.scheduleNextAction(EscalationLadder.nextAction(calendar, clock, ladder));
        return reached;
    }

    /** The clock no longer escalates (its calendar is gone); the case view still shows it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stopEscalating(Deadline clock) {
        clock.scheduleNextAction(null);
    }

    private Deadline runningClock(List<Deadline> clocks, String stage) {
        List<Deadline> ofStage = clocks.stream().filter(d -> d.stage().equals(stage)).toList();
        if (ofStage.isEmpty()) {
            Set<String> stages = new HashSet<>();
            clocks.forEach(d -> stages.add(d.stage()));
            throw new NotFoundException("the case's plan has no stage " + stage + "; its stages: " + stages);
        }
        List<Deadline> open = ofStage.stream().filter(Deadline::isOpen)
                .sorted(Comparator.comparingInt(Deadline::occurrence)).toList();
        if (open.isEmpty()) {
            throw new ClockStateException("stage " + stage + " is already complete");
        }
        Deadline clock = open.get(0);
        if (clock.dueAt() == null) {
            throw new ClockStateException("the clock of " + stage + " has not started: it starts when " + clock.anchor()
                    + " is complete");
        }
        return clock;
    }

    private void begin(Deadline deadline, BusinessCalendar calendar, List<EscalationRung> ladder, Instant anchorAt) {
        deadline.start(anchorAt, dueAt(deadline.plan(), calendar, anchorAt));
        deadline.scheduleNextAction(EscalationLadder.nextAction(calendar, deadline, ladder));
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

    /** The escalations recorded for a case, in the order they were reached. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Escalation> escalations(String complaintId) {
        return em.createQuery("SELECT e FROM Escalation e WHERE e.complaintId = :id ORDER BY e.reachedAt, e.rung", Escalation.class)
                .setParameter("id", complaintId).getResultList();
    }
}
