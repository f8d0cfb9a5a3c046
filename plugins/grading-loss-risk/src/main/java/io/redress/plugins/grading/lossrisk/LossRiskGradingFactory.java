package io.redress.plugins.grading.lossrisk;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigSchema;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradingSchemeFactory;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.RiskFlag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Creates {@link LossRiskGrading} schemes from a tenant's configuration of Policy C. */
public final class LossRiskGradingFactory implements GradingSchemeFactory {

    public static final String ID = "grading-loss-risk";
    public static final String VERSION = "1.0.0";

    public static final String MAJOR_LOSS_THRESHOLD = "majorLossThreshold";
    public static final String MAJOR_GROUP_SIZE = "majorGroupSize";
    public static final String IMPORTANT_GROUP_SIZE = "importantGroupSize";
    public static final String MAJOR_FLAGS = "majorFlags";
    public static final String IMPORTANT_FLAGS = "importantFlags";
    public static final String MAJOR_CHANNELS = "majorChannels";

    private static final LocalizedText NAME = LocalizedText.of("损失与风险分级", "Loss and risk grading");

    // defaults are JSON-like because the platform stores configurations as JSON and reads them back as such
    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder(MAJOR_LOSS_THRESHOLD, ConfigType.MONEY)
                    .label("重大损失金额阈值", "Major loss threshold")
                    .help("所称经济损失折算为该币种后超过此金额即为重大投诉，大于零但不超过此金额为重要投诉。",
                            "A claimed loss above this amount, once converted into its currency, makes a complaint major; a smaller positive loss makes it important.")
                    .defaultValue(Map.of("amount", "10000.00", "currency", "CNY"))
                    .min(0)
                    .build(),
            ConfigField.builder(MAJOR_GROUP_SIZE, ConfigType.INTEGER)
                    .label("重大群体投诉人数", "Major group size")
                    .help("投诉人数达到此数即为重大投诉。",
                            "A complaint backed by at least this many complainants is major.")
                    .defaultValue(3L)
                    .min(2)
                    .max(1000)
                    .build(),
            ConfigField.builder(IMPORTANT_GROUP_SIZE, ConfigType.INTEGER)
                    .label("重要群体投诉人数", "Important group size")
                    .help("投诉人数达到此数但低于重大群体投诉人数即为重要投诉；须小于重大群体投诉人数。",
                            "At least this many complainants, but fewer than the major group size, make a complaint important; must be smaller than the major group size.")
                    .defaultValue(2L)
                    .min(2)
                    .max(1000)
                    .build(),
            ConfigField.builder(MAJOR_FLAGS, ConfigType.LIST)
                    .label("重大风险标记", "Major risk flags")
                    .help("带有其中任一标记的投诉即为重大投诉。",
                            "A complaint carrying any of these flags is major.")
                    .defaultValue(List.of("PUBLIC_OPINION", "MEDIA_RISK", "PARTNERSHIP_RISK", "REGULATOR_RISK",
                            "TRADE_SECRET_LEAK", "LAW_BREACH"))
                    .allowedValues(names(RiskFlag.values()))
                    .build(),
            ConfigField.builder(IMPORTANT_FLAGS, ConfigType.LIST)
                    .label("重要风险标记", "Important risk flags")
                    .help("带有其中任一标记的投诉至少为重要投诉。",
                            "A complaint carrying any of these flags is at least important.")
                    .defaultValue(List.of("DELIVERY_DELAY", "CONTRACT_DEVIATION", "BROKEN_PROMISE", "MINOR_DATA_LEAK"))
                    .allowedValues(names(RiskFlag.values()))
                    .build(),
            ConfigField.builder(MAJOR_CHANNELS, ConfigType.LIST)
                    .label("重大投诉渠道", "Major channels")
                    .help("经由这些渠道（如监管转办）进入的投诉即为重大投诉。",
                            "A complaint that comes in through one of these channels, such as a regulator's referral, is major.")
                    .defaultValue(List.of("REGULATOR"))
                    .allowedValues(names(Channel.values()))
                    .build());

    public LossRiskGradingFactory() {
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
     * Validates the configuration as {@link #create} will see it, with absent keys taken from the defaults, so that
     * whatever passes here can be created and a partial configuration is not rejected for a key it may omit.
     */
    @Override
    public List<FieldError> validate(PluginConfig config) {
        PluginConfig effective = config.withDefaults(SCHEMA);
        List<FieldError> errors = new ArrayList<>(SCHEMA.validate(effective));
        checkGroupSizes(effective, errors);
        return List.copyOf(errors);
    }

    private static void checkGroupSizes(PluginConfig effective, List<FieldError> errors) {
        // a size already reported as malformed cannot be compared, and a second error on it would only repeat the first
        boolean malformed = errors.stream().map(FieldError::field)
                .anyMatch(f -> f.equals(MAJOR_GROUP_SIZE) || f.equals(IMPORTANT_GROUP_SIZE));
        if (malformed) {
            return;
        }
        BigDecimal major = new BigDecimal(effective.values().get(MAJOR_GROUP_SIZE).toString());
        BigDecimal important = new BigDecimal(effective.values().get(IMPORTANT_GROUP_SIZE).toString());
        if (important.compareTo(major) >= 0) {
            errors.add(new FieldError(IMPORTANT_GROUP_SIZE,
                    "must be smaller than " + MAJOR_GROUP_SIZE + " (" + major.toPlainString() + ")"));
        }
    }

    @Override
    public LossRiskGrading create(PluginConfig config) {
        // checked again because a caller that skipped validate would otherwise get a ClassCastException from deep inside
        List<FieldError> errors = validate(config);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("invalid configuration of " + ID + ": " + errors);
        }
        PluginConfig effective = config.withDefaults(SCHEMA);
        return new LossRiskGrading(
                effective.money(MAJOR_LOSS_THRESHOLD),
                Math.toIntExact(effective.integer(MAJOR_GROUP_SIZE)),
                Math.toIntExact(effective.integer(IMPORTANT_GROUP_SIZE)),
                parse(RiskFlag.class, effective.list(MAJOR_FLAGS)),
                parse(RiskFlag.class, effective.list(IMPORTANT_FLAGS)),
                parse(Channel.class, effective.list(MAJOR_CHANNELS)));
    }

    private static <E extends Enum<E>> Set<E> parse(Class<E> type, List<String> names) {
        return names.stream().map(n -> Enum.valueOf(type, n)).collect(Collectors.toSet());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
