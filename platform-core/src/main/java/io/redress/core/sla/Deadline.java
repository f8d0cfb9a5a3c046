package io.redress.core.sla;

import io.redress.core.persistence.TenantOwned;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.StagePlan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.UUID;

/**
 * The clock of one stage of one case: the rule it follows (anchor + amount in a unit, in a calendar), its due time
 * once the anchor has happened, and whether it was met.
 */
@Entity
@Table(name = "deadline")
public class Deadline extends TenantOwned {

    public static final String COMPLETED = "COMPLETED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    private String id;
    @Column(name = "complaint_id", nullable = false)
    private String complaintId;
    @Column(nullable = false)
    private String stage;
    @Column(nullable = false)
    private String anchor;
    @Column(nullable = false)
    private int amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeadlineUnit unit;
    @Column(nullable = false)
    private boolean recurring;
    @Column(name = "calendar_code", nullable = false)
    private String calendarCode;
    @Column(nullable = false)
    private int position;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    private Boolean met;
    @Column(nullable = false)
    private int occurrence;
    @Enumerated(EnumType.STRING)
    @Column(name = "weekly_on")
    private DayOfWeek weeklyOn;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "paused_at")
    private Instant pausedAt;
    private String outcome;
    @Column(name = "rungs_done", nullable = false)
    private int rungsDone;
    @Column(name = "next_action_at")
    private Instant nextActionAt;

    protected Deadline() {
    }

    Deadline(String complaintId, StagePlan plan, String calendarCode, int position, int occurrence) {
        this.id = UUID.randomUUID().toString();
        this.complaintId = complaintId;
        this.stage = plan.stage();
        this.anchor = plan.anchor();
        this.amount = plan.amount();
        this.unit = plan.unit();
        this.recurring = plan.recurring();
        this.weeklyOn = plan.weeklyOn();
        this.calendarCode = calendarCode;
        this.position = position;
        this.occurrence = occurrence;
    }

    /** The rule this clock follows. */
    public StagePlan plan() {
        return new StagePlan(stage, anchor, amount, unit, recurring, weeklyOn);
    }

    void start(Instant startedAt, Instant dueAt) {
        this.startedAt = startedAt;
        this.dueAt = dueAt;
    }

    /** Completed at {@code at}: met when not after the due time. */
    void complete(Instant at) {
        this.completedAt = at;
        this.met = !at.isAfter(dueAt);
        this.outcome = COMPLETED;
        this.nextActionAt = null;
        this.pausedAt = null;
    }

    /** A recurring clock closed because the case was resolved: missed if it was already late, else neither. */
    void cancel(Instant at) {
        this.completedAt = at;
        this.met = dueAt != null && dueAt.isBefore(at) ? Boolean.FALSE : null;
        this.outcome = CANCELLED;
        this.nextActionAt = null;
        this.pausedAt = null;
    }

    void pause(Instant at) {
        this.pausedAt = at;
        this.nextActionAt = null;
    }

    void resume(Instant startedAt, Instant dueAt) {
        this.pausedAt = null;
        this.startedAt = startedAt;
        this.dueAt = dueAt;
    }

    void extend(Instant dueAt) {
        this.dueAt = dueAt;
    }

    void scheduleNextAction(Instant at) {
        this.nextActionAt = at;
    }

    void rungReached() {
        this.rungsDone++;
    }

    public String complaintId() {
        return complaintId;
    }

    public String stage() {
        return stage;
    }

    public String anchor() {
        return anchor;
    }

    public int amount() {
        return amount;
    }

    public DeadlineUnit unit() {
        return unit;
    }

    public boolean recurring() {
        return recurring;
    }

    public String calendarCode() {
        return calendarCode;
    }

    public int position() {
        return position;
    }

    /** Null while the anchor has not happened. */
    public Instant dueAt() {
        return dueAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    /** Null while open; then whether it was completed by its due time. */
    public Boolean met() {
        return met;
    }

    public int occurrence() {
        return occurrence;
    }

    public DayOfWeek weeklyOn() {
        return weeklyOn;
    }

    /** When the anchor happened (moved later by pauses); null while it has not. */
    public Instant startedAt() {
        return startedAt;
    }

    /** Since when the clock stands still because the case waits for the customer; null while it runs. */
    public Instant pausedAt() {
        return pausedAt;
    }

    /** Null while open; {@value #COMPLETED} or {@value #CANCELLED}. */
    public String outcome() {
        return outcome;
    }

    /** How many rungs of the escalation ladder the clock has reached. */
    public int rungsDone() {
        return rungsDone;
    }

    /** When the next rung is reached; null when none is left or the clock is closed or paused. */
    public Instant nextActionAt() {
        return nextActionAt;
    }

    public String id() {
        return id;
    }

    public boolean isOpen() {
        return completedAt == null;
    }

    /** Open and its anchor has happened. */
    public boolean isRunning() {
        return completedAt == null && dueAt != null;
    }

    /**
     * Open and past its due time. A paused clock stands still: it is overdue only if it was already late when the
     * case began to wait.
     */
    public boolean isOverdueAt(Instant now) {
        return completedAt == null && dueAt != null && dueAt.isBefore(pausedAt != null ? pausedAt : now);
    }
}
