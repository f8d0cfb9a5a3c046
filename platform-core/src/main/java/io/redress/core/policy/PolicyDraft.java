package io.redress.core.policy;

import io.redress.core.sla.EscalationRung;
import io.redress.plugin.api.PluginConfig;

import java.util.List;
import java.util.Map;

/**
 * A tenant admin's edit of the policy, read from the API; validated by {@link Policies#replace} against the chosen
 * plugin's schema and grades before it becomes the next version.
 *
 * @param handlingPlans null to take the plugin's default plan for every grade
 * @param approval      the approval-chain plugin and its configuration; null keeps the current version's
 * @param kpi           the KPI plugin and its configuration; null keeps the current version's
 * @param organisation  null keeps the current version's
 * @param escalation    the escalation ladders by grade ({@code "*"}: every other grade); null keeps the current version's
 * @param requiredTrainings trainings an assignee must have passed; null keeps the current version's
 */
public record PolicyDraft(String gradingPlugin, PluginConfig gradingConfig, Map<String, GradePlan> handlingPlans,
                          Choice approval, Choice kpi, List<OrganisationUnit> organisation,
                          Map<String, List<EscalationRung>> escalation, List<String> requiredTrainings) {

    public PolicyDraft(String gradingPlugin, PluginConfig gradingConfig, Map<String, GradePlan> handlingPlans) {
        this(gradingPlugin, gradingConfig, handlingPlans, null, null, null, null, null);
    }

    public PolicyDraft(String gradingPlugin, PluginConfig gradingConfig, Map<String, GradePlan> handlingPlans,
                       Choice approval, Choice kpi, List<OrganisationUnit> organisation) {
        this(gradingPlugin, gradingConfig, handlingPlans, approval, kpi, organisation, null, null);
    }

    /** A plugin chosen in a draft, before its version is known. */
    public record Choice(String plugin, PluginConfig config) {
    }
}
