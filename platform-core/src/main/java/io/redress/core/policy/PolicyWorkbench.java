package io.redress.core.policy;

import io.redress.core.plugin.GradingOutcome;
import io.redress.core.plugin.PluginRegistry;
import io.redress.core.persistence.Tenancy;
import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.Calendars;
import io.redress.core.sla.DeadlineSchedule;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginFactory;
import io.redress.plugin.api.PluginKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Trying a policy before it is saved: which grade and which deadlines a complaint's facts would get under a draft,
 * in the tenant's own calendars and exchange rates. Writes nothing.
 */
@ApplicationScoped
public class PolicyWorkbench implements PolicyAdministration {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Policies policies;

    @Inject
    PluginRegistry plugins;

    @Inject
    Calendars calendars;

    @Override
    public PolicyPreview preview(String tenant, PolicyDraft draft, ComplaintFacts facts, Instant receivedAt, String region) {
        return preview(tenant, draft, facts, receivedAt, region, region);
    }

    /**
     * @param draft  null for the policy in force
     * @param region a calendar code; null for {@code defaultRegion}
     */
    @Transactional
    public PolicyPreview preview(String tenant, PolicyDraft draft, ComplaintFacts facts, Instant receivedAt, String region,
                                 String defaultRegion) {
        Tenancy.bind(em, tenant);
        Policies.CheckedDraft checked = policies.check(draft != null ? draft : asDraft(policies.current()));
        String code = region != null ? region : defaultRegion;
        BusinessCalendar calendar = calendars.find(code).orElseThrow(() -> new PolicyRejectedException(
                List.of(new FieldError("complaint.region", "no business calendar with the code '" + code + "'"))));
        ComplaintFacts withRates = new ComplaintFacts(facts.channel(), facts.complainantCount(), facts.claimedLoss(),
                facts.impact(), facts.emotion(), facts.flags(), facts.category(), policies.exchangeRates());
        GradingOutcome outcome = plugins.grade(checked.scheme(), withRates);
        if (outcome instanceof GradingOutcome.Faulted fault) {
            return new PolicyPreview(null, null, List.of(), fault.reason());
        }
        var decision = ((GradingOutcome.Graded) outcome).decision();
        GradeDefinition grade = checked.scheme().grades().stream()
                .filter(g -> g.code().equals(decision.gradeCode())).findFirst().orElseThrow();
        List<PolicyPreview.Due> due = checked.plans().get(decision.gradeCode()).clocks().stages().stream()
                .map(stage -> new PolicyPreview.Due(stage.stage(), stage.anchor(),
                        stage.anchoredOnReceipt() ? DeadlineSchedule.dueAt(stage, calendar, receivedAt) : null))
                .toList();
        return new PolicyPreview(grade, decision.ruleId(), due, null);
    }

    /** The policy in force as a draft, e.g. to edit it in a form. */
    public static PolicyDraft asDraft(ActivePolicy policy) {
        return new PolicyDraft(policy.gradingPlugin(), policy.gradingConfig(), policy.handlingPlans());
    }

    @Override
    public List<PluginFactory<?>> gradingPlugins() {
        return policies.gradingPlugins();
    }

    @Override
    public List<PluginFactory<?>> approvalPlugins() {
        return plugins.all().stream().filter(f -> f.kind() == PluginKind.APPROVAL_CHAIN).toList();
    }

    @Override
    public List<PluginFactory<?>> kpiPlugins() {
        return plugins.all().stream().filter(f -> f.kind() == PluginKind.KPI_INCENTIVE).toList();
    }

    @Override
    public ActivePolicy current(String tenant) {
        return policies.current(tenant);
    }

    @Override
    public List<PolicyVersion> versions(String tenant) {
        return policies.versions(tenant);
    }

    @Override
    public List<GradeDefinition> grades(String plugin, PluginConfig config) {
        return policies.check(new PolicyDraft(plugin, config, null)).scheme().grades();
    }

    @Override
    public Map<String, GradePlan> defaultPlans(String plugin, PluginConfig config) {
        return policies.check(new PolicyDraft(plugin, config, null)).plans();
    }

    @Override
    public List<FieldError> problems(PolicyDraft draft) {
        try {
            policies.check(draft);
            return List.of();
        } catch (PolicyRejectedException rejected) {
            return rejected.errors();
        }
    }

    @Override
    public ActivePolicy save(String tenant, PolicyDraft draft, String actor) {
        return policies.replace(tenant, draft, actor);
    }

    @Override
    public List<String> calendars(String tenant) {
        return calendars.codes(tenant);
    }

}
