package io.redress.core.complaint;

import io.redress.core.identity.Caller;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.LocalizedText;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What the case view of the staff UI needs from the platform: one case with every stage clock and the escalations
 * so far, and the acts on its clocks. The UI depends on this, not on persistence.
 */
public interface CaseDesk {

    /** The case, or empty when the tenant has no case of that number. */
    Optional<CaseDetail> find(String tenant, String caseNumber);

    /** Records the stage's open clock as completed now (met or missed); starts the clocks anchored on it. */
    CaseDetail completeStage(String tenant, String caseNumber, String stage, String note, String actor);

    /** The case waits for the customer: its clocks stop. */
    CaseDetail waitForCustomer(String tenant, String caseNumber, String note, String actor);

    /** The customer answered: the clocks run again, due times moved by the working time paused. */
    CaseDetail resume(String tenant, String caseNumber, String note, String actor);

    /** Who handles the case, its group of complainants, and the lifecycle actions {@code caller} may take now. */
    Handling handling(String tenant, String caseNumber, Caller caller);

    /** Takes a lifecycle action (for ASSIGN, {@code assignee} is whom the case goes to). */
    CaseDetail transition(String tenant, String caseNumber, CaseAction action, String note, String assignee, Caller caller);

    /** The user names of trained staff who may be assigned the case, speakers of its language first. */
    List<String> candidates(String tenant, String caseNumber);

    /**
     * @param assignee        null until the case is assigned
     * @param needsTranslator the assignee does not speak the complainant's language
     * @param members         the further complainants of a group complaint
     * @param statement       the group's official statement; null until there is one
     * @param actions         what the caller may do now, in the lifecycle's order
     */
    record Handling(String assignee, String ownerUnit, boolean needsTranslator, List<Member> members, String statement,
                    List<CaseAction> actions) {
    }

    /** A further complainant of a group complaint. */
    record Member(String name, String email, String phone, String demand, boolean spokesperson) {
    }

    /**
     * @param zone          the tenant's time zone, in which the view shows instants
     * @param trackingToken the complainant's tracking token: staff give them the link {@code /track/<token>}
     */
    record CaseDetail(String caseNumber, String subject, String description, String complainantName,
                      String gradeCode, LocalizedText gradeLabel, ComplaintStatus status, Instant receivedAt,
                      String region, ZoneId zone, Instant pausedAt, List<StageClock> clocks,
                      List<EscalationStep> escalations, List<TimelineItem> timeline, String trackingToken) {
    }

    /**
     * One stage clock (a recurring stage has one per occurrence).
     *
     * @param startedAt        null while its anchor has not happened
     * @param dueAt            null while its anchor has not happened
     * @param met              null while open (or cancelled before its due time)
     * @param outcome          null while open; COMPLETED or CANCELLED
     * @param paused           the case waits for the customer and this clock is stopped
     * @param workingTimeLeft  working time until due (negative: late by it); null when closed or not started
     */
    record StageClock(String stage, int occurrence, boolean recurring, String anchor, int amount, DeadlineUnit unit,
                      String calendar, Instant startedAt, Instant dueAt, Instant completedAt, Boolean met,
                      String outcome, boolean paused, Duration workingTimeLeft, int rungsDone) {
    }

    /**
     * A rung of the grade's escalation ladder that a clock reached.
     *
     * @param sharePercent the share of the clock's duration at which the rung is reached (100: the due time)
     * @param target       whom the rung notifies: ASSIGNEE, SUPERVISOR, DIRECTOR, MANAGEMENT or a unit's code
     * @param reachedAt    when the clock reached the rung
     * @param recordedAt   when the sweep recorded it
     */
    record EscalationStep(String stage, int occurrence, int rung, int sharePercent, String target, Instant dueAt,
                          Instant reachedAt, Instant recordedAt) {
    }

    /** An entry of the case's timeline; {@code detail} is a JSON object's text. */
    record TimelineItem(int seq, Instant at, String kind, String actor, String detail) {
    }
}
