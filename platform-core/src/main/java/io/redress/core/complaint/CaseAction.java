package io.redress.core.complaint;

import io.redress.core.identity.Role;

import java.util.EnumSet;
import java.util.Set;

import static io.redress.core.complaint.ComplaintStatus.ACKNOWLEDGED;
import static io.redress.core.complaint.ComplaintStatus.ASSIGNED;
import static io.redress.core.complaint.ComplaintStatus.CLOSED;
import static io.redress.core.complaint.ComplaintStatus.FEEDBACK_GIVEN;
import static io.redress.core.complaint.ComplaintStatus.INVESTIGATING;
import static io.redress.core.complaint.ComplaintStatus.PLAN_APPROVED;
import static io.redress.core.complaint.ComplaintStatus.PLAN_PROPOSED;
import static io.redress.core.complaint.ComplaintStatus.RECEIVED;
import static io.redress.core.complaint.ComplaintStatus.REGISTERED;
import static io.redress.core.complaint.ComplaintStatus.REOPENED;
import static io.redress.core.complaint.ComplaintStatus.RESOLVED;
import static io.redress.core.complaint.ComplaintStatus.RESOLVING;
import static io.redress.core.complaint.ComplaintStatus.RETURN_VISITED;

/**
 * The lifecycle's transitions: from which statuses an action may be taken, by which roles, where it leads, and the
 * stage whose clock it completes (met or missed). {@code WAIT_FOR_CUSTOMER} and {@code RESUME} stop and restart the
 * clocks and are handled by {@link CaseClocks}.
 */
public enum CaseAction {

    /**
     * The immediate containment of a major case is done (the faulty operation stopped, a statement out, HQ, legal and
     * management told); the status stays. Offered only while a CONTAINMENT clock runs.
     */
    CONTAIN(Roles.OPEN, null, Roles.WORKERS, "CONTAINMENT"),
    /**
     * A progress update was given to the complainant; the status stays and the next update falls due. Offered only
     * while a PROGRESS_UPDATE clock runs.
     */
    REPORT_PROGRESS(Roles.OPEN, null, Roles.WORKERS, "PROGRESS_UPDATE"),
    /** The first response to the complainant. */
    ACKNOWLEDGE(EnumSet.of(RECEIVED, REOPENED), ACKNOWLEDGED, Roles.WORKERS, "RESPONSE"),
    /** The case is registered with its facts checked. */
    REGISTER(EnumSet.of(ACKNOWLEDGED), REGISTERED, Roles.WORKERS, "REGISTRATION"),
    /** Triage: a supervisor gives the case to a member of staff (again, to reassign it). */
    ASSIGN(EnumSet.of(REGISTERED, ASSIGNED, INVESTIGATING), ASSIGNED, Roles.LEADS, "TRIAGE"),
    /** The assignee starts investigating, on the investigation plan of a major case. */
    START_INVESTIGATION(EnumSet.of(ASSIGNED), INVESTIGATING, Roles.WORKERS, "INVESTIGATION_PLAN"),
    /** The investigation ends with a proposed handling plan (the note is the plan). */
    PROPOSE_PLAN(EnumSet.of(INVESTIGATING), PLAN_PROPOSED, Roles.WORKERS, "INVESTIGATION"),
    /** The plan is approved (by the approval chain when the policy names one). */
    APPROVE_PLAN(EnumSet.of(PLAN_PROPOSED), PLAN_APPROVED, Roles.LEADS, "PLAN"),
    /** The plan goes back to the investigation with the reason in the note. */
    REJECT_PLAN(EnumSet.of(PLAN_PROPOSED), INVESTIGATING, Roles.LEADS, null),
    START_RESOLUTION(EnumSet.of(PLAN_APPROVED), RESOLVING, Roles.WORKERS, null),
    /** The complaint is resolved; recurring progress updates end. */
    RESOLVE(EnumSet.of(RESOLVING), RESOLVED, Roles.WORKERS, "RESOLUTION"),
    /** The result is told to the complainant. */
    GIVE_FEEDBACK(EnumSet.of(RESOLVED), FEEDBACK_GIVEN, Roles.WORKERS, "FEEDBACK"),
    RECORD_RETURN_VISIT(EnumSet.of(FEEDBACK_GIVEN), RETURN_VISITED, Roles.WORKERS, "RETURN_VISIT"),
    /** The loop is closed: every open clock ends. */
    CLOSE(EnumSet.of(FEEDBACK_GIVEN, RETURN_VISITED), CLOSED, Roles.LEADS, null),
    /** A resolved or closed case is opened again: the complainant is not satisfied, or the fix did not hold. */
    REOPEN(EnumSet.of(RESOLVED, FEEDBACK_GIVEN, RETURN_VISITED, CLOSED), REOPENED, Roles.LEADS, null),
    WAIT_FOR_CUSTOMER(EnumSet.complementOf(EnumSet.of(CLOSED, ComplaintStatus.WAITING_FOR_CUSTOMER)),
            ComplaintStatus.WAITING_FOR_CUSTOMER, Roles.WORKERS, null),
    RESUME(EnumSet.of(ComplaintStatus.WAITING_FOR_CUSTOMER), null, Roles.WORKERS, null);

    private final Set<ComplaintStatus> from;
    private final ComplaintStatus to;
    private final Set<Role> roles;
    private final String stage;

    CaseAction(Set<ComplaintStatus> from, ComplaintStatus to, Set<Role> roles, String stage) {
        this.from = from;
        this.to = to;
        this.roles = roles;
        this.stage = stage;
    }

    public boolean allowedFrom(ComplaintStatus status) {
        return from.contains(status);
    }

    public Set<ComplaintStatus> from() {
        return EnumSet.copyOf(from);
    }

    /**
     * The status it leads to; null for RESUME, which returns to the status before the wait, and for the actions that
     * only complete their stage ({@link #keepsStatus()}).
     */
    public ComplaintStatus to() {
        return to;
    }

    /** Whether the action only completes its stage's clock and leaves the status as it is. */
    public boolean keepsStatus() {
        return this == CONTAIN || this == REPORT_PROGRESS;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /** The stage whose clock the action completes; null when none. */
    public String stage() {
        return stage;
    }

    private static final class Roles {
        static final Set<Role> WORKERS = EnumSet.of(Role.SPECIALIST, Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT);
        static final Set<Role> LEADS = EnumSet.of(Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT);
        /** The statuses of a case being worked: from intake to resolution. */
        static final Set<ComplaintStatus> OPEN = EnumSet.of(RECEIVED, REOPENED, ACKNOWLEDGED, REGISTERED, ASSIGNED,
                INVESTIGATING, PLAN_PROPOSED, PLAN_APPROVED, RESOLVING);
    }
}
