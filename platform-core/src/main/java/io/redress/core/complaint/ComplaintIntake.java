package io.redress.core.complaint;

import io.redress.core.InvalidInputException;
import io.redress.core.NotFoundException;
import io.redress.core.audit.AuditTrail;
import io.redress.core.persistence.Tenancy;
import io.redress.core.plugin.GradingOutcome;
import io.redress.core.plugin.PluginRegistry;
import io.redress.core.policy.ActivePolicy;
import io.redress.core.policy.Policies;
import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.Calendars;
import io.redress.core.sla.Deadline;
import io.redress.core.sla.DeadlineSchedule;
import io.redress.core.tenant.Tenant;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.HandlingPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * Takes a complaint in: numbers it, grades it with the tenant's grading plugin under the current policy version,
 * and starts the clocks of the grade's handling plan in the region's calendar — one transaction, so a complaint is
 * either stored whole or not at all. A failing plugin never loses it: it is stored for manual grading.
 */
@ApplicationScoped
public class ComplaintIntake {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Policies policies;

    @Inject
    PluginRegistry plugins;

    @Inject
    Calendars calendars;

    @Inject
    DeadlineSchedule schedule;

    @Inject
    Timeline timeline;

    @Inject
    CaseCounters counters;

    @Inject
    ComplaintQueries queries;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** The case and whether this call created it (false: an Idempotency-Key retry). */
    public record Intake(CaseFile caseFile, boolean created) {
    }

    @Transactional
    public Intake take(String tenantSlug, NewComplaint intake, String idempotencyKey, String requestHash, String actor) {
        Tenancy.bind(em, tenantSlug);
        if (idempotencyKey != null) {
            IdempotencyRecord previous = em.find(IdempotencyRecord.class, idempotencyKey);
            if (previous != null) {
                if (!previous.requestHash().equals(requestHash)) {
                    throw new IdempotencyConflictException(idempotencyKey);
                }
                return new Intake(queries.caseFileById(previous.complaintId()), false);
            }
        }
        Tenant tenant = em.find(Tenant.class, tenantSlug);
        if (tenant == null) {
            throw new NotFoundException("no tenant " + tenantSlug);
        }
        String region = intake.region() != null ? intake.region() : tenant.defaultCalendar();
        BusinessCalendar calendar = calendars.find(region).orElseThrow(() -> new InvalidInputException("region",
                "no business calendar with the code '" + region + "'; known: " + calendars.codes(tenantSlug)));
        ExchangeRates rates = policies.exchangeRates();
        java.util.Optional.ofNullable(intake.claimedLoss()).ifPresent(loss -> {
            if (!rates.knows(loss.currency())) {
                throw new InvalidInputException("claimedLoss.currency", "no exchange rate for "
                        + loss.currency().getCurrencyCode() + " to " + rates.base().getCurrencyCode()
                        + "; set it with PUT /exchange-rates first");
            }
        });
        ActivePolicy policy = policies.current();

        LocalDate day = intake.receivedAt().atZone(tenant.timeZone()).toLocalDate();
        counters.ensure(tenantSlug, day);
        CaseNumber number = counters.next(day);
        Instant now = clock.instant();
        Complaint complaint = new Complaint(number, intake, region, policy.version(), newTrackingToken(tenantSlug), now, actor);
        em.persist(complaint);
        timeline.append(complaint, 1, now, "RECEIVED", actor, Json.createObjectBuilder()
                .add("channel", intake.channel().name())
                .add("receivedAt", intake.receivedAt().toString())
                .add("region", region).build());

        GradingOutcome outcome = grade(policy, complaint, rates);
        if (outcome instanceof GradingOutcome.Graded graded) {
            complaint.graded(graded.decision());
            timeline.append(complaint, 2, now, "GRADED", "plugin:" + policy.gradingPlugin(), Json.createObjectBuilder()
                    .add("grade", graded.decision().gradeCode())
                    .add("rule", graded.decision().ruleId())
                    .add("policyVersion", policy.version())
                    .add("plugin", policy.gradingPlugin() + " " + policy.gradingPluginVersion()).build());
            HandlingPlan plan = policy.plan(graded.decision().gradeCode()).orElse(new HandlingPlan(List.of()));
            List<Deadline> deadlines = schedule.start(complaint.id(), plan, policy.ladder(graded.decision().gradeCode()),
                    calendar, intake.receivedAt());
            JsonArrayBuilder clocks = Json.createArrayBuilder();
            deadlines.stream().filter(d -> d.dueAt() != null)
                    .forEach(d -> clocks.add(Json.createObjectBuilder().add("stage", d.stage()).add("dueAt", d.dueAt().toString())));
            timeline.append(complaint, 3, now, "CLOCKS_STARTED", "system", Json.createObjectBuilder()
                    .add("calendar", calendar.code()).add("deadlines", clocks).build());
        } else if (outcome instanceof GradingOutcome.Faulted fault) {
            complaint.gradingFailed(fault.reason());
            timeline.append(complaint, 2, now, "GRADING_FAILED", "plugin:" + policy.gradingPlugin(), Json.createObjectBuilder()
                    .add("fault", fault.reason()).add("policyVersion", policy.version()).build());
        }
        if (idempotencyKey != null) {
            em.persist(new IdempotencyRecord(idempotencyKey, requestHash, complaint.id(), now));
        }
        audit.append(tenantSlug, "COMPLAINT", complaint.caseNumber().value(), "CREATED", actor, null, Json.createObjectBuilder()
                .add("status", complaint.status().name()).add("channel", intake.channel().name())
                .add("receivedAt", intake.receivedAt().toString()).add("region", region).add("subject", intake.subject())
                .add("grade", complaint.gradeCode() == null ? "" : complaint.gradeCode())
                .add("policyVersion", policy.version()).build());
        em.flush();
        return new Intake(queries.caseFileById(complaint.id()), true);
    }

    private GradingOutcome grade(ActivePolicy policy, Complaint complaint, ExchangeRates rates) {
        GradingScheme scheme;
        try {
            scheme = policies.gradingScheme(policy);
        } catch (RuntimeException e) {
            return new GradingOutcome.Faulted("the grading plugin could not be created: " + e.getMessage());
        }
        return plugins.grade(scheme, complaint.facts(rates));
    }

    /** The tenant's slug, then 24 random bytes: the public tracking page finds the tenant without a global index. */
    private static String newTrackingToken(String tenant) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return tenant + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
