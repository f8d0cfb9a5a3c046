package io.redress.core.complaint;

import io.redress.core.InvalidInputException;
import io.redress.core.audit.AuditTrail;
import io.redress.core.persistence.Tenancy;
import io.redress.core.plugin.GradingOutcome;
import io.redress.core.plugin.PluginRegistry;
import io.redress.core.policy.ActivePolicy;
import io.redress.core.policy.OrganisationUnit;
import io.redress.core.policy.Policies;
import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.Calendars;
import io.redress.core.sla.Deadline;
import io.redress.core.sla.DeadlineSchedule;
import io.redress.core.staff.StaffDirectory;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.GradingScheme;
import io.redress.plugin.api.HandlingPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Grading after intake, always an explicit act: a regrade under the current policy version (after the policy
 * changed), or a grade given by hand (when the plugin failed, or staff overrule it). The old grade and the replaced
 * clocks stay in the timeline; nothing of the history is rewritten.
 */
@ApplicationScoped
public class ComplaintGrading {

    public static final String MANUAL_RULE = "manual";

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
    ComplaintQueries queries;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory staff;

    /**
     * @param manualGrade null to ask the grading plugin under the current policy; else the grade to give by hand
     * @param reason      why; required for a grade given by hand
     */
    @Transactional
    public CaseFile regrade(String tenant, String caseNumber, String manualGrade, String reason, String actor) {
        Tenancy.bind(em, tenant);
        Complaint complaint = CaseLocks.lock(em, caseNumber);
        ActivePolicy policy = policies.current();
        GradingScheme scheme = policies.gradingScheme(policy);
        Instant now = clock.instant();
        GradeDecision decision;
        if (manualGrade != null) {
            List<String> grades = scheme.grades().stream().map(GradeDefinition::code).toList();
            if (!grades.contains(manualGrade)) {
                throw new InvalidInputException("grade", "must be one of " + grades);
            }
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException("reason", "is required when a grade is given by hand");
            }
            decision = new GradeDecision(manualGrade, MANUAL_RULE);
        } else {
            GradingOutcome outcome = plugins.grade(scheme, complaint.facts(policies.exchangeRates()));
            if (outcome instanceof GradingOutcome.Faulted fault) {
                timeline.append(complaint, now, "GRADING_FAILED", "plugin:" + policy.gradingPlugin(), Json.createObjectBuilder()
                        .add("fault", fault.reason()).add("policyVersion", policy.version()).build());
                return queries.caseFileById(complaint.id());
            }
            decision = ((GradingOutcome.Graded) outcome).decision();
        }
        JsonObject before = gradeJson(complaint.gradeCode(), complaint.gradeRule(), complaint.policyVersion());
        complaint.regraded(decision, policy.version());
        JsonObjectBuilder detail = Json.createObjectBuilder()
                .add("from", before)
                .add("to", gradeJson(decision.gradeCode(), decision.ruleId(), policy.version()));
        if (reason != null) {
            detail.add("reason", reason);
        }
        JsonObject regraded = detail.build(); // built once: a builder is empty after build()
        timeline.append(complaint, now, manualGrade != null ? "GRADED_BY_HAND" : "REGRADED", actor, regraded);

        BusinessCalendar calendar = calendars.find(complaint.region())
                .orElseThrow(() -> new IllegalStateException("calendar " + complaint.region() + " of " + caseNumber + " is gone"));
        HandlingPlan plan = policy.plan(decision.gradeCode()).orElse(new HandlingPlan(List.of()));
        List<Deadline> replaced = schedule.replaceOpen(complaint.id(), plan, policy.ladder(decision.gradeCode()), calendar,
                complaint.receivedAt(), complaint.pausedAt());
        JsonArrayBuilder previous = Json.createArrayBuilder();
        replaced.forEach(d -> {
            JsonObjectBuilder b = Json.createObjectBuilder().add("stage", d.stage());
            if (d.dueAt() == null) {
                b.addNull("dueAt");
            } else {
                b.add("dueAt", d.dueAt().toString());
            }
            previous.add(b);
        });
        timeline.append(complaint, now, "CLOCKS_RECOMPUTED", "system", Json.createObjectBuilder()
                .add("calendar", calendar.code()).add("replaced", previous).build());
        audit.append(tenant, "COMPLAINT", caseNumber, manualGrade != null ? "GRADED_BY_HAND" : "REGRADED", actor, before,
                regraded);
        policy.handlingGroup(decision.gradeCode()).map(OrganisationUnit::code)
                .filter(group -> complaint.assignee() != null && staff.profile(complaint.assignee())
                        .map(p -> !p.belongsTo(group)).orElse(true))
                .ifPresent(group -> timeline.append(complaint, now, "REASSIGNMENT_NEEDED", "system", Json.createObjectBuilder()
                        .add("grade", decision.gradeCode()).add("group", group).add("assignee", complaint.assignee()).build()));
        em.flush();
        return queries.caseFileById(complaint.id());
    }

    /**
     * Asks the grading plugin again after the facts changed (a group complaint grew) and regrades only if the grade
     * changes; within the caller's transaction.
     *
     * @return whether the grade changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean regradeIfChanged(String tenant, Complaint complaint, String reason, String actor) {
        if (complaint.gradeCode() == null) {
            return false;
        }
        ActivePolicy policy = policies.current();
        GradingOutcome outcome = plugins.grade(policies.gradingScheme(policy), complaint.facts(policies.exchangeRates()));
        if (outcome instanceof GradingOutcome.Graded graded && !graded.decision().gradeCode().equals(complaint.gradeCode())) {
            regrade(tenant, complaint.caseNumber().value(), null, reason, actor);
            return true;
        }
        return false;
    }

    private static JsonObject gradeJson(String grade, String rule, int policyVersion) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (grade == null) {
            b.addNull("grade");
        } else {
            b.add("grade", grade);
        }
        if (rule == null) {
            b.addNull("rule");
        } else {
            b.add("rule", rule);
        }
        return b.add("policyVersion", policyVersion).build();
    }
}
