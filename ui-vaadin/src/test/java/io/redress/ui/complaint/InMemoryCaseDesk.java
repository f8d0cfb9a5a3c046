package io.redress.ui.complaint;

import io.redress.core.complaint.CaseDesk;
import io.redress.core.complaint.CaseAction;
import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.identity.Caller;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The platform's case desk for one case of one tenant ("acme"), in memory: completing a stage closes its first open
 * clock (met when on time), waiting for the customer pauses the open clocks and resuming runs them again, each with a
 * timeline entry. It records every call, and {@link #failNext} makes the next act fail as the platform's would.
 */
final class InMemoryCaseDesk implements CaseDesk {

    static final String TENANT = "acme";

    private final Clock clock;
    private CaseDetail detail;
    private ComplaintStatus statusBeforePause;
    private RuntimeException failure;
    final List<String> calls = new ArrayList<>();
    List<Member> members = List.of();
    String statement;
    private String assignee;
    int finds;

    InMemoryCaseDesk(Clock clock, CaseDetail detail) {
        this.clock = clock;
        this.detail = detail;
    }

    void failNext(RuntimeException e) {
        failure = e;
    }

    @Override
    public Optional<CaseDetail> find(String tenant, String caseNumber) {
        finds++;
        return TENANT.equals(tenant) && detail.caseNumber().equals(caseNumber) ? Optional.of(detail) : Optional.empty();
    }

    @Override
    public CaseDetail completeStage(String tenant, String caseNumber, String stage, String note, String actor) {
        act("completeStage " + caseNumber + " " + stage + " note=" + note + " by " + actor);
        StageClock open = detail.clocks().stream()
                .filter(c -> c.stage().equals(stage) && c.outcome() == null && c.dueAt() != null && !c.paused())
                .findFirst().orElseThrow(() -> new IllegalStateException("no open clock of " + stage));
        List<StageClock> clocks = detail.clocks().stream().map(c -> c != open ? c
                : new StageClock(c.stage(), c.occurrence(), c.recurring(), c.anchor(), c.amount(), c.unit(), c.calendar(),
                c.startedAt(), c.dueAt(), clock.instant(), !clock.instant().isAfter(c.dueAt()), "COMPLETED", false, null,
                c.rungsDone())).toList();
        return change(detail.status(), detail.pausedAt(), clocks, "STAGE_COMPLETED", actor, "{\"stage\":\"" + stage + "\"}");
    }

    @Override
    public CaseDetail waitForCustomer(String tenant, String caseNumber, String note, String actor) {
        act("waitForCustomer " + caseNumber + " note=" + note + " by " + actor);
        statusBeforePause = detail.status();
        return change(ComplaintStatus.WAITING_FOR_CUSTOMER, clock.instant(), paused(true), "WAITING_FOR_CUSTOMER", actor, "{}");
    }

    @Override
    public CaseDetail resume(String tenant, String caseNumber, String note, String actor) {
        act("resume " + caseNumber + " note=" + note + " by " + actor);
        return change(statusBeforePause, null, paused(false), "RESUMED", actor, "{}");
    }

    @Override
    public Handling handling(String tenant, String caseNumber, Caller caller) {
        List<CaseAction> actions = Arrays.stream(CaseAction.values())
                .filter(a -> caller.hasAny(a.roles()) && a.allowedFrom(detail.status())).toList();
        return new Handling(assignee, assignee == null ? null : "MIDDLE_EAST_CENTRE", assignee != null && !"omar".equals(assignee),
                members, statement, actions);
    }

    /** Waiting and resuming as {@link #waitForCustomer} and {@link #resume}; any other action moves the status. */
    @Override
    public CaseDetail transition(String tenant, String caseNumber, CaseAction action, String note, String assignee, Caller caller) {
        if (action == CaseAction.WAIT_FOR_CUSTOMER) {
            return waitForCustomer(tenant, caseNumber, note, caller.username());
        }
        if (action == CaseAction.RESUME) {
            return resume(tenant, caseNumber, note, caller.username());
        }
        act("transition " + caseNumber + " " + action + (assignee == null ? "" : " to " + assignee) + " by " + caller.username());
        if (action == CaseAction.ASSIGN) {
            this.assignee = assignee;
        }
        return change(action.to(), detail.pausedAt(), detail.clocks(), "TRANSITION", caller.username(), "{\"action\":\"" + action + "\"}");
    }

    @Override
    public List<String> candidates(String tenant, String caseNumber) {
        return List.of("omar", "lena");
    }

    private void act(String call) {
        calls.add(call);
        if (failure != null) {
            RuntimeException e = failure;
            failure = null;
            throw e;
        }
    }

    private List<StageClock> paused(boolean paused) {
        return detail.clocks().stream().map(c -> c.outcome() != null || c.dueAt() == null ? c
                : new StageClock(c.stage(), c.occurrence(), c.recurring(), c.anchor(), c.amount(), c.unit(), c.calendar(),
                c.startedAt(), c.dueAt(), c.completedAt(), c.met(), c.outcome(), paused, c.workingTimeLeft(), c.rungsDone()))
                .toList();
    }

    private CaseDetail change(ComplaintStatus status, Instant pausedAt, List<StageClock> clocks, String kind,
                              String actor, String eventDetail) {
        List<TimelineItem> timeline = new ArrayList<>(detail.timeline());
        timeline.add(new TimelineItem(timeline.size() + 1, clock.instant(), kind, actor, eventDetail));
        detail = new CaseDetail(detail.caseNumber(), detail.subject(), detail.description(), detail.complainantName(),
                detail.gradeCode(), detail.gradeLabel(), status, detail.receivedAt(), detail.region(), detail.zone(), pausedAt,
                clocks, detail.escalations(), timeline, detail.trackingToken());
        return detail;
    }
}
