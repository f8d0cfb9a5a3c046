package io.redress.core.policy;

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
 */
public record ActivePolicy(int version, String gradingPlugin, String gradingPluginVersion, PluginConfig gradingConfig,
                           Map<String, GradePlan> handlingPlans, PluginChoice approval, PluginChoice kpi,
                           List<OrganisationUnit> organisation) {

    public ActivePolicy {
        handlingPlans = Collections.unmodifiableMap(new LinkedHashMap<>(handlingPlans));
        organisation = organisation == null ? List.of() : List.copyOf(organisation);
    }

    /** The clocks of a grade's plan. */
    public Optional<HandlingPlan> plan(String gradeCode) {
        return Optional.ofNullable(handlingPlans.get(gradeCode)).map(GradePlan::clocks);
    }

    static ActivePolicy of(TenantPolicy stored) {
        PluginChoice approval = stored.approvalPlugin() == null ? null : new PluginChoice(stored.approvalPlugin(),
                stored.approvalPluginVersion(), PluginConfig.of(PolicyJson.parseObject(stored.approvalConfig())));
        PluginChoice kpi = stored.kpiPlugin() == null ? null : new PluginChoice(stored.kpiPlugin(),
                stored.kpiPluginVersion(), PluginConfig.of(PolicyJson.parseObject(stored.kpiConfig())));
        return new ActivePolicy(stored.version(), stored.gradingPlugin(), stored.gradingPluginVersion(),
                PluginConfig.of(PolicyJson.parseObject(stored.gradingConfig())),
                PolicyJson.plansFromJson(stored.handlingPlans()), approval, kpi,
                stored.organisation() == null ? List.of() : PolicyJson.organisationFromJson(stored.organisation()));
    }
}
