package io.redress.core.approval;

import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the approvals inbox of the staff UI needs from the platform. The UI depends on this, not on persistence. */
public interface ApprovalDesk {

    /** Who may sign at all; a position (director, finance…) then says which steps. Auditors and administrators never. */
    Set<Role> SIGNERS = Collections.unmodifiableSet(EnumSet.of(Role.SPECIALIST, Role.SUPERVISOR, Role.DIRECTOR,
            Role.MANAGEMENT));

    /** The requests made on a case, oldest first. */
    List<ApprovalFile> ofCase(String tenant, String caseNumber);

    /**
     * Puts a decision of the case other than its plan to approval; the tenant's chain decides who signs. A decision
     * the chain lets pass is approved at once (an approved closure closes the case).
     *
     * @param amount    the money committed, or null
     * @param extension for an EXTENSION: the stage and the time asked for; else null
     * @throws io.redress.core.InvalidInputException   naming the field that is wrong
     * @throws io.redress.core.NotAllowedException     if the caller may not ask for it
     * @throws io.redress.core.sla.ClockStateException if the case is closed
     */
    ApprovalFile request(String tenant, String caseNumber, DecisionType type, Money amount, String subject,
                         ApprovedContent.Extension extension, Caller caller);

    /** The pending requests whose current step the caller may sign, themselves or for someone away; oldest first. */
    List<ApprovalFile> assignedTo(String tenant, Caller caller);

    /**
     * Signs the current step of a request, after checking the signer's password.
     *
     * @param contentHash the hash of the content the signer was shown; null not to check it
     * @throws io.redress.core.NotAllowedException      on a wrong password, or if the caller may not sign this step
     * @throws io.redress.core.InvalidInputException    if a rejection comes without a comment
     * @throws io.redress.core.sla.ClockStateException  if the request is decided already or its content changed
     */
    ApprovalFile decide(String tenant, String requestId, Verdict verdict, String comment, char[] password,
                        String contentHash, Caller caller);
}
