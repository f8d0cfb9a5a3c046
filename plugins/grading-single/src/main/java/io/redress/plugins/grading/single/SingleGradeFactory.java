package io.redress.plugins.grading.single;

import static io.redress.plugin.api.DeadlineUnit.DAYS;
import static io.redress.plugin.api.DeadlineUnit.HOURS;

import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigSchema;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.GradingSchemeFactory;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.TimeLimit;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Creates {@link SingleGrade} schemes from a tenant's configuration of Policy A. */
public final class SingleGradeFactory implements GradingSchemeFactory {

    public static final String ID = "grading-single";
    public static final String VERSION = "1.0.0";

    public static final String GRADE_CODE = "gradeCode";
    public static final String LABEL_ZH = "labelZh";
    public static final String LABEL_EN = "labelEn";
    public static final String RESPONSE_TIME = "responseTime";
    public static final String REGISTRATION_TIME = "registrationTime";
    public static final String INVESTIGATION_TIME = "investigationTime";
    public static final String PLAN_TIME = "planTime";
    public static final String RESOLUTION_TIME = "resolutionTime";
    public static final String PROGRESS_REVIEW_DAY = "progressReviewDay";
    public static final String RETURN_VISIT_TIME = "returnVisitTime";

    /** The form of every grade code: reports, filters and the API name grades by it. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    /** Ample for any written policy; a bound still catches a slipped digit and keeps every amount an int. */
    private static final int MAX_DURATION = 1000;

    private static final LocalizedText NAME = LocalizedText.of("单一等级", "Single grade");

    // defaults are JSON-like because the platform stores configurations as JSON and reads them back as such
    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(GRADE_CODE, ConfigType.STRING)
                    .label("等级代码", "Grade code")
                    .help("所有投诉获得的等级代码：2 至 32 位大写字母、数字或下划线，以字母开头。",
                            "The code of the grade every complaint gets: 2 to 32 capital letters, digits or underscores, starting with a letter.")
                    .defaultValue("STANDARD")
                    .build(),
            ConfigField.builder(LABEL_ZH, ConfigType.STRING)
                    .label("等级中文名称", "Grade name in Chinese")
                    .help("界面以中文显示时该等级的名称。", "The grade's name when the screens speak Chinese.")
                    .defaultValue("标准投诉")
                    .build(),
            ConfigField.builder(LABEL_EN, ConfigType.STRING)
                    .label("等级英文名称", "Grade name in English")
                    .help("界面以英文显示时该等级的名称。", "The grade's name when the screens speak English.")
                    .defaultValue("Standard complaint")
                    .build(),
            duration(RESPONSE_TIME, TimeLimit.of(72, HOURS),
                    "首次响应时限", "Response time",
                    "自受理起须在此时限内首次响应客户。",
                    "The customer gets a first response within this time of the receipt."),
            duration(REGISTRATION_TIME, TimeLimit.of(1, HOURS),
                    "登记时限", "Registration time",
                    "自受理起须在此时限内完成投诉登记。",
                    "The complaint is registered within this time of its receipt."),
            duration(INVESTIGATION_TIME, TimeLimit.of(3, HOURS),
                    "初步分析时限", "Preliminary analysis time",
                    "自受理起须在此时限内完成初步分析。",
                    "The preliminary analysis is done within this time of the receipt."),
            duration(PLAN_TIME, TimeLimit.of(7, DAYS),
                    "解决方案时限", "Solution plan time",
                    "自受理起须在此时限内由主管确定解决方案。",
                    "A supervisor decides the solution within this time of the receipt."),
            duration(RESOLUTION_TIME, TimeLimit.of(30, DAYS),
                    "闭环时限", "Resolution time",
                    "自受理起须在此时限内解决并闭环。",
                    "The complaint is resolved and the loop closed within this time of the receipt."),
            ConfigField.builder(PROGRESS_REVIEW_DAY, ConfigType.ENUM)
                    .label("每周进度检查日", "Weekly progress review day")
                    .help("每周在这一天的工作时间结束前检查未结投诉的进度。",
                            "Open complaints have their progress reviewed every week by the end of this day's working time.")
                    .defaultValue(DayOfWeek.FRIDAY.name())
                    .allowedValues(Arrays.stream(DayOfWeek.values()).map(Enum::name).toList())
                    .build(),
            duration(RETURN_VISIT_TIME, TimeLimit.of(30, DAYS),
                    "回访时限", "Return visit time",
                    "解决后须在此时限内完成回访。",
                    "The follow-up visit is made within this time of the resolution."));

    public SingleGradeFactory() {
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

    /**
     * Validates the configuration as {@link #create} will see it, with absent keys taken from the defaults, so that
     * whatever passes here can be created and a partial configuration is not rejected for a key it may omit.
     */
    @Override
    public List<FieldError> validate(PluginConfig config) {
        PluginConfig effective = config.withDefaults(SCHEMA);
        List<FieldError> errors = new ArrayList<>(SCHEMA.validate(effective));
        // a value that is not text at all has its error from the schema already
        if (effective.values().get(GRADE_CODE) instanceof String code && !CODE.matcher(code).matches()) {
            errors.add(new FieldError(GRADE_CODE, "must be 2 to 32 capital letters, digits or underscores, starting with a letter"));
        }
        for (String key : List.of(LABEL_ZH, LABEL_EN)) {
            if (effective.values().get(key) instanceof String label && label.isBlank()) {
                errors.add(new FieldError(key, "must not be blank"));
            }
        }
        return List.copyOf(errors);
    }

    @Override
    public SingleGrade create(PluginConfig config) {
        // checked again because a caller that skipped validate would otherwise get a ClassCastException from deep inside
        List<FieldError> errors = validate(config);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration of " + ID + ": " + errors);
        }
        PluginConfig effective = config.withDefaults(SCHEMA);
        GradeDefinition grade = new GradeDefinition(effective.string(GRADE_CODE), 1,
                LocalizedText.of(effective.string(LABEL_ZH), effective.string(LABEL_EN)));
        Deadlines deadlines = new Deadlines(
                effective.timeLimit(RESPONSE_TIME),
                effective.timeLimit(REGISTRATION_TIME),
                effective.timeLimit(INVESTIGATION_TIME),
                effective.timeLimit(PLAN_TIME),
                effective.timeLimit(RESOLUTION_TIME),
                DayOfWeek.valueOf(effective.string(PROGRESS_REVIEW_DAY)),
                effective.timeLimit(RETURN_VISIT_TIME));
        return new SingleGrade(grade, deadlines.handlingPlan());
    }
}
