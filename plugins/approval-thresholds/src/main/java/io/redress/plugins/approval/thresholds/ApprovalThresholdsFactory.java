package io.redress.plugins.approval.thresholds;

import io.redress.plugin.api.ApprovalChainFactory;
import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigSchema;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.PluginConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Creates {@link ApprovalThresholds} policies from a tenant's ordered approval rules. */
public final class ApprovalThresholdsFactory implements ApprovalChainFactory {

    public static final String ID = "approval-thresholds";
    public static final String VERSION = "1.0.0";

    public static final String RULES = "rules";

    private static final LocalizedText NAME = LocalizedText.of("金额与等级审批", "Approval by amount and grade");

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(RULES, ConfigType.OBJECT_LIST)
                    .label("审批规则", "Approval rules")
                    .help("按顺序检查，第一条与决定的类型、投诉等级和金额相符的规则决定审批步骤；"
                                    + "金额按租户汇率折算，无法折算的金额视为超过所有界限；没有相符的规则则无须审批。"
                                    + "每个步骤可用 escalateTo（角色与范围）指定逾期后另行开放给谁审批；未指定时按"
                                    + "主管→总监→管理层逐级上报。",
                            "Checked in order: the first rule that matches the decision's type, the complaint's grade "
                                    + "and the amount decides the approval steps. Amounts are converted with the tenant's "
                                    + "rates, and one that cannot be converted counts as above every bound; a decision no "
                                    + "rule matches needs no approval. A step may name in escalateTo (a role and "
                                    + "scope) who may also sign it once its deadline is missed; without it the step goes "
                                    + "one level up: supervisor to director to management.")
                    .defaultValue(PolicyPresets.policyC())
                    .build());

    public ApprovalThresholdsFactory() {
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
     * every rule, since the schema checks no more than that each is an object.
     */
    @Override
    public List<FieldError> validate(PluginConfig config) {
        PluginConfig effective = config.withDefaults(SCHEMA);
        List<FieldError> errors = new ArrayList<>(SCHEMA.validate(effective));
        if (effective.values().get(RULES) instanceof Collection<?> rules) {
            RulesReader.read(RULES, rules, errors);
        }
        return List.copyOf(errors);
    }

    /** The approval rules of the three written policies, by the names the policy templates use. */
    @Override
    public Map<String, PluginConfig> presets() {
        return Map.of(
                "policy-a", PluginConfig.of(Map.of(RULES, PolicyPresets.policyA())),
                "policy-b", PluginConfig.of(Map.of(RULES, PolicyPresets.policyB())),
                "policy-c", PluginConfig.of(Map.of(RULES, PolicyPresets.policyC())));
    }

    @Override
    public ApprovalThresholds create(PluginConfig config) {
        // checked again because a caller that skipped validate would otherwise get a ClassCastException from deep inside
        List<FieldError> errors = validate(config);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration of " + ID + ": " + errors);
        }
        return new ApprovalThresholds(RulesReader.read(RULES, config.withDefaults(SCHEMA).objectList(RULES), new ArrayList<>()));
    }
}
