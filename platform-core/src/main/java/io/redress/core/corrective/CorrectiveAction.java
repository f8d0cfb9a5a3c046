package io.redress.core.corrective;

import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.persistence.TenantOwned;
import io.redress.core.sla.ClockStateException;
import io.redress.core.sla.EscalationLadder;
import io.redress.core.sla.EscalationRung;
import io.redress.plugin.api.DeadlineUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One action of the ledger and its rules: only its owner reports it done, only someone else verifies it, each act only
 * in the status that allows it. An open action past its due time climbs the ledger's escalation ladder one rung at a
 * time ({@link #LADDER}); a report of done stops the climb, a rejection lets it go on from the rung it had reached.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends TenantOwned {

    /**
     * Shares of the time the owner was given (creation to due time), counted in elapsed time: at the due time the
     * owner is reminded, half that time again later the supervisor is told, after twice the time the director.
     */
    public static final List<EscalationRung> LADDER = List.of(new EscalationRung(100, "OWNER"),
            new EscalationRung(150, "SUPERVISOR"), new EscalationRung(200, "DIRECTOR"));

    @Id
    private String id;
    @Column(nullable = false)
    private String title;
    private String cause;
    @Column(nullable = false)
    private String owner;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "acceptance_criteria", nullable = false)
    private String acceptanceCriteria;
    @Column(name = "case_numbers", nullable = false)
    private String caseNumbers;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CorrectiveActionStatus status;
    private String evidence;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(nullable = false)
    private int rejections;
    @Column(name = "verified_by")
    private String verifiedBy;
    @Column(name = "verified_at")
    private Instant verifiedAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "rungs_done", nullable = false)
    private int rungsDone;
    @Column(name = "next_escalation_at")
    private Instant nextEscalationAt;

    protected CorrectiveAction() {
    }

    /**
     * @param dueAt the end of the due date in the tenant's time zone
     */
    CorrectiveAction(String title, String cause, String owner, LocalDate dueDate, Instant dueAt, String acceptanceCriteria,
                     List<String> caseNumbers, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.title = title;
        this.cause = cause;
        this.owner = owner;
        this.dueDate = dueDate;
        this.dueAt = dueAt;
        this.acceptanceCriteria = acceptanceCriteria;
        this.caseNumbers = caseNumbers.isEmpty() ? "," : "," + String.join(",", caseNumbers) + ",";
        this.status = CorrectiveActionStatus.OPEN;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.nextEscalationAt = nextRungAt();
    }

    /** The owner reports the action carried out, with the evidence the verifier checks against the criteria. */
    void markDone(String actor, String evidence, Instant at) {
        if (!owner.equals(actor)) {
            throw new NotAllowedException("only the owner " + owner + " reports this action done");
        }
        if (status != CorrectiveActionStatus.OPEN) {
            throw new ClockStateException("the action is " + status + "; only an open action can be reported done");
        }
        if (evidence == null || evidence.isBlank()) {
            throw new InvalidInputException("evidence", "is required: what was done, to be checked against the acceptance criteria");
        }
        this.status = CorrectiveActionStatus.DONE;
        this.evidence = evidence;
        this.doneAt = at;
        this.nextEscalationAt = null;
    }

    /** Someone other than the owner finds the acceptance criteria met: the action is closed. */
    void accept(String verifier, Instant at) {
        checkVerifiable(verifier);
        this.status = CorrectiveActionStatus.ACCEPTED;
        this.verifiedBy = verifier;
        this.verifiedAt = at;
        this.rejectionReason = null;
    }

    /** Someone other than the owner finds the criteria not met: back to the owner, open, with the reason. */
    void reject(String verifier, String reason, Instant at) {
        checkVerifiable(verifier);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: the owner must know what is missing");
        }
        this.status = CorrectiveActionStatus.OPEN;
        this.verifiedBy = verifier;
        this.verifiedAt = at;
        this.rejectionReason = reason;
        this.rejections++;
        this.nextEscalationAt = nextRungAt();
    }

    private void checkVerifiable(String verifier) {
        if (owner.equals(verifier)) {
            throw new NotAllowedException("the owner may not verify their own action; someone else must");
        }
        if (status != CorrectiveActionStatus.DONE) {
            throw new ClockStateException("the action is " + status + "; only an action reported done can be verified");
        }
    }

    /** The next rung of the ladder, if it has been reached by {@code now}; the action moves on to the one after. */
    EscalationRung climb(Instant now) {
        if (nextEscalationAt == null || nextEscalationAt.isAfter(now)) {
            return null;
        }
        EscalationRung rung = LADDER.get(rungsDone);
        rungsDone++;
        nextEscalationAt = nextRungAt();
        return rung;
    }

    /** When the rung {@code index} of the ladder is reached. */
    Instant rungReachedAt(int index) {
        return EscalationLadder.reachedAt(null, DeadlineUnit.DAYS, false, createdAt, dueAt, LADDER.get(index).sharePercent());
    }

    private Instant nextRungAt() {
        return status == CorrectiveActionStatus.OPEN && rungsDone < LADDER.size() ? rungReachedAt(rungsDone) : null;
    }

    /** Open past its due time. */
    public boolean isOverdueAt(Instant now) {
        return status == CorrectiveActionStatus.OPEN && dueAt.isBefore(now);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String cause() {
        return cause;
    }

    public String owner() {
        return owner;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public String acceptanceCriteria() {
        return acceptanceCriteria;
    }

    public List<String> caseNumbers() {
        return Arrays.stream(caseNumbers.split(",")).filter(s -> !s.isEmpty()).toList();
    }

    public CorrectiveActionStatus status() {
        return status;
    }

    public String evidence() {
        return evidence;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public int rejections() {
        return rejections;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int rungsDone() {
        return rungsDone;
    }

    /** Null when no rung is left or the action is not open. */
    public Instant nextEscalationAt() {
        return nextEscalationAt;
    }
}
