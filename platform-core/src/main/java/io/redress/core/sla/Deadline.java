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

import java.time.Instant;
import java.util.UUID;

/**
 * The clock of one stage of one case: the rule it follows (anchor + amount in a unit, in a calendar), its due time
 * once the anchor has happened, and whether it was met.
 */
@Entity
@Table(name = "deadline")
public class Deadline extends TenantOwned {

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

    protected Deadline() {
    }

    Deadline(String complaintId, StagePlan plan, String calendarCode, int position, Instant dueAt) {
        this.id = UUID.randomUUID().toString();
        this.complaintId = complaintId;
        this.stage = plan.stage();
        this.anchor = plan.anchor();
        this.amount = plan.amount();
        this.unit = plan.unit();
        this.recurring = plan.recurring();
        this.calendarCode = calendarCode;
        this.position = position;
        this.dueAt = dueAt;
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

    public boolean isOverdueAt(Instant now) {
        return completedAt == null && dueAt != null && dueAt.isBefore(now);
    }
}
