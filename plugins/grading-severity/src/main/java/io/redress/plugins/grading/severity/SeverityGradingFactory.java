package io.redress.plugins.grading.severity;

import static io.redress.plugin.api.DeadlineUnit.HOURS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_DAYS;
import static io.redress.plugin.api.DeadlineUnit.WORKING_HOURS;

import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigSchema;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradingSchemeFactory;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.TimeLimit;
import io.redress.plugin.api.RiskFlag;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates {@link SeverityGrading} schemes from a tenant's configuration of Policy B. */
public final class SeverityGradingFactory implements GradingSchemeFactory {

    public static final String ID = "grading-severity";
    public static final String VERSION = "1.0.0";

    public static final String LEVEL3_IMPACTS = "level3Impacts";
    public static final String LEVEL3_FLAGS = "level3Flags";
    public static final String LEVEL2_IMPACTS = "level2Impacts";
    public static final String LEVEL2_EMOTIONS = "level2Emotions";
    public static final String LEVEL2_FLAGS = "level2Flags";
    public static final String RESPONSE_TIME = "responseTime";
    public static final String LEVEL1_RESOLUTION = "level1Resolution";
    public static final String LEVEL2_PLAN = "level2Plan";
    public static final String LEVEL2_RESOLUTION = "level2Resolution";
    public static final String LEVEL3_CONTAINMENT = "level3Containment";
    public static final String LEVEL3_PLAN = "level3Plan";
    public static final String LEVEL3_RESOLUTION = "level3Resolution";
    public static final String FEEDBACK_TIME = "feedbackTime";
    public static final String RETURN_VISIT_TIME = "returnVisitTime";

    /** Ample for any written policy; a bound still catches a slipped digit and keeps every amount an int. */
    private static final int MAX_DURATION = 1000;

    private static final LocalizedText NAME = LocalizedText.of("严重程度分级", "Severity grading");

    // defaults are JSON-like because the platform stores configurations as JSON and reads them back as such
    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(LEVEL3_IMPACTS, ConfigType.LIST)
                    .label("三级影响程度", "Level 3 impacts")
                    .help("影响程度为其中之一的投诉即为三级（严重）投诉，如业务中断。",
                            "A complaint with one of these impacts, such as a business interruption, is of level 3.")
                    .defaultValue(List.of("INTERRUPTION"))
                    .allowedValues(names(Impact.values()))
                    .build(),
            ConfigField.builder(LEVEL3_FLAGS, ConfigType.LIST)
                    .label("三级风险标记", "Level 3 risk flags")
                    .help("带有其中任一标记的投诉即为三级（严重）投诉，如数据丢失、安全风险、监管或媒体风险。",
                            "A complaint carrying any of these flags, such as data loss, a security risk or a regulator or media risk, is of level 3.")
                    .defaultValue(List.of("DATA_LOSS", "SECURITY_RISK", "REGULATOR_RISK", "MEDIA_RISK",
                            "LARGE_COMPENSATION_DEMAND", "PUBLIC_APOLOGY_DEMAND"))
                    .allowedValues(names(RiskFlag.values()))
                    .build(),
            ConfigField.builder(LEVEL2_IMPACTS, ConfigType.LIST)
                    .label("二级影响程度", "Level 2 impacts")
                    .help("影响程度为其中之一的投诉至少为二级（中度）投诉，如核心功能受影响。",
                            "A complaint with one of these impacts, such as a core function affected, is at least of level 2.")
                    .defaultValue(List.of("CORE_FUNCTION"))
                    .allowedValues(names(Impact.values()))
                    .build(),
            ConfigField.builder(LEVEL2_EMOTIONS, ConfigType.LIST)
                    .label("二级用户情绪", "Level 2 emotions")
                    .help("用户情绪为其中之一的投诉至少为二级（中度）投诉。",
                            "A complaint whose user shows one of these emotions is at least of level 2.")
                    .defaultValue(List.of("UNHAPPY", "AGITATED"))
                    .allowedValues(names(Emotion.values()))
                    .build(),
            ConfigField.builder(LEVEL2_FLAGS, ConfigType.LIST)
                    .label("二级风险标记", "Level 2 risk flags")
                    .help("带有其中任一标记的投诉至少为二级（中度）投诉，如合理赔偿要求。",
                            "A complaint carrying any of these flags, such as a demand for reasonable compensation, is at least of level 2.")
                    .defaultValue(List.of("COMPENSATION_DEMAND"))
                    .allowedValues(names(RiskFlag.values()))
                    .build(),
            duration(RESPONSE_TIME, TimeLimit.of(2, WORKING_HOURS),
                    "首次响应时限", "Response time",
                    "各级投诉自受理起须在此时限内首次响应。",
                    "Every complaint gets its first response within this time of its receipt."),
            duration(LEVEL1_RESOLUTION, TimeLimit.of(3, WORKING_DAYS),
                    "一级解决时限", "Level 1 resolution time",
                    "一级投诉自受理起由客服在此时限内解决。",
                    "Customer service resolves a level 1 complaint within this time of its receipt."),
            duration(LEVEL2_PLAN, TimeLimit.of(2, WORKING_DAYS),
                    "二级方案时限", "Level 2 plan time",
                    "二级投诉自受理起由责任部门在此时限内制定处理方案。",
                    "The responsible department makes a plan for a level 2 complaint within this time of its receipt."),
            duration(LEVEL2_RESOLUTION, TimeLimit.of(7, WORKING_DAYS),
                    "二级解决时限", "Level 2 resolution time",
                    "二级投诉自受理起须在此时限内解决。",
                    "A level 2 complaint is resolved within this time of its receipt."),
            duration(LEVEL3_CONTAINMENT, TimeLimit.of(2, HOURS),
                    "三级应急控制时限", "Level 3 containment time",
                    "三级投诉自受理起须在此时限内召开应急会议并控制事态。",
                    "The leadership group meets and contains a level 3 complaint within this time of its receipt."),
            duration(LEVEL3_PLAN, TimeLimit.of(1, WORKING_DAYS),
                    "三级方案时限", "Level 3 plan time",
                    "三级投诉自受理起须在此时限内制定专项处理方案。",
                    "A dedicated plan for a level 3 complaint is made within this time of its receipt."),
            duration(LEVEL3_RESOLUTION, TimeLimit.of(10, WORKING_DAYS),
                    "三级解决时限", "Level 3 resolution time",
                    "三级投诉自受理起须在此时限内解决。",
                    "A level 3 complaint is resolved within this time of its receipt."),
            duration(FEEDBACK_TIME, TimeLimit.of(1, WORKING_DAYS),
                    "结果反馈时限", "Feedback time",
                    "解决后须在此时限内向用户说明处理结果。",
                    "The result is explained to the user within this time of the resolution."),
            duration(RETURN_VISIT_TIME, TimeLimit.of(3, WORKING_DAYS),
                    "满意度回访时限", "Return visit time",
                    "反馈后须在此时限内完成满意度回访。",
                    "The satisfaction return visit is made within this time of the feedback."));

    public SeverityGradingFactory() {
        // ServiceLoader needs a public no-arg constructor
    }

    private static ConfigField duration(String key, TimeLimit fallback, String labelZh, String labelEn, String helpZh,
                                        String helpEn) {
        return ConfigField.builder(key, ConfigType.DURATION)
                .label(labelZh, labelEn)
                .help(helpZh, helpEn)
                .defaultValue(fallback.asConfigValue())
                .min(1)
                .max(MAX_DURATION)
                .build();
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

    @Override
    public SeverityGrading create(PluginConfig config) {
        // checked again because a caller that skipped validate would otherwise get a ClassCastException from deep inside
        List<FieldError> errors = validate(config);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration of " + ID + ": " + errors);
        }
        PluginConfig effective = config.withDefaults(SCHEMA);
        Deadlines deadlines = new Deadlines(
                effective.timeLimit(RESPONSE_TIME),
                effective.timeLimit(LEVEL1_RESOLUTION),
                effective.timeLimit(LEVEL2_PLAN),
                effective.timeLimit(LEVEL2_RESOLUTION),
                effective.timeLimit(LEVEL3_CONTAINMENT),
                effective.timeLimit(LEVEL3_PLAN),
                effective.timeLimit(LEVEL3_RESOLUTION),
                effective.timeLimit(FEEDBACK_TIME),
                effective.timeLimit(RETURN_VISIT_TIME));
        return new SeverityGrading(
                parse(Impact.class, effective.list(LEVEL3_IMPACTS)),
                parse(RiskFlag.class, effective.list(LEVEL3_FLAGS)),
                parse(Impact.class, effective.list(LEVEL2_IMPACTS)),
                parse(Emotion.class, effective.list(LEVEL2_EMOTIONS)),
                parse(RiskFlag.class, effective.list(LEVEL2_FLAGS)),
                deadlines);
    }

    private static <E extends Enum<E>> Set<E> parse(Class<E> type, List<String> names) {
        return names.stream().map(n -> Enum.valueOf(type, n)).collect(Collectors.toSet());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
