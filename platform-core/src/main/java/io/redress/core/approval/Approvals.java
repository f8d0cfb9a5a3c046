package io.redress.core.approval;

import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.audit.AuditTrail;
import io.redress.core.complaint.CaseAction;
import io.redress.core.complaint.CaseClocks;
import io.redress.core.complaint.CaseLocks;
import io.redress.core.complaint.CaseLifecycle;
import io.redress.core.complaint.Complaint;
import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.complaint.Timeline;
import io.redress.core.identity.Caller;
import io.redress.core.identity.IdentityStore;
import io.redress.core.identity.Role;
import io.redress.core.notification.Notice;
import io.redress.core.notification.NotificationKind;
import io.redress.core.notification.Notifications;
import io.redress.core.notification.Recipients;
import io.redress.core.persistence.Tenancy;
import io.redress.core.plugin.PluginFaultException;
import io.redress.core.plugin.PluginRegistry;
import io.redress.core.policy.ActivePolicy;
import io.redress.core.policy.Policies;
import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.Calendars;
import io.redress.core.sla.ClockStateException;
import io.redress.core.staff.StaffDirectory;
import io.redress.core.staff.StaffProfile;
import io.redress.plugin.api.ApprovalChain;
import io.redress.plugin.api.ApprovalStep;
import io.redress.plugin.api.DecisionRequest;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Requests decisions on cases and has them signed: routes each request through the chain the tenant's approval-chain
 * plugin chooses, starts each step with its deadline in the case's calendar, checks every signer's password and
 * place, and applies the outcome — a plan approved or sent back with its reason, an extension granted. Every
 * request, signature and outcome is on the case's timeline. One transaction per call: a refused signature writes
 * nothing.
 */
@ApplicationScoped
public class Approvals implements ApprovalDesk {

    private static final Set<Role> LEADS = EnumSet.of(Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT);

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    @Inject
    Policies policies;

    @Inject
    PluginRegistry plugins;

    @Inject
    Calendars calendars;

    @Inject
    StaffDirectory staff;

    @Inject
    IdentityStore identity;

    @Inject
    Timeline timeline;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    CaseClocks clocks;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Marks, for the rest of the transaction, the case whose closure its chain has just approved. */
    @Resource
    TransactionSynchronizationRegistry transaction;

    private static final String CLOSURE_APPROVED = Approvals.class.getName() + ".closureApproved";

    /**
     * A decision other than a plan put to approval by a member working the case. A decision the chain lets pass
     * without approval is recorded as approved at once (an extension then needs a supervisor or above).
     *
     * @throws io.redress.core.plugin.PluginFaultException if the tenant's approval-chain plugin fails
     */
    @Transactional
    public ApprovalFile request(String tenant, String caseNumber, DecisionType type, Money amount, String subject,
                                ApprovedContent.Extension extension, Caller caller) {
        if (type == DecisionType.PLAN) {
            throw new InvalidInputException("type", "a plan is put to approval by proposing it (the PROPOSE_PLAN transition)");
        }
        if (type == DecisionType.EXTENSION && extension == null) {
            throw new InvalidInputException("stage", "an EXTENSION names the stage and the time asked for");
        }
        Tenancy.bind(em, tenant);
        // the case is locked first, as by every act on a case, so that its timeline is written by one act at a time
        Complaint complaint = CaseLocks.lock(em, caseNumber);
        if (complaint.status() == ComplaintStatus.CLOSED) {
            throw new ClockStateException("the case is closed: nothing on it is put to approval any more");
        }
        if (amount != null && !policies.exchangeRates().knows(amount.currency())) {
            throw new InvalidInputException("amount.currency", "no exchange rate for " + amount.currency().getCurrencyCode());
        }
        ApprovedContent what = new ApprovedContent(type, caseNumber, amount, subject, nextVersion(complaint.id(), type), extension);
        ApprovalChain chain = chainFor(complaint, what);
        if (!chain.needsApproval() && type == DecisionType.EXTENSION && !caller.hasAny(LEADS)) {
            throw new NotAllowedException("no approval rule covers this extension (" + chain.ruleId()
                    + "), so it needs a supervisor or above to ask for it");
        }
        ApprovalRequest request = open(complaint, what, chain, caller.username());
        if (!chain.needsApproval()) {
            finish(tenant, request, complaint, ApprovalStatus.APPROVED, "no approval needed: " + chain.ruleId(), caller);
        }
        em.flush();
        return file(request);
    }

    /**
     * The plan just proposed on a case goes to approval when the tenant's chain for it has steps; within the
     * transition's transaction.
     *
     * @return the request, or empty when the plan needs no approval
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ApprovalFile> requestPlanApproval(String tenant, String complaintId, String plan, String actor) {
        Tenancy.bind(em, tenant);
        Complaint complaint = em.find(Complaint.class, complaintId);
        String text = plan == null || plan.isBlank() ? "(no plan text)" : plan;
        ApprovedContent what = new ApprovedContent(DecisionType.PLAN, complaint.caseNumber().value(), null, text,
                nextVersion(complaintId, DecisionType.PLAN), null);
        ApprovalChain chain;
        try {
            chain = chainFor(complaint, what);
        } catch (PluginFaultException fault) {
            // the plan stays proposed and is approved by hand, as without a chain; the fault is on the record
            timeline.append(complaint, clock.instant(), "APPROVAL_ROUTING_FAILED", "system", Json.createObjectBuilder()
                    .add("type", DecisionType.PLAN.name()).add("fault", String.valueOf(fault.getMessage())).build());
            return Optional.empty();
        }
        if (!chain.needsApproval()) {
            return Optional.empty();
        }
        ApprovalRequest request = open(complaint, what, chain, actor);
        em.flush();
        return Optional.of(file(request));
    }

    /** Whether a plan of the case waits for its approval chain; within the caller's transaction bound to the tenant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean planPending(String complaintId) {
        return pending(complaintId, DecisionType.PLAN);
    }

    /**
     * Whether a request of that type waits for its chain on the case; within the caller's transaction bound to the
     * tenant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean pending(String complaintId, DecisionType type) {
        return em.createQuery("SELECT COUNT(r) FROM ApprovalRequest r WHERE r.complaintId = :id AND r.decisionType = :type"
                        + " AND r.status = :pending", Long.class)
                .setParameter("id", complaintId).setParameter("type", type)
                .setParameter("pending", ApprovalStatus.PENDING).getSingleResult() > 0;
    }

    /**
     * The rule that puts a closure of the case to approval, when the tenant's chain has one with steps and the closure
     * is not being made by that chain's last signature in this transaction; empty when the case may be closed by hand.
     * Within the caller's transaction bound to the tenant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> closureRule(String complaintId) {
        if (complaintId.equals(transaction.getResource(CLOSURE_APPROVED))) {
            return Optional.empty();
        }
        Complaint complaint = em.find(Complaint.class, complaintId);
        ApprovedContent what = new ApprovedContent(DecisionType.CLOSURE, complaint.caseNumber().value(), null,
                "(closure)", nextVersion(complaintId, DecisionType.CLOSURE), null);
        try {
            ApprovalChain chain = chainFor(complaint, what);
            return chain.needsApproval() ? Optional.of(chain.ruleId()) : Optional.empty();
        } catch (PluginFaultException fault) {
            return Optional.empty(); // as without a chain: the fault shows when the closure is put to approval
        }
    }

    @Override
    @Transactional
    public ApprovalFile decide(String tenant, String requestId, Verdict verdict, String comment, char[] password,
                               String contentHash, Caller caller) {
        if (verdict == null) {
            throw new InvalidInputException("decision", "is required: APPROVE or REJECT");
        }
        if (password == null || password.length == 0) {
            throw new InvalidInputException("password", "is required: a decision is signed with your password");
        }
        if (verdict == Verdict.REJECT && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "is required for a rejection: the reason goes back with it");
        }
        Tenancy.bind(em, tenant);
        if (!caller.hasAny(SIGNERS) || caller.tenant() == null || !caller.tenant().equals(tenant)) {
            throw new NotAllowedException("only staff who work cases sign approvals");
        }
        if (identity.authenticateStaff(tenant, caller.username(), password).filter(c -> c.username().equals(caller.username())).isEmpty()) {
            throw new NotAllowedException("the password is not right: nothing was signed");
        }
        ApprovalRequest request = Optional.ofNullable(em.find(ApprovalRequest.class, requestId))
                .orElseThrow(() -> new NotFoundException("no approval request " + requestId));
        if (request.status() != ApprovalStatus.PENDING) {
            throw new ClockStateException("the request is " + request.status() + " already");
        }
        if (contentHash != null && !contentHash.equals(request.contentHash())) {
            throw new ClockStateException("what you were shown is not what is to be approved (its hash differs); look again");
        }
        if (!request.approvedContent().sha256().equals(request.contentHash())) {
            throw new IllegalStateException("the content of approval request " + requestId + " no longer matches its hash");
        }
        Complaint complaint = CaseLocks.lockById(em, request.complaintId());
        // read again under the case's lock: another signer may have decided meanwhile
        em.refresh(request);
        if (request.status() != ApprovalStatus.PENDING) {
            throw new ClockStateException("the request is " + request.status() + " already");
        }
        RequestStep step = step(request.id(), request.currentStep());
        List<Signature> signatures = signatures(request.id());
        if (signatures.stream().anyMatch(s -> s.signer().equals(caller.username()))) {
            throw new NotAllowedException("you signed this request already; each step needs another signer");
        }
        Map<String, Verdict> verdicts = new HashMap<>();
        signatures.stream().filter(s -> s.step() == step.number()).forEach(s -> verdicts.put(s.approver(), s.verdict()));
        Seat seat = seatFor(caller.username(), step, verdicts.keySet(), places(complaint)).orElseThrow(() ->
                new NotAllowedException("step " + step.number() + " needs " + step.approvers() + "; you do not hold that place"));

        Instant now = clock.instant();
        Signature signature = new Signature(request.id(), step.number(), seat.approver(), caller.username(), seat.onBehalfOf(),
                verdict, blankToNull(comment), request.contentHash(), now);
        em.persist(signature);
        JsonObjectBuilder detail = Json.createObjectBuilder().add("requestId", request.id()).add("type", request.type().name())
                .add("step", step.number()).add("approver", seat.approver()).add("decision", verdict.name())
                .add("contentHash", request.contentHash());
        if (seat.onBehalfOf() != null) {
            detail.add("onBehalfOf", seat.onBehalfOf());
        }
        if (signature.comment() != null) {
            detail.add("comment", signature.comment());
        }
        JsonObject signed = detail.build();
        timeline.append(complaint, now, "APPROVAL_SIGNED", caller.username(), signed);
        audit.append("APPROVAL", request.id(), "SIGNED", caller.username(),
                Json.createObjectBuilder().add("status", request.status().name()).add("step", step.number()).build(), signed);

        verdicts.put(seat.approver(), verdict);
        // the level up a missed step was escalated to decides it alone, whatever its mode
        StepOutcome outcome = seat.approver().equals(step.escalatedTo())
                ? (verdict == Verdict.APPROVE ? StepOutcome.APPROVED : StepOutcome.REJECTED)
                : StepOutcome.of(step.mode(), step.approvers(), verdicts);
        if (outcome == StepOutcome.REJECTED) {
            step.end(StepOutcome.REJECTED, now);
            finish(tenant, request, complaint, ApprovalStatus.REJECTED, comment, caller);
        } else if (outcome == StepOutcome.APPROVED) {
            step.end(StepOutcome.APPROVED, now);
            Optional<RequestStep> next = steps(request.id()).stream().filter(s -> s.number() == step.number() + 1).findFirst();
            if (next.isPresent()) {
                request.advanceTo(next.get().number());
                start(request, next.get(), complaint, now);
            } else {
                finish(tenant, request, complaint, ApprovalStatus.APPROVED, comment, caller);
            }
        }
        em.flush();
        return file(request);
    }

    @Override
    @Transactional
    public List<ApprovalFile> assignedTo(String tenant, Caller caller) {
        Tenancy.bind(em, tenant);
        if (!caller.hasAny(SIGNERS)) {
            return List.of();
        }
        List<ApprovalFile> mine = new ArrayList<>();
        for (ApprovalRequest request : byStatus(ApprovalStatus.PENDING)) {
            RequestStep step = step(request.id(), request.currentStep());
            List<Signature> signatures = signatures(request.id());
            if (signatures.stream().anyMatch(s -> s.signer().equals(caller.username()))) {
                continue;
            }
            Set<String> taken = new HashSet<>();
            signatures.stream().filter(s -> s.step() == step.number()).forEach(s -> taken.add(s.approver()));
            Complaint complaint = em.find(Complaint.class, request.complaintId());
            seatFor(caller.username(), step, taken, places(complaint)).ifPresent(seat ->
                    mine.add(file(request, seat.approver().equals(step.escalatedTo()))));
        }
        return mine;
    }

    /** The tenant's requests, oldest first; {@code status} null for all. */
    @Transactional
    public List<ApprovalFile> all(String tenant, ApprovalStatus status) {
        Tenancy.bind(em, tenant);
        return byStatus(status).stream().map(this::file).toList();
    }

    @Transactional
    public Optional<ApprovalFile> find(String tenant, String requestId) {
        Tenancy.bind(em, tenant);
        return Optional.ofNullable(em.find(ApprovalRequest.class, requestId)).map(this::file);
    }

    /** The requests made on a case, oldest first. */
    @Transactional
    public List<ApprovalFile> ofCase(String tenant, String caseNumber) {
        Tenancy.bind(em, tenant);
        return em.createQuery("SELECT r FROM ApprovalRequest r WHERE r.caseNumber = :n ORDER BY r.requestedAt, r.id", ApprovalRequest.class)
                .setParameter("n", caseNumber).getResultList().stream().map(this::file).toList();
    }

    /**
     * While {@code username} is away until {@code until}, {@code delegate} may sign in their place; an instant in the
     * past ends the delegation.
     */
    @Transactional
    public Delegation delegate(String tenant, String username, String delegate, Instant until, String actor) {
        Tenancy.bind(em, tenant);
        if (username.equals(delegate)) {
            throw new InvalidInputException("to", "must be someone else");
        }
        if (!identity.staffExists(tenant, username)) {
            throw new NotFoundException("no staff member " + username);
        }
        if (!identity.staffExists(tenant, delegate)) {
            throw new InvalidInputException("to", "no staff member " + delegate);
        }
        Delegation delegation = em.find(Delegation.class, username);
        if (delegation == null) {
            delegation = new Delegation(username);
            delegation.set(delegate, until, actor, clock.instant());
            em.persist(delegation);
        } else {
            delegation.set(delegate, until, actor, clock.instant());
        }
        return delegation;
    }

    /**
     * Escalates, once per step, the open steps of the tenant due before {@code now}: see {@link #escalate}.
     *
     * @return how many steps were escalated by this call
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int escalateOverdue(String tenant, Instant now) {
        Tenancy.bind(em, tenant);
        List<RequestStep> overdue = em.createQuery("SELECT s FROM RequestStep s WHERE s.status = :open AND s.escalatedAt IS NULL"
                        + " AND s.dueAt < :now ORDER BY s.dueAt", RequestStep.class)
                .setParameter("open", StepOutcome.OPEN).setParameter("now", now).getResultList();
        int escalated = 0;
        for (RequestStep step : overdue) {
            if (escalate(step, now)) {
                escalated++;
            }
        }
        return escalated;
    }

    /**
     * One missed step escalated: marked with {@code escalatedAt}, and opened besides its own approvers to the level up
     * ({@link RequestStep#escalationTarget()}), who may then sign it and whose signature decides it; on the case's
     * timeline ({@code APPROVAL_OVERDUE}) and in the audit trail ({@code ESCALATED}), by {@code system}. Under the
     * case's lock, and conditional, so that two sweeps escalate a step once.
     *
     * @return whether this call escalated it (false when another did first, or it was decided meanwhile)
     */
    private boolean escalate(RequestStep step, Instant now) {
        ApprovalRequest request = em.find(ApprovalRequest.class, step.requestId());
        // the case first, as by every act on it (a signature ends this step under the same lock)
        Complaint complaint = CaseLocks.lockById(em, request.complaintId());
        Optional<String> target = step.escalationTarget().map(RequestStep::slot);
        int won = em.createQuery("UPDATE RequestStep s SET s.escalatedAt = :now, s.escalatedTo = :to WHERE s.id = :id"
                        + " AND s.escalatedAt IS NULL AND s.status = :open")
                .setParameter("now", now).setParameter("to", target.orElse(null)).setParameter("id", step.id())
                .setParameter("open", StepOutcome.OPEN).executeUpdate();
        if (won == 0) {
            return false;
        }
        JsonObjectBuilder detail = Json.createObjectBuilder().add("requestId", request.id()).add("type", request.type().name())
                .add("step", step.number()).add("approvers", Json.createArrayBuilder(step.approvers()))
                .add("dueAt", step.dueAt().toString());
        if (target.isPresent()) {
            detail.add("escalatedTo", target.get());
        } else {
            detail.addNull("escalatedTo");
        }
        JsonObject overdue = detail.build();
        timeline.append(complaint, now, "APPROVAL_OVERDUE", "system", overdue);
        audit.append("APPROVAL", request.id(), "ESCALATED", "system",
                Json.createObjectBuilder().add("step", step.number()).add("escalatedAt", JsonValue.NULL).build(),
                Json.createObjectBuilder(overdue).add("case", complaint.caseNumber().value()).build());
        tellOverdue(request, step, complaint);
        return true;
    }

    // --- routing

    /** The approver slot a signer takes on a step, and whose place it is when they sign for someone away. */
    record Seat(String approver, String onBehalfOf) {
    }

    /**
     * The first free slot the member holds themselves, else the first they hold for someone who delegated to them; a
     * missed step's escalation slot comes after its own approvers.
     */
    private Optional<Seat> seatFor(String username, RequestStep step, Set<String> taken, ApproverPlaces places) {
        List<String> open = new ArrayList<>(step.approvers());
        if (step.escalatedTo() != null) {
            open.add(step.escalatedTo());
        }
        List<String> free = open.stream().filter(a -> !taken.contains(a)).toList();
        Optional<StaffProfile> own = staff.profile(username);
        for (String slot : free) {
            if (own.isPresent() && places.heldBy(own.get().positions(), own.get().unit(), RequestStep.approverOf(slot))) {
                return Optional.of(new Seat(slot, null));
            }
        }
        Instant now = clock.instant();
        List<Delegation> delegations = em.createQuery("SELECT d FROM Delegation d WHERE d.delegate = :me ORDER BY d.username", Delegation.class)
                .setParameter("me", username).getResultList();
        for (Delegation delegation : delegations) {
            if (!delegation.activeAt(now)) {
                continue;
            }
            Optional<StaffProfile> away = staff.profile(delegation.username());
            for (String slot : free) {
                if (away.isPresent() && places.heldBy(away.get().positions(), away.get().unit(), RequestStep.approverOf(slot))) {
                    return Optional.of(new Seat(slot, delegation.username()));
                }
            }
        }
        return Optional.empty();
    }

    private ApproverPlaces places(Complaint complaint) {
        ActivePolicy policy = policyOf(complaint);
        return new ApproverPlaces(complaint.ownerUnit(),
                ApproverPlaces.centreOf(complaint.region(), policy.organisation()).orElse(null));
    }

    private ActivePolicy policyOf(Complaint complaint) {
        return policies.version(complaint.policyVersion()).orElseGet(policies::current);
    }

    private ApprovalChain chainFor(Complaint complaint, ApprovedContent what) {
        ActivePolicy policy = policyOf(complaint);
        if (policy.approval() == null) {
            return ApprovalChain.none("no-approval-plugin");
        }
        return plugins.approvalChain(plugins.approvalChainPolicy(policy.approval().plugin(), policy.approval().config()),
                new DecisionRequest(what.type(), what.amount(), complaint.gradeCode(), complaint.ownerUnit(),
                        complaint.region(), policies.exchangeRates()));
    }

    // --- the life of a request

    private ApprovalRequest open(Complaint complaint, ApprovedContent what, ApprovalChain chain, String actor) {
        Instant now = clock.instant();
        ApprovalRequest request = new ApprovalRequest(complaint.id(), what, chain.ruleId(), actor, now);
        em.persist(request);
        List<RequestStep> steps = new ArrayList<>();
        int number = 1;
        for (ApprovalStep step : chain.steps()) {
            RequestStep saved = new RequestStep(request.id(), number++, step);
            em.persist(saved);
            steps.add(saved);
        }
        JsonArrayBuilder chainJson = Json.createArrayBuilder();
        steps.forEach(s -> chainJson.add(Json.createObjectBuilder().add("step", s.number()).add("mode", s.mode().name())
                .add("approvers", Json.createArrayBuilder(s.approvers()))));
        JsonObject requested = Json.createObjectBuilder()
                .add("requestId", request.id()).add("type", what.type().name()).add("version", what.version())
                .add("rule", chain.ruleId()).add("contentHash", request.contentHash()).add("steps", chainJson).build();
        timeline.append(complaint, now, "APPROVAL_REQUESTED", actor, requested);
        audit.append("APPROVAL", request.id(), "REQUESTED", actor, null,
                Json.createObjectBuilder(requested).add("case", complaint.caseNumber().value()).build());
        if (!steps.isEmpty()) {
            start(request, steps.get(0), complaint, now);
        }
        return request;
    }

    private void start(ApprovalRequest request, RequestStep step, Complaint complaint, Instant now) {
        BusinessCalendar calendar = calendars.find(complaint.region()).orElseThrow(() -> new IllegalStateException(
                "calendar " + complaint.region() + " of " + complaint.caseNumber().value() + " is gone"));
        step.start(now, calendar.dueAt(now, step.deadlineAmount(), step.deadlineUnit()));
        notifications.send(maySign(request, step, complaint), notice(NotificationKind.APPROVAL_AWAITING, request, step, complaint));
    }

    // --- who is told

    /** The members who may still sign the step: they hold a free place on it, or stand in for someone who does. */
    private Set<String> maySign(ApprovalRequest request, RequestStep step, Complaint complaint) {
        List<Signature> signatures = signatures(request.id());
        Set<String> taken = new HashSet<>();
        signatures.stream().filter(s -> s.step() == step.number()).forEach(s -> taken.add(s.approver()));
        Set<String> candidates = new TreeSet<>();
        staff.all().forEach(p -> candidates.add(p.username()));
        candidates.addAll(em.createQuery("SELECT d.delegate FROM Delegation d", String.class).getResultList());
        signatures.forEach(s -> candidates.remove(s.signer()));
        ApproverPlaces places = places(complaint);
        Set<String> may = new TreeSet<>();
        for (String candidate : candidates) {
            if (candidate != null && seatFor(candidate, step, taken, places).isPresent()) {
                may.add(candidate);
            }
        }
        return may;
    }

    /**
     * An escalated step notifies whoever may sign it now — those who let it pass and the level up it was opened to —
     * and the supervisors of the case's unit.
     */
    private void tellOverdue(ApprovalRequest request, RequestStep step, Complaint complaint) {
        em.refresh(step); // the escalation was written by a bulk update
        Set<String> told = new TreeSet<>(maySign(request, step, complaint));
        told.addAll(recipients.of("SUPERVISOR", complaint.assignee(), complaint.ownerUnit()));
        notifications.send(told, notice(NotificationKind.APPROVAL_OVERDUE, request, step, complaint));
    }

    private static Notice notice(NotificationKind kind, ApprovalRequest request, RequestStep step, Complaint complaint) {
        String caseNumber = complaint.caseNumber().value();
        return new Notice(kind, caseNumber, null, kind.name() + ":" + step.id(), List.of(caseNumber, request.type().name(),
                Integer.toString(step.number()), step.dueAt().toString()));
    }

    /**
     * The outcome, on the request and the timeline, and its effect on the case: an approved plan moves the case on
     * and a rejected one sends it back to the investigation with the reason; an approved extension moves the stage's
     * due time. The chain's last signer takes the lifecycle step with the chain's authority, whatever their own role.
     */
    private void finish(String tenant, ApprovalRequest request, Complaint complaint, ApprovalStatus outcome, String reason,
                        Caller caller) {
        Instant now = clock.instant();
        request.decide(outcome, now);
        JsonObjectBuilder detail = Json.createObjectBuilder().add("requestId", request.id()).add("type", request.type().name())
                .add("contentHash", request.contentHash());
        if (reason != null && !reason.isBlank()) {
            detail.add("reason", reason);
        }
        JsonObject decided = detail.build();
        timeline.append(complaint, now, "APPROVAL_" + outcome.name(), caller.username(), decided);
        audit.append("APPROVAL", request.id(), outcome.name(), caller.username(),
                Json.createObjectBuilder().add("status", ApprovalStatus.PENDING.name()).build(),
                Json.createObjectBuilder(decided).add("status", outcome.name()).build());
        em.flush();
        Caller withChainAuthority = new Caller(caller.username(), tenant, union(caller.roles(), LEADS));
        String caseNumber = complaint.caseNumber().value();
        if (request.type() == DecisionType.PLAN) {
            CaseAction action = outcome == ApprovalStatus.APPROVED ? CaseAction.APPROVE_PLAN : CaseAction.REJECT_PLAN;
            String note = outcome == ApprovalStatus.APPROVED ? "approved by its chain (" + request.ruleId() + ")" : reason;
            lifecycle.transition(tenant, caseNumber, action, note, null, withChainAuthority);
        } else if (request.type() == DecisionType.CLOSURE && outcome == ApprovalStatus.APPROVED
                && CaseAction.CLOSE.allowedFrom(complaint.status())) {
            transaction.putResource(CLOSURE_APPROVED, complaint.id());
            lifecycle.transition(tenant, caseNumber, CaseAction.CLOSE, "closure approved by its chain (" + request.ruleId() + ")",
                    null, withChainAuthority);
        } else if (request.type() == DecisionType.EXTENSION && outcome == ApprovalStatus.APPROVED) {
            ApprovedContent.Extension extension = request.approvedContent().extension();
            clocks.extend(tenant, caseNumber, extension.stage(), extension.amount(), extension.unit(), request.subject(),
                    caller.username());
        }
    }

    private static Set<Role> union(Set<Role> a, Set<Role> b) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    private int nextVersion(String complaintId, DecisionType type) {
        return em.createQuery("SELECT COUNT(r) FROM ApprovalRequest r WHERE r.complaintId = :id AND r.decisionType = :type", Long.class)
                .setParameter("id", complaintId).setParameter("type", type).getSingleResult().intValue() + 1;
    }

    // --- reading

    private List<ApprovalRequest> byStatus(ApprovalStatus status) {
        return status == null
                ? em.createQuery("SELECT r FROM ApprovalRequest r ORDER BY r.requestedAt, r.id", ApprovalRequest.class).getResultList()
                : em.createQuery("SELECT r FROM ApprovalRequest r WHERE r.status = :s ORDER BY r.requestedAt, r.id", ApprovalRequest.class)
                .setParameter("s", status).getResultList();
    }

    private List<RequestStep> steps(String requestId) {
        return em.createQuery("SELECT s FROM RequestStep s WHERE s.requestId = :id ORDER BY s.number", RequestStep.class)
                .setParameter("id", requestId).getResultList();
    }

    private RequestStep step(String requestId, int number) {
        return steps(requestId).stream().filter(s -> s.number() == number).findFirst()
                .orElseThrow(() -> new IllegalStateException("request " + requestId + " has no step " + number));
    }

    private List<Signature> signatures(String requestId) {
        return em.createQuery("SELECT s FROM Signature s WHERE s.requestId = :id ORDER BY s.signedAt, s.id", Signature.class)
                .setParameter("id", requestId).getResultList();
    }

    private ApprovalFile file(ApprovalRequest r) {
        return file(r, false);
    }

    private ApprovalFile file(ApprovalRequest r, boolean escalatedToCaller) {
        ApprovedContent content = r.approvedContent();
        List<ApprovalFile.Step> steps = steps(r.id()).stream().map(s -> new ApprovalFile.Step(s.number(), s.mode(),
                s.approvers().stream().map(RequestStep::approverOf).toList(), s.deadlineAmount(), s.deadlineUnit(), s.status(),
                s.startedAt(), s.dueAt(), s.completedAt(), s.escalatedAt(),
                s.escalatedTo() == null ? null : RequestStep.approverOf(s.escalatedTo()))).toList();
        List<ApprovalFile.Signed> signed = signatures(r.id()).stream().map(s -> new ApprovalFile.Signed(s.step(),
                RequestStep.approverOf(s.approver()), s.signer(), s.onBehalfOf(), s.verdict(), s.comment(), s.payloadHash(),
                s.signedAt())).toList();
        return new ApprovalFile(r.id(), r.caseNumber(), r.type(), r.status(), content.amount(), r.subject(), r.version(),
                content.extension(), r.content(), r.contentHash(), r.ruleId(), r.currentStep(), r.requestedBy(),
                r.requestedAt(), r.decidedAt(), steps, signed, escalatedToCaller);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
