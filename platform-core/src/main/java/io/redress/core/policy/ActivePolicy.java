package io.redress.core.policy;

import io.redress.core.sla.EscalationRung;
import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.PluginConfig;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The policy version in force for a tenant, read once per transaction.
 *
 * @param approval     the approval-chain plugin, null when the version names none
 * @param kpi          the KPI and incentive plugin, null when the version names none
 * @param organisation the departments, centres and groups the plans and approvals refer to
 * @param escalation   the escalation ladders by grade ({@code *}: the others)
 * @param requiredTrainings trainings a staff member must have passed to be assigned a case
 */
public record ActivePolicy(int version, String gradingPlugin, String gradingPluginVersion, PluginConfig gradingConfig,
                           Map<String, GradePlan> handlingPlans, PluginChoice approval, PluginChoice kpi,
                           List<OrganisationUnit> organisation, Map<String, List<EscalationRung>> escalation,
                           List<String> requiredTrainings) {

    public ActivePolicy {
        handlingPlans = Collections.unmodifiableMap(new LinkedHashMap<>(handlingPlans));
        organisation = organisation == null ? List.of() : List.copyOf(organisation);
        escalation = escalation == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(escalation));
        requiredTrainings = requiredTrainings == null ? List.of() : List.copyOf(requiredTrainings);
    }

    /** A version without escalation ladders of its own: every grade escalates by the default ladder. */
    public ActivePolicy(int version, String gradingPlugin, String gradingPluginVersion, PluginConfig gradingConfig,
                        Map<String, GradePlan> handlingPlans, PluginChoice approval, PluginChoice kpi,
                        List<OrganisationUnit> organisation) {
        this(version, gradingPlugin, gradingPluginVersion, gradingConfig, handlingPlans, approval, kpi, organisation, null, null);
    }

    /** The escalation ladder of a grade: its own, else the policy's ladder for every grade, else the default. */
    public List<EscalationRung> ladder(String gradeCode) {
        List<EscalationRung> own = gradeCode == null ? null : escalation.get(gradeCode);
        if (own != null) {
            return own;
        }
        return escalation.getOrDefault(EscalationRung.EVERY_GRADE, EscalationRung.DEFAULT_LADDER);
    }

    /** The clocks of a grade's plan. */
    public Optional<HandlingPlan> plan(String gradeCode) {
        return Optional.ofNullable(handlingPlans.get(gradeCode)).map(GradePlan::clocks);
    }

    /**
     * The group that handles cases of a grade when the grade's plan gives its resolution to a unit of kind GROUP — the
     * complaint leadership group of a level 3 complaint, the HQ task force of a major one; empty when any trained
     * member of staff may take them.
     */
    public Optional<OrganisationUnit> handlingGroup(String gradeCode) {
        GradePlan plan = gradeCode == null ? null : handlingPlans.get(gradeCode);
        if (plan == null) {
            return Optional.empty();
        }
        return plan.stages().stream().filter(r -> r.clock().stage().equals(HANDLING_STAGE) && r.owner() != null)
                .map(StageRule::owner).findFirst()
                .flatMap(owner -> organisation.stream()
                        .filter(u -> u.code().equals(owner) && u.kind() == OrganisationUnit.Kind.GROUP).findFirst());
    }

    /** The stage whose owner handles the case. */
    private static final String HANDLING_STAGE = "RESOLUTION";

    static ActivePolicy of(TenantPolicy stored) {
        PluginChoice approval = stored.approvalPlugin() == null ? null : new PluginChoice(stored.approvalPlugin(),
                stored.approvalPluginVersion(), PluginConfig.of(PolicyJson.parseObject(stored.approvalConfig())));
        PluginChoice kpi = stored.kpiPlugin() == null ? null : new PluginChoice(stored.kpiPlugin(),
                stored.kpiPluginVersion(), PluginConfig.of(PolicyJson.parseObject(stored.kpiConfig())));
        return new ActivePolicy(stored.version(), stored.gradingPlugin(), stored.gradingPluginVersion(),
                PluginConfig.of(PolicyJson.parseObject(stored.gradingConfig())),
                PolicyJson.plansFromJson(stored.handlingPlans()), approval, kpi,
                stored.organisation() == null ? List.of() : PolicyJson.organisationFromJson(stored.organisation()),
                stored.escalation() == null ? null : PolicyJson.escalationFromJson(stored.escalation()),
                stored.requiredTrainings());
    }
}
