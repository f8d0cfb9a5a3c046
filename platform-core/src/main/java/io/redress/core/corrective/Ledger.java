package io.redress.core.corrective;

import io.redress.core.identity.Caller;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The corrective-action ledger as its users see it — the REST API and the staff UI depend on this, not on
 * persistence. Every act checks the caller: supervisors and above create actions, only the owner reports one done,
 * only a supervisor or above other than the owner verifies it.
 */
public interface Ledger {

    /** The tenant's actions matching every filter given, the earliest due first. */
    List<ActionView> list(String tenant, LedgerQuery query);

    Optional<ActionView> find(String tenant, String id);

    ActionView create(String tenant, NewCorrectiveAction action, Caller caller);

    /** The owner reports the action carried out, with the evidence. */
    ActionView markDone(String tenant, String id, String evidence, Caller caller);

    /** Someone other than the owner accepts it (closed), or rejects it with the reason (open again). */
    ActionView verify(String tenant, String id, boolean accept, String reason, Caller caller);

    /** Filters of the ledger; a null filter does not filter. */
    record LedgerQuery(CorrectiveActionStatus status, String owner, Boolean overdue, String caseNumber) {
        public static final LedgerQuery ALL = new LedgerQuery(null, null, null, null);
    }

    /**
     * @param overdue open past its due time now
     */
    record ActionView(String id, String title, String cause, String owner, LocalDate dueDate, Instant dueAt,
                      String acceptanceCriteria, List<String> caseNumbers, CorrectiveActionStatus status, boolean overdue,
                      String evidence, Instant doneAt, String rejectionReason, int rejections, String verifiedBy,
                      Instant verifiedAt, String createdBy, Instant createdAt, Instant nextEscalationAt,
                      List<EscalationView> escalations) {
    }

    /** A rung an overdue action reached: 1 the owner, 2 the supervisor, 3 the director. */
    record EscalationView(int rung, int sharePercent, String target, Instant reachedAt, Instant recordedAt) {
    }
}
