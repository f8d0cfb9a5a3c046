package io.redress.core.complaint;

import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.core.notification.Notice;
import io.redress.core.notification.NotificationKind;
import io.redress.core.notification.Notifications;
import io.redress.core.persistence.Tenancy;
import io.redress.core.policy.ActivePolicy;
import io.redress.core.policy.OrganisationUnit;
import io.redress.core.policy.Policies;
import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.Calendars;
import io.redress.core.sla.ClockStateException;
import io.redress.core.sla.Deadline;
import io.redress.core.sla.DeadlineSchedule;
import io.redress.core.sla.EscalationRung;
import io.redress.core.staff.StaffDirectory;
import io.redress.core.staff.StaffProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Moves a case through its lifecycle ({@link CaseAction}): checks that the status allows the action and that the
 * caller may take it on this case, completes the stage clock the action stands for (met or missed), changes the
 * status, writes the timeline and tells the rest of the platform ({@link CaseTransitioned}). One transaction: a
 * refused action changes nothing.
 */
@ApplicationScoped
public class CaseLifecycle {

    private static final Set<Role> LEADS = EnumSet.of(Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT);

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    DeadlineSchedule schedule;

    @Inject
    CaseClocks clocks;

    @Inject
    Policies policies;

    @Inject
    Calendars calendars;

    @Inject
    StaffDirectory staff;

    @Inject
    Timeline timeline;

    @Inject
    ComplaintQueries queries;

    @Inject
    Event<CaseTransitioned> transitioned;

    @Inject
    Instance<TransitionGuard> guards;

    @Inject
    Clock clock;

    /**
     * @param assignee for ASSIGN: the user name of the staff member who is to handle the case
     * @throws NotAllowedException   if the caller's roles do not allow the action, or a specialist acts on a case
     *                               assigned to someone else
     * @throws ClockStateException   if the case's status does not allow it (409)
     */
    @Transactional
    public CaseFile transition(String tenant, String caseNumber, CaseAction action, String note, String assignee, Caller caller) {
        if (!caller.hasAny(action.roles())) {
            throw new NotAllowedException(action + " needs one of the roles " + action.roles().stream().map(Role::wireName).toList());
        }
        if (action == CaseAction.WAIT_FOR_CUSTOMER) {
            return clocks.waitForCustomer(tenant, caseNumber, note, caller.username());
        }
        if (action == CaseAction.RESUME) {
            return clocks.resume(tenant, caseNumber, note, caller.username());
        }
        Tenancy.bind(em, tenant);
        Complaint complaint = CaseLocks.lock(em, caseNumber);
        ComplaintStatus from = complaint.status();
        if (!action.allowedFrom(from)) {
            throw new ClockStateException(action + " is not allowed while the case is " + from + "; it is allowed from " + action.from());
        }
        if (complaint.assignee() != null && !complaint.assignee().equals(caller.username()) && !caller.hasAny(LEADS)) {
            throw new NotAllowedException("the case is assigned to " + complaint.assignee() + "; only they or a supervisor may act on it");
        }
        if (action.keepsStatus() && !running(complaint, action.stage())) {
            throw new ClockStateException("no " + action.stage() + " clock runs on this case: its plan has none, or it was completed");
        }
        for (TransitionGuard guard : guards) {
            guard.veto(tenant, complaint.id(), action, caller.username()).ifPresent(reason -> {
                throw new ClockStateException(reason);
            });
        }
        Instant now = clock.instant();
        JsonObjectBuilder detail = Json.createObjectBuilder().add("action", action.name()).add("from", from.name());
        if (action == CaseAction.ASSIGN) {
            assign(complaint, assignee, detail);
        }
        ActivePolicy policy = policies.version(complaint.policyVersion()).orElseGet(policies::current);
        List<EscalationRung> ladder = policy.ladder(complaint.gradeCode());
        BusinessCalendar calendar = calendars.find(complaint.region()).orElseThrow(() -> new IllegalStateException(
                "calendar " + complaint.region() + " of " + caseNumber + " is gone"));
        if (action.stage() != null) {
            completeIfRunning(complaint, action.stage(), ladder, calendar, now, detail);
        }
        if (action == CaseAction.CLOSE) {
            JsonArrayBuilder ended = Json.createArrayBuilder();
            schedule.closeOpen(complaint.id(), now).forEach(d -> ended.add(Json.createObjectBuilder().add("stage", d.stage())
                    .add("occurrence", d.occurrence()).add("met", d.met() == null ? "n/a" : d.met().toString())));
            detail.add("ended", ended);
        }
        boolean stays = action.keepsStatus() || action == CaseAction.ASSIGN && from != ComplaintStatus.REGISTERED;
        ComplaintStatus to = stays ? from : action.to();
        complaint.moveTo(to);
        detail.add("to", to.name());
        if (note != null && !note.isBlank()) {
            detail.add("note", note);
        }
        timeline.append(complaint, now, "TRANSITION", caller.username(), detail.build());
        if (action == CaseAction.ASSIGN && !complaint.assignee().equals(caller.username())) {
            notifications.send(List.of(complaint.assignee()), new Notice(NotificationKind.ASSIGNED, caseNumber, null,
                    "assigned:" + complaint.id() + ":" + now.toEpochMilli(), List.of(caseNumber, caller.username())));
        }
        em.flush();
        transitioned.fire(new CaseTransitioned(tenant, complaint.id(), caseNumber, action, from, to, note, caller.username()));
        return queries.caseFileById(complaint.id());
    }

    /**
     * The actions the caller may take on the case now: allowed from its status, by their roles, on a case that is
     * theirs (or they lead), and not vetoed.
     */
    @Transactional
    public List<CaseAction> allowedActions(String tenant, String caseNumber, Caller caller) {
        Tenancy.bind(em, tenant);
        Complaint complaint = CaseLocks.find(em, caseNumber);
        boolean mayAct = complaint.assignee() == null || complaint.assignee().equals(caller.username()) || caller.hasAny(LEADS);
        Set<String> running = runningStages(complaint);
        return java.util.Arrays.stream(CaseAction.values())
                .filter(a -> caller.hasAny(a.roles()) && a.allowedFrom(complaint.status()))
                .filter(a -> mayAct || a == CaseAction.WAIT_FOR_CUSTOMER || a == CaseAction.RESUME)
                .filter(a -> !a.keepsStatus() || running.contains(a.stage()))
                .filter(a -> guards.stream().allMatch(g -> g.veto(tenant, complaint.id(), a, caller.username()).isEmpty()))
                .toList();
    }

    /**
     * The staff members who may take the case: trained as the policy requires and, when the grade's plan gives the case
     * to a group (the leadership group, a task force), its members; speakers of the complainant's language first.
     */
    @Transactional
    public List<StaffProfile> candidates(String tenant, String caseNumber) {
        Tenancy.bind(em, tenant);
        Complaint complaint = CaseLocks.find(em, caseNumber);
        ActivePolicy policy = policies.current();
        List<String> required = policy.requiredTrainings();
        Optional<String> group = policy.handlingGroup(complaint.gradeCode()).map(OrganisationUnit::code);
        String language = language(complaint);
        return staff.all().stream()
                .filter(p -> p.trainings().containsAll(required))
                .filter(p -> group.isEmpty() || p.belongsTo(group.get()))
                .sorted((a, b) -> language == null ? 0
                        : Boolean.compare(!a.languages().contains(language), !b.languages().contains(language)))
                .toList();
    }

    private void assign(Complaint complaint, String assignee, JsonObjectBuilder detail) {
        if (assignee == null) {
            throw new InvalidInputException("assignee", "is required: the user name of the staff member who handles the case");
        }
        StaffProfile profile = staff.profile(assignee).orElseThrow(() -> new InvalidInputException("assignee",
                "no staff member " + assignee + " with a working profile"));
        ActivePolicy policy = policies.current();
        List<String> missing = policy.requiredTrainings().stream().filter(t -> !profile.trainings().contains(t)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("assignee", assignee + " has not passed the required training " + missing);
        }
        Optional<OrganisationUnit> group = policy.handlingGroup(complaint.gradeCode());
        if (group.isPresent() && !profile.belongsTo(group.get().code())) {
            throw new InvalidInputException("assignee", "a " + complaint.gradeCode() + " case is handled by "
                    + group.get().code() + ", and " + assignee + " is not a member of it");
        }
        group.ifPresent(g -> detail.add("group", g.code()));
        String language = language(complaint);
        boolean translator = language != null && !profile.languages().contains(language);
        complaint.assign(assignee, profile.unit(), translator);
        detail.add("assignee", assignee);
        if (profile.unit() != null) {
            detail.add("unit", profile.unit());
        }
        detail.add("needsTranslator", translator);
    }

    /** The complainant's language as a primary tag ({@code ar} of {@code ar-AE}); null when unknown. */
    private static String language(Complaint complaint) {
        return Optional.ofNullable(complaint.language()).filter(l -> !l.isBlank())
                .map(l -> Locale.forLanguageTag(l).getLanguage()).orElse(null);
    }

    /** Whether a clock of that stage runs on the case now. */
    private boolean running(Complaint complaint, String stage) {
        return runningStages(complaint).contains(stage);
    }

    /** The stages whose clocks run on the case now. */
    private Set<String> runningStages(Complaint complaint) {
        return schedule.of(complaint.id()).stream().filter(Deadline::isRunning).map(Deadline::stage)
                .collect(java.util.stream.Collectors.toSet());
    }

    private void completeIfRunning(Complaint complaint, String stage, List<EscalationRung> ladder, BusinessCalendar calendar,
                                   Instant now, JsonObjectBuilder detail) {
        if (!running(complaint, stage)) {
            return; // the grade's plan has no such stage, or it was completed before (a reopened case)
        }
        DeadlineSchedule.Completion done = schedule.complete(complaint.id(), stage, ladder, calendar, now);
        detail.add("stage", stage).add("dueAt", done.completed().dueAt().toString()).add("met", done.completed().met());
        JsonArrayBuilder started = Json.createArrayBuilder();
        done.started().forEach(d -> started.add(Json.createObjectBuilder().add("stage", d.stage()).add("dueAt", d.dueAt().toString())));
        detail.add("started", started);
    }
}
