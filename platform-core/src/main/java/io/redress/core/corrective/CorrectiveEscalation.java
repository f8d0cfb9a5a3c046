package io.redress.core.corrective;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One rung of the ladder an overdue action reached: whom it told, and when. Never changed. */
@Entity
@Table(name = "corrective_escalation")
public class CorrectiveEscalation extends TenantOwned {

    @Id
    private String id;
    @Column(name = "action_id", nullable = false)
    private String actionId;
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

    protected CorrectiveEscalation() {
    }

    CorrectiveEscalation(String actionId, int rung, int sharePercent, String target, Instant dueAt, Instant reachedAt,
                         Instant recordedAt) {
        this.id = UUID.randomUUID().toString();
        this.actionId = actionId;
        this.rung = rung;
        this.sharePercent = sharePercent;
        this.target = target;
        this.dueAt = dueAt;
        this.reachedAt = reachedAt;
        this.recordedAt = recordedAt;
    }

    public String actionId() {
        return actionId;
    }

    /** 1 for the first rung. */
    public int rung() {
        return rung;
    }

    public int sharePercent() {
        return sharePercent;
    }

    /** {@code OWNER}, {@code SUPERVISOR} or {@code DIRECTOR}. */
    public String target() {
        return target;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant reachedAt() {
        return reachedAt;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
