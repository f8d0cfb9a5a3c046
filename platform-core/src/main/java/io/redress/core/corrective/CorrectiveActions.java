package io.redress.core.corrective;

import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.audit.AuditTrail;
import io.redress.core.identity.Caller;
import io.redress.core.identity.IdentityStore;
import io.redress.core.identity.Role;
import io.redress.core.notification.Notice;
import io.redress.core.notification.NotificationKind;
import io.redress.core.notification.Notifications;
import io.redress.core.notification.Recipients;
import io.redress.core.persistence.Tenancy;
import io.redress.core.sla.EscalationRung;
import io.redress.core.tenant.Tenant;
import io.redress.plugin.api.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The ledger's application service: one transaction per act, the rules in {@link CorrectiveAction}, and the
 * escalation of overdue actions for {@link OverdueActionCheck}.
 */
@ApplicationScoped
public class CorrectiveActions implements Ledger {

    /** Who creates actions and verifies them (never their own). */
    static final Set<Role> LEADS = EnumSet.of(Role.SUPERVISOR, Role.DIRECTOR, Role.MANAGEMENT);
    static final int MAX_CASES = 50;

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    Recipients recipients;

    @Inject
    AuditTrail audit;

    @Inject
    IdentityStore identity;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public List<ActionView> list(String tenant, LedgerQuery query) {
        Tenancy.bind(em, tenant);
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        CorrectiveActionStatus status = query.status();
        if (status == CorrectiveActionStatus.REJECTED) {
            where.append(" AND a.status = :status AND a.rejectionReason IS NOT NULL");
            status = CorrectiveActionStatus.OPEN;
        } else if (status != null) {
            where.append(" AND a.status = :status");
        }
        if (query.owner() != null) {
            where.append(" AND a.owner = :owner");
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " AND a.status = :open AND a.dueAt < :now"
                    : " AND (a.status <> :open OR a.dueAt >= :now)");
        }
        if (query.caseNumber() != null) {
            where.append(" AND a.caseNumbers LIKE :caseNumber");
        }
        TypedQuery<CorrectiveAction> select = em.createQuery("SELECT a FROM CorrectiveAction a" + where
                + " ORDER BY a.dueAt, a.createdAt", CorrectiveAction.class);
        if (status != null) {
            select.setParameter("status", status);
        }
        if (query.owner() != null) {
            select.setParameter("owner", query.owner());
        }
        if (query.overdue() != null) {
            select.setParameter("open", CorrectiveActionStatus.OPEN).setParameter("now", now);
        }
        if (query.caseNumber() != null) {
            select.setParameter("caseNumber", "%," + query.caseNumber() + ",%");
        }
        return views(select.getResultList(), now);
    }

    @Override
    @Transactional
    public Optional<ActionView> find(String tenant, String id) {
        Tenancy.bind(em, tenant);
        return Optional.ofNullable(em.find(CorrectiveAction.class, id)).map(a -> views(List.of(a), clock.instant()).get(0));
    }

    @Override
    @Transactional
    public ActionView create(String tenant, NewCorrectiveAction action, Caller caller) {
        if (!caller.hasAny(LEADS)) {
            throw new NotAllowedException("supervisors and above add corrective actions");
        }
        Tenancy.bind(em, tenant);
        Instant now = clock.instant();
        ZoneId zone = zone(tenant);
        List<FieldError> errors = new ArrayList<>();
        if (!identity.staffExists(tenant, action.owner())) {
            errors.add(new FieldError("owner", "is not a member of this tenant's staff"));
        }
        if (action.dueDate().isBefore(LocalDate.ofInstant(now, zone))) {
            errors.add(new FieldError("dueDate", "must not be in the past"));
        }
        if (action.caseNumbers().size() > MAX_CASES) {
            errors.add(new FieldError("caseNumbers", "must name at most " + MAX_CASES + " cases"));
        } else if (!action.caseNumbers().isEmpty()) {
            Set<String> known = new HashSet<>(em.createQuery("SELECT c.caseNumber FROM Complaint c WHERE c.caseNumber IN :numbers",
                    String.class).setParameter("numbers", action.caseNumbers()).getResultList());
            for (int i = 0; i < action.caseNumbers().size(); i++) {
                if (!known.contains(action.caseNumbers().get(i))) {
                    errors.add(new FieldError("caseNumbers[" + i + "]", "is not a case of this tenant"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant dueAt = action.dueDate().plusDays(1).atStartOfDay(zone).toInstant();
        CorrectiveAction created = new CorrectiveAction(action.title(), action.cause(), action.owner(), action.dueDate(),
                dueAt, action.acceptanceCriteria(), action.caseNumbers().stream().distinct().toList(), caller.username(), now);
        em.persist(created);
        em.flush();
        audit.append("CORRECTIVE_ACTION", created.id(), "CREATED", caller.username(), null, Json.createObjectBuilder()
                .add("title", action.title()).add("owner", action.owner()).add("dueDate", action.dueDate().toString())
                .add("cases", Json.createArrayBuilder(created.caseNumbers())).add("status", created.status().name()).build());
        return views(List.of(created), now).get(0);
    }

    @Override
    @Transactional
    public ActionView markDone(String tenant, String id, String evidence, Caller caller) {
        Tenancy.bind(em, tenant);
        CorrectiveAction action = action(id);
        Instant now = clock.instant();
        CorrectiveActionStatus before = action.status();
        action.markDone(caller.username(), evidence, now);
        em.flush();
        audit.append("CORRECTIVE_ACTION", id, "DONE", caller.username(), statusJson(before),
                Json.createObjectBuilder().add("status", action.status().name()).add("evidence", evidence == null ? "" : evidence).build());
        return views(List.of(action), now).get(0);
    }

    @Override
    @Transactional
    public ActionView verify(String tenant, String id, boolean accept, String reason, Caller caller) {
        Tenancy.bind(em, tenant);
        CorrectiveAction action = action(id);
        if (!caller.hasAny(LEADS)) {
            throw new NotAllowedException("a supervisor or above verifies corrective actions");
        }
        Instant now = clock.instant();
        CorrectiveActionStatus before = action.status();
        if (accept) {
            action.accept(caller.username(), now);
        } else {
            action.reject(caller.username(), reason, now);
        }
        em.flush();
        audit.append("CORRECTIVE_ACTION", id, accept ? "ACCEPTED" : "REJECTED", caller.username(), statusJson(before),
                Json.createObjectBuilder().add("status", action.status().name()).add("reason", reason == null ? "" : reason).build());
        return views(List.of(action), now).get(0);
    }

    private static JsonObject statusJson(CorrectiveActionStatus status) {
        return Json.createObjectBuilder().add("status", status.name()).build();
    }

    /**
     * Records the rungs the tenant's actions have reached by {@code now}, each once, in a transaction of its own; an
     * action whose rung moved or that was reported done since the check read it is left alone.
     *
     * @return the rungs recorded
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int escalate(String tenant, List<String> actionIds, Instant now) {
        Tenancy.bind(em, tenant);
        Notifications.Announcements told = notifications.announcements();
        int rungs = 0;
        for (String id : actionIds) {
            CorrectiveAction action = em.find(CorrectiveAction.class, id);
            if (action == null) {
                continue;
            }
            for (EscalationRung rung = action.climb(now); rung != null; rung = action.climb(now)) {
                int index = action.rungsDone();
                CorrectiveEscalation reached = new CorrectiveEscalation(action.id(), index, rung.sharePercent(), rung.target(),
                        action.dueAt(), action.rungReachedAt(index - 1), now);
                em.persist(reached);
                told.add("CORRECTIVE_ACTION", action.id(), "ESCALATED", Json.createObjectBuilder().add("rung", index)
                                .add("share", rung.sharePercent()).add("notify", rung.target())
                                .add("dueAt", action.dueAt().toString()).add("reachedAt", reached.reachedAt().toString()).build(),
                        new Notice(NotificationKind.CORRECTIVE_ACTION_OVERDUE, null, action.id(),
                                "corrective:" + action.id() + ":" + index, List.of(action.title(), action.dueAt().toString())),
                        recipients.of(rung.target(), action.owner(), recipients.unitOf(action.owner())));
                rungs++;
            }
        }
        told.tell();
        em.flush();
        return rungs;
    }

    private CorrectiveAction action(String id) {
        CorrectiveAction action = em.find(CorrectiveAction.class, id);
        if (action == null) {
            throw new NotFoundException("no corrective action " + id);
        }
        return action;
    }

    private ZoneId zone(String tenant) {
        Tenant found = em.find(Tenant.class, tenant);
        if (found == null) {
            throw new NotFoundException("no tenant " + tenant);
        }
        return found.timeZone();
    }

    private List<ActionView> views(List<CorrectiveAction> actions, Instant now) {
        if (actions.isEmpty()) {
            return List.of();
        }
        Map<String, List<EscalationView>> escalations = em.createQuery("SELECT e FROM CorrectiveEscalation e"
                        + " WHERE e.actionId IN :ids ORDER BY e.rung", CorrectiveEscalation.class)
                .setParameter("ids", actions.stream().map(CorrectiveAction::id).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(CorrectiveEscalation::actionId, Collectors.mapping(
                        e -> new EscalationView(e.rung(), e.sharePercent(), e.target(), e.reachedAt(), e.recordedAt()),
                        Collectors.toList())));
        return actions.stream().map(a -> new ActionView(a.id(), a.title(), a.cause(), a.owner(), a.dueDate(), a.dueAt(),
                a.acceptanceCriteria(), a.caseNumbers(), a.status(), a.isOverdueAt(now), a.evidence(), a.doneAt(),
                a.rejectionReason(), a.rejections(), a.verifiedBy(), a.verifiedAt(), a.createdBy(), a.createdAt(),
                a.nextEscalationAt(), escalations.getOrDefault(a.id(), List.of()))).toList();
    }
}
