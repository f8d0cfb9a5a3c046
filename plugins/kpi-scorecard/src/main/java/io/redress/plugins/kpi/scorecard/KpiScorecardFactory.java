package io.redress.plugins.kpi.scorecard;

import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigSchema;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.KpiSchemeFactory;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.PluginConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Creates {@link KpiScorecard}s from a tenant's targets and incentive rules. */
public final class KpiScorecardFactory implements KpiSchemeFactory {

    public static final String ID = "kpi-scorecard";
    public static final String VERSION = "1.0.0";

    public static final String TARGETS = "targets";
    public static final String INCENTIVES = "incentives";

    private static final LocalizedText NAME = LocalizedText.of("绩效计分卡", "KPI scorecard");

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(TARGETS, ConfigType.OBJECT_LIST)
                    .label("指标目标", "Targets")
                    .help("各指标的目标值，如满意率不低于 0.95（atLeast）或平均解决时长不超过 720 小时（atMost）；"
                                    + "比率以 0 到 1 的小数表示，ON_TIME_RATE.* 适用于每个阶段，单个阶段的目标优先。",
                            "The target of each indicator, e.g. a satisfaction rate of at least 0.95 (atLeast) or an "
                                    + "average resolution time of at most 720 hours (atMost). Rates are fractions from 0 to 1; "
                                    + "ON_TIME_RATE.* applies to every stage, and a stage's own target comes first.")
                    .defaultValue(PolicyPresets.policyA().get(TARGETS))
                    .build(),
            ConfigField.builder(INCENTIVES, ConfigType.OBJECT_LIST)
                    .label("奖惩规则", "Incentive rules")
                    .help("指标达到条件时给予奖励积分（BONUS_POINTS）、表彰（COMMENDATION）或警告（WARNING）；"
                                    + "allOf 中的条件须全部满足，无数据的指标从不触发规则，scopes 限定适用于个人、部门或区域。",
                            "Gives bonus points (BONUS_POINTS), a commendation (COMMENDATION) or a warning (WARNING) when "
                                    + "an indicator meets the rule's condition; every condition in allOf must hold, an "
                                    + "indicator with no data never fires a rule, and scopes limits a rule to persons, "
                                    + "departments or regions.")
                    .defaultValue(PolicyPresets.policyA().get(INCENTIVES))
                    .build());

    public KpiScorecardFactory() {
        // ServiceLoader needs a public no-arg constructor
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public LocalizedText name() {
        return NAME;
    }

    @Override
    public ConfigSchema configSchema() {
        return SCHEMA;
    }

    /**
     * Validates the configuration as {@link #create} will see it, with absent keys taken from the defaults, and then
     * every target and rule, since the schema checks no more than that each is an object.
     */
    @Override
    public List<FieldError> validate(PluginConfig config) {
        PluginConfig effective = config.withDefaults(SCHEMA);
        List<FieldError> errors = new ArrayList<>(SCHEMA.validate(effective));
        if (effective.values().get(TARGETS) instanceof Collection<?> targets) {
            SettingsReader.targets(TARGETS, targets, errors);
        }
        if (effective.values().get(INCENTIVES) instanceof Collection<?> incentives) {
            SettingsReader.incentives(INCENTIVES, incentives, errors);
        }
        return List.copyOf(errors);
    }

    /** The targets and incentives of the written policies, by the names the policy templates use. */
    @Override
    public Map<String, PluginConfig> presets() {
        return Map.of(
                "policy-a", PluginConfig.of(PolicyPresets.policyA()),
                "policy-b", PluginConfig.of(PolicyPresets.policyB()),
                "policy-c", PluginConfig.of(PolicyPresets.policyC()));
    }

    @Override
    public KpiScorecard create(PluginConfig config) {
        // checked again because a caller that skipped validate would otherwise get a ClassCastException from deep inside
        List<FieldError> errors = validate(config);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration of " + ID + ": " + errors);
        }
        PluginConfig effective = config.withDefaults(SCHEMA);
        List<FieldError> none = new ArrayList<>();
        return new KpiScorecard(SettingsReader.targets(TARGETS, effective.objectList(TARGETS), none),
                SettingsReader.incentives(INCENTIVES, effective.objectList(INCENTIVES), none));
    }
}
