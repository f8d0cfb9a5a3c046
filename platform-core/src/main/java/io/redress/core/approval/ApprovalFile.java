package io.redress.core.approval;

import io.redress.plugin.api.ApprovalMode;
import io.redress.plugin.api.Approver;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;

import java.time.Instant;
import java.util.List;

/**
 * A request as the API and the UI show it: what is to be approved (and its canonical content and hash), its chain
 * with each step's deadline, and every signature so far.
 *
 * @param amount    null when the decision commits no money
 * @param extension      for an EXTENSION: the stage and the time asked for; else null
 * @param escalatedToYou in an inbox ({@code assignedTo}): the caller may sign only because the current step was
 *                       missed and escalated to them; false everywhere else
 */
public record ApprovalFile(String id, String caseNumber, DecisionType type, ApprovalStatus status, Money amount,
                           String subject, int version, ApprovedContent.Extension extension, String content,
                           String contentHash, String rule, int currentStep, String requestedBy, Instant requestedAt,
                           Instant decidedAt, List<Step> steps, List<Signed> signatures, boolean escalatedToYou) {

    /**
     * One step of the chain; {@code dueAt} is set once it started, {@code escalatedAt} once it was missed, and
     * {@code escalatedTo} then names the level up it was opened to (null when there is none).
     */
    public record Step(int number, ApprovalMode mode, List<Approver> approvers, int deadlineAmount, DeadlineUnit deadlineUnit,
                       StepOutcome status, Instant startedAt, Instant dueAt, Instant completedAt, Instant escalatedAt,
                       Approver escalatedTo) {
    }

    /** A signature on the approver {@code approver} of step {@code step}. */
    public record Signed(int step, Approver approver, String signer, String onBehalfOf, Verdict verdict, String comment,
                         String payloadHash, Instant signedAt) {
    }

    /** The step being decided, or null when the request is decided. */
    public Step current() {
        return status != ApprovalStatus.PENDING ? null
                : steps.stream().filter(s -> s.number() == currentStep).findFirst().orElse(null);
    }
}
