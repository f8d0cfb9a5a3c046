package io.redress.core.policy;

import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginFactory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a tenant administrator's policy screens need from the platform: the policy in force and its history, the
 * grading plugins to choose from, checking and saving a draft, and trying a draft on a complaint's facts. The UI
 * depends on this interface, not on persistence.
 */
public interface PolicyAdministration {

    ActivePolicy current(String tenant);

    /** Newest first. */
    List<PolicyVersion> versions(String tenant);

    List<PluginFactory<?>> gradingPlugins();

    /** The approval-chain plugins a tenant can choose from. */
    List<PluginFactory<?>> approvalPlugins();

    /** The KPI and incentive plugins a tenant can choose from. */
    List<PluginFactory<?>> kpiPlugins();

    /** The grades a plugin with this configuration defines; throws {@link PolicyRejectedException} if it cannot be created. */
    List<GradeDefinition> grades(String plugin, PluginConfig config);

    /** The plugin's own plan for each of its grades, as a starting point when the plugin changes. */
    Map<String, GradePlan> defaultPlans(String plugin, PluginConfig config);

    /** Every problem of the draft, with the API's field paths; empty when it can be saved. */
    List<FieldError> problems(PolicyDraft draft);

    /** Saves the draft as the next version; throws {@link PolicyRejectedException} when it has problems. */
    ActivePolicy save(String tenant, PolicyDraft draft, String actor);

    /** What a complaint with these facts, received then in that region's calendar, would get under the draft. */
    PolicyPreview preview(String tenant, PolicyDraft draft, ComplaintFacts facts, Instant receivedAt, String region);

    /** Codes of the tenant's business calendars, for choosing a region. */
    List<String> calendars(String tenant);
}
