package io.redress.ui.approval;

import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.approval.ApprovalDesk;
import io.redress.core.approval.ApprovalFile;
import io.redress.core.approval.ApprovalStatus;
import io.redress.core.approval.ApprovedContent;
import io.redress.core.approval.Verdict;
import io.redress.core.identity.Caller;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's approval desk in memory for one tenant ("acme"): the pending requests assigned to anyone, each
 * signer's password being "right-password"; a signature decides the request and takes it off the list. It records
 * every signature it accepted.
 */
final class InMemoryApprovalDesk implements ApprovalDesk {

    static final String TENANT = "acme";
    static final String PASSWORD = "right-password";

    private final List<ApprovalFile> pending;
    final List<String> signed = new ArrayList<>();
    /** What was put to approval through {@link #request}, each answered as the chain of a CLOSURE would be: pending. */
    final List<ApprovalFile> requested = new ArrayList<>();

    InMemoryApprovalDesk(List<ApprovalFile> pending) {
        this.pending = new ArrayList<>(pending);
    }

    @Override
    public List<ApprovalFile> assignedTo(String tenant, Caller caller) {
        return TENANT.equals(tenant) ? List.copyOf(pending) : List.of();
    }

    @Override
    public List<ApprovalFile> ofCase(String tenant, String caseNumber) {
        if (!TENANT.equals(tenant)) {
            return List.of();
        }
        List<ApprovalFile> all = new ArrayList<>(pending);
        all.addAll(requested);
        return all.stream().filter(r -> r.caseNumber().equals(caseNumber)).toList();
    }

    @Override
    public ApprovalFile request(String tenant, String caseNumber, DecisionType type, Money amount, String subject,
                                ApprovedContent.Extension extension, Caller caller) {
        if (amount != null && amount.amount().signum() <= 0) {
            throw new InvalidInputException("amount", "must be more than zero");
        }
        ApprovalFile made = new ApprovalFile("req-" + (requested.size() + 100), caseNumber, type, ApprovalStatus.PENDING,
                amount, subject, 1, extension, "{}", "b".repeat(64), "closure-by-director", 1, caller.username(),
                Instant.parse("2026-11-24T02:00:00Z"), null, List.of(), List.of(), false);
        requested.add(made);
        return made;
    }

    @Override
    public ApprovalFile decide(String tenant, String requestId, Verdict verdict, String comment, char[] password,
                               String contentHash, Caller caller) {
        if (!PASSWORD.equals(new String(password))) {
            throw new NotAllowedException("the password is not right: nothing was signed");
        }
        if (verdict == Verdict.REJECT && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "is required for a rejection");
        }
        ApprovalFile request = pending.stream().filter(r -> r.id().equals(requestId)).findFirst().orElseThrow();
        if (!request.contentHash().equals(contentHash)) {
            throw new IllegalStateException("the dialog must sign the hash it showed");
        }
        pending.remove(request);
        signed.add(caller.username() + " " + verdict + " " + requestId + (comment == null || comment.isBlank() ? "" : " " + comment));
        return new ApprovalFile(request.id(), request.caseNumber(), request.type(),
                verdict == Verdict.APPROVE ? ApprovalStatus.APPROVED : ApprovalStatus.REJECTED, request.amount(),
                request.subject(), request.version(), request.extension(), request.content(), request.contentHash(),
                request.rule(), request.currentStep(), request.requestedBy(), request.requestedAt(), null,
                request.steps(), List.of(), false);
    }
}
