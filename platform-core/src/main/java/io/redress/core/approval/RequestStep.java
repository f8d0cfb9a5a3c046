package io.redress.core.approval;

import io.redress.core.persistence.TenantOwned;
import io.redress.plugin.api.ApprovalMode;
import io.redress.plugin.api.ApprovalScope;
import io.redress.plugin.api.ApprovalStep;
import io.redress.plugin.api.Approver;
import io.redress.plugin.api.DeadlineUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One step of a request's chain as the plugin chose it: its approvers ({@code role@SCOPE}), how they decide, and
 * its deadline, due from the moment the step starts. A missed deadline is escalated once ({@code escalatedAt}): the
 * step is then also open to {@code escalatedTo}, the chain's {@code escalateTo} or else the next level up of
 * {@link #LADDER}.
 */
@Entity
@Table(name = "approval_step")
public class RequestStep extends TenantOwned {

    @Id
    private String id;
    @Column(name = "request_id", nullable = false)
    private String requestId;
    @Column(name = "step_no", nullable = false)
    private int number;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalMode mode;
    @Column(nullable = false)
    private String approvers;
    @Column(name = "deadline_amount", nullable = false)
    private int deadlineAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_unit", nullable = false)
    private DeadlineUnit deadlineUnit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StepOutcome status;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "escalate_to")
    private String escalateTo;
    @Column(name = "escalated_to")
    private String escalatedTo;

    /** The platform's ladder of positions, lowest first, for the steps whose chain names no {@code escalateTo}. */
    static final List<String> LADDER = List.of("supervisor", "director", "management");

    protected RequestStep() {
    }

    RequestStep(String requestId, int number, ApprovalStep step) {
        this.id = UUID.randomUUID().toString();
        this.requestId = requestId;
        this.number = number;
        this.mode = step.mode();
        this.approvers = step.approvers().stream().map(RequestStep::slot).collect(Collectors.joining(","));
        this.deadlineAmount = step.deadlineAmount();
        this.deadlineUnit = step.deadlineUnit();
        this.status = StepOutcome.WAITING;
        this.escalateTo = step.escalateTo() == null ? null : slot(step.escalateTo());
    }

    /**
     * Whom the step is opened to once missed: the chain's {@code escalateTo}; else one level above the highest of its
     * approvers on the {@link #LADDER} — a supervisor's step goes to the director of the same place, a director's to
     * management ({@code management@MANAGEMENT}); empty when no approver is on the ladder or the top is reached.
     */
    Optional<Approver> escalationTarget() {
        if (escalateTo != null) {
            return Optional.of(approverOf(escalateTo));
        }
        return nextLevelUp(approvers().stream().map(RequestStep::approverOf).toList());
    }

    static Optional<Approver> nextLevelUp(List<Approver> approvers) {
        Approver highest = null;
        for (Approver approver : approvers) {
            int rung = LADDER.indexOf(approver.role());
            if (rung >= 0 && (highest == null || rung > LADDER.indexOf(highest.role()))) {
                highest = approver;
            }
        }
        if (highest == null || LADDER.indexOf(highest.role()) == LADDER.size() - 1) {
            return Optional.empty();
        }
        String above = LADDER.get(LADDER.indexOf(highest.role()) + 1);
        Approver target = new Approver(above, above.equals("management") ? ApprovalScope.MANAGEMENT : highest.scope());
        return approvers.contains(target) ? Optional.empty() : Optional.of(target);
    }

    /** The slot of an approver in a step, as stored and signed: {@code director@OWN_DEPARTMENT}. */
    static String slot(Approver approver) {
        return approver.role() + "@" + approver.scope().name();
    }

    static Approver approverOf(String slot) {
        int at = slot.lastIndexOf('@');
        return new Approver(slot.substring(0, at), ApprovalScope.valueOf(slot.substring(at + 1)));
    }

    void start(Instant at, Instant due) {
        this.status = StepOutcome.OPEN;
        this.startedAt = at;
        this.dueAt = due;
    }

    void end(StepOutcome outcome, Instant at) {
        this.status = outcome;
        this.completedAt = at;
    }

    public String id() {
        return id;
    }

    public String requestId() {
        return requestId;
    }

    public int number() {
        return number;
    }

    public ApprovalMode mode() {
        return mode;
    }

    /** The approver slots, in the chain's order. */
    public List<String> approvers() {
        return Arrays.asList(approvers.split(","));
    }

    public int deadlineAmount() {
        return deadlineAmount;
    }

    public DeadlineUnit deadlineUnit() {
        return deadlineUnit;
    }

    public StepOutcome status() {
        return status;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    /** The slot the missed step was opened to ({@code role@SCOPE}), or null. */
    public String escalatedTo() {
        return escalatedTo;
    }
}
