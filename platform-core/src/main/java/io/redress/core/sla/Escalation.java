package io.redress.core.sla;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A rung of the escalation ladder that a clock reached: who was to be told, when the rung was reached and when the
 * sweep recorded it. The database lets a rung be recorded once per clock, whatever the number of sweeps or nodes.
 */
@Entity
@Table(name = "escalation")
public class Escalation extends TenantOwned {

    @Id
    private String id;
    @Column(name = "complaint_id", nullable = false)
    private String complaintId;
    @Column(name = "deadline_id", nullable = false)
    private String deadlineId;
    @Column(nullable = false)
    private String stage;
    @Column(nullable = false)
    private int occurrence;
    @Column(nullable = false)
    private int rung;
    @Column(name = "share_percent", nullable = false)
    private int sharePercent;
    @Column(name = "notify", nullable = false)
    private String target;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "reached_at", nullable = false)
    private Instant reachedAt;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Escalation() {
    }

    Escalation(Deadline clock, int rung, EscalationRung rule, Instant reachedAt, Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.complaintId = clock.complaintId();
        this.deadlineId = clock.id();
        this.stage = clock.stage();
        this.occurrence = clock.occurrence();
        this.rung = rung;
        this.sharePercent = rule.sharePercent();
        this.target = rule.target();
        this.dueAt = clock.dueAt();
        this.reachedAt = reachedAt;
        this.recordedAt = recordedAt;
    }

    public String complaintId() {
        return complaintId;
    }

    public String deadlineId() {
        return deadlineId;
    }

    public String stage() {
        return stage;
    }

    public int occurrence() {
        return occurrence;
    }

    /** The rung's place in the ladder, from 0. */
    public int rung() {
        return rung;
    }

    public int sharePercent() {
        return sharePercent;
    }

    /** Whom the rung notifies: ASSIGNEE, SUPERVISOR, DIRECTOR, MANAGEMENT or a unit's code. */
    public String target() {
        return target;
    }

    /** The clock's due time when the rung was reached. */
    public Instant dueAt() {
        return dueAt;
    }

    public Instant reachedAt() {
        return reachedAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Reached before the due time: a warning. */
    public boolean isWarning() {
        return sharePercent < 100;
    }
}
