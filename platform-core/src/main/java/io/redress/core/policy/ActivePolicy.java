package io.redress.core.policy;

import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.PluginConfig;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The policy version in force for a tenant, read once per transaction. */
public record ActivePolicy(int version, String gradingPlugin, String gradingPluginVersion, PluginConfig gradingConfig,
                           Map<String, GradePlan> handlingPlans) {

    public ActivePolicy {
        handlingPlans = Collections.unmodifiableMap(new LinkedHashMap<>(handlingPlans));
    }

    /** The clocks of a grade's plan. */
    public Optional<HandlingPlan> plan(String gradeCode) {
        return Optional.ofNullable(handlingPlans.get(gradeCode)).map(GradePlan::clocks);
    }

    static ActivePolicy of(TenantPolicy stored) {
        return new ActivePolicy(stored.version(), stored.gradingPlugin(), stored.gradingPluginVersion(),
                PluginConfig.of(PolicyJson.parseObject(stored.gradingConfig())),
                PolicyJson.plansFromJson(stored.handlingPlans()));
    }
}
