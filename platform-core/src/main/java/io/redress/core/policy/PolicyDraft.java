package io.redress.core.policy;

import io.redress.plugin.api.PluginConfig;

import java.util.Map;

/**
 * A tenant admin's edit of the policy, read from the API; validated by {@link Policies#replace} against the chosen
 * plugin's schema and grades before it becomes the next version.
 *
 * @param handlingPlans null to take the plugin's default plan for every grade
 */
public record PolicyDraft(String gradingPlugin, PluginConfig gradingConfig, Map<String, GradePlan> handlingPlans) {
}
