package io.redress.plugins.grading.lossrisk;

import static io.redress.plugins.grading.lossrisk.FactsBuilder.complaint;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginFactory;
import io.redress.plugin.api.PluginKind;
import io.redress.plugin.api.RiskFlag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LossRiskGradingFactoryTest {

    private final LossRiskGradingFactory factory = new LossRiskGradingFactory();

    private Set<String> errorFields(Map<String, ?> values) {
        return factory.validate(PluginConfig.of(values)).stream().map(FieldError::field).collect(Collectors.toCollection(TreeSet::new));
    }

    @Nested
    class Identity {

        @Test
        void idVersionKindAndName() {
            assertEquals("grading-loss-risk", factory.id());
            assertEquals("1.0.0", factory.version());
            assertEquals(PluginKind.GRADING_SCHEME, factory.kind());
            assertEquals("损失与风险分级", factory.name().in(Locale.CHINA));
            assertEquals("Loss and risk grading", factory.name().in(Locale.ENGLISH));
        }

        @Test
        void isFoundThroughServiceLoader() {
            List<PluginFactory<?>> found = new ArrayList<>();
            ServiceLoader.load(PluginFactory.class).forEach(found::add);
            assertEquals(1, found.stream().filter(f -> f.id().equals("grading-loss-risk")).count());
            assertInstanceOf(LossRiskGradingFactory.class,
                    found.stream().filter(f -> f.id().equals("grading-loss-risk")).findFirst().orElseThrow());
        }
    }

    @Nested
    class Schema {

        @Test
        void fieldsTypesAndDefaults() {
            List<ConfigField> fields = factory.configSchema().fields();
            assertEquals(List.of("majorLossThreshold", "majorGroupSize", "importantGroupSize", "majorFlags",
                    "importantFlags", "majorChannels"), fields.stream().map(ConfigField::key).toList());
            assertEquals(List.of(ConfigType.MONEY, ConfigType.INTEGER, ConfigType.INTEGER, ConfigType.LIST,
                    ConfigType.LIST, ConfigType.LIST), fields.stream().map(ConfigField::type).toList());

            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("majorLossThreshold", Map.of("amount", "10000.00", "currency", "CNY"));
            expected.put("majorGroupSize", 3L);
            expected.put("importantGroupSize", 2L);
            expected.put("majorFlags", List.of("PUBLIC_OPINION", "MEDIA_RISK", "PARTNERSHIP_RISK", "REGULATOR_RISK",
                    "TRADE_SECRET_LEAK", "LAW_BREACH"));
            expected.put("importantFlags", List.of("DELIVERY_DELAY", "CONTRACT_DEVIATION", "BROKEN_PROMISE", "MINOR_DATA_LEAK"));
            expected.put("majorChannels", List.of("REGULATOR"));
            assertEquals(expected, factory.configSchema().defaults().values());
        }

        @Test
        void bounds() {
            ConfigField threshold = factory.configSchema().field("majorLossThreshold").orElseThrow();
            assertEquals(0, threshold.min().compareTo(BigDecimal.ZERO));
            for (String key : List.of("majorGroupSize", "importantGroupSize")) {
                ConfigField f = factory.configSchema().field(key).orElseThrow();
                assertEquals(0, f.min().compareTo(BigDecimal.valueOf(2)), key);
                assertEquals(0, f.max().compareTo(BigDecimal.valueOf(1000)), key);
            }
        }

        @Test
        void listsAllowExactlyTheEnumNames() {
            List<String> flags = Arrays.stream(RiskFlag.values()).map(Enum::name).toList();
            List<String> channels = Arrays.stream(Channel.values()).map(Enum::name).toList();
            assertEquals(flags, factory.configSchema().field("majorFlags").orElseThrow().allowedValues());
            assertEquals(flags, factory.configSchema().field("importantFlags").orElseThrow().allowedValues());
            assertEquals(channels, factory.configSchema().field("majorChannels").orElseThrow().allowedValues());
        }

        @Test
        void everyFieldIsLabelledAndExplainedInBothLanguages() {
            for (ConfigField f : factory.configSchema().fields()) {
                assertNotEquals(f.label().zh(), f.label().en(), f.key());
                assertNotEquals(f.help().zh(), f.help().en(), f.key());
                assertTrue(f.label().zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), f.key());
                assertTrue(f.help().zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), f.key());
                assertTrue(f.label().en().chars().allMatch(c -> c < 128), f.key());
            }
        }

        @Test
        void defaultsAreJsonLike() {
            factory.configSchema().defaults().values().forEach((key, value) -> assertTrue(isJsonLike(value), key + " = " + value));
        }

        private static boolean isJsonLike(Object value) {
            return switch (value) {
                case String s -> true;
                case Long l -> true;
                case Integer i -> true;
                case List<?> list -> list.stream().allMatch(String.class::isInstance);
                case Map<?, ?> map -> map.keySet().stream().allMatch(String.class::isInstance)
                        && map.values().stream().allMatch(String.class::isInstance);
                default -> false;
            };
        }
    }

    @Nested
    class Validation {

        @Test
        void defaultsHaveNoErrors() {
            PluginConfig defaults = factory.configSchema().defaults();
            assertEquals(List.of(), factory.configSchema().validate(defaults));
            assertEquals(List.of(), factory.validate(defaults));
        }

        @Test
        void anAbsentKeyTakesItsDefault() {
            assertEquals(List.of(), factory.validate(PluginConfig.of(Map.of())));
            assertEquals(List.of(), factory.validate(PluginConfig.of(Map.of("majorGroupSize", 7L))));
        }

        @Test
        void valuesAsAJsonParserWouldGiveThemAreAccepted() {
            Map<String, Object> parsed = Map.of(
                    "majorLossThreshold", Map.of("amount", 20000, "currency", "USD"),
                    "majorGroupSize", 4,
                    "importantGroupSize", 2.0,
                    "majorFlags", List.of(),
                    "importantFlags", new ArrayList<>(List.of("DELIVERY_DELAY")),
                    "majorChannels", List.of("REGULATOR", "FORUM"));
            assertEquals(List.of(), factory.validate(PluginConfig.of(parsed)));
        }

        @Test
        void unknownKey() {
            assertEquals(Set.of("majorLossTreshold"),
                    errorFields(Map.of("majorLossTreshold", Map.of("amount", "1", "currency", "CNY"))));
        }

        @Test
        void negativeThreshold() {
            assertEquals(Set.of("majorLossThreshold.amount"),
                    errorFields(Map.of("majorLossThreshold", Map.of("amount", "-0.01", "currency", "CNY"))));
        }

        @Test
        void badCurrency() {
            assertEquals(Set.of("majorLossThreshold.currency"),
                    errorFields(Map.of("majorLossThreshold", Map.of("amount", "10000.00", "currency", "RMB"))));
            assertEquals(Set.of("majorLossThreshold.currency"),
                    errorFields(Map.of("majorLossThreshold", Map.of("amount", "10000.00"))));
        }

        @Test
        void thresholdAmountNotANumber() {
            assertEquals(Set.of("majorLossThreshold.amount"),
                    errorFields(Map.of("majorLossThreshold", Map.of("amount", "ten thousand", "currency", "CNY"))));
        }

        @Test
        void flagThatIsNotARiskFlag() {
            assertEquals(Set.of("majorFlags[1]"), errorFields(Map.of("majorFlags", List.of("MEDIA_RISK", "BAD_PRESS"))));
            assertEquals(Set.of("importantFlags[0]"), errorFields(Map.of("importantFlags", List.of("delivery_delay"))));
        }

        @Test
        void channelThatIsNotAChannel() {
            assertEquals(Set.of("majorChannels[0]"), errorFields(Map.of("majorChannels", List.of("FAX"))));
        }

        @Test
        void importantGroupMustBeSmallerThanMajorGroup() {
            assertEquals(Set.of("importantGroupSize"), errorFields(Map.of("majorGroupSize", 3L, "importantGroupSize", 3L)));
            assertEquals(Set.of("importantGroupSize"), errorFields(Map.of("majorGroupSize", 3L, "importantGroupSize", 4L)));
            // the default important size of 2 is what collides here
            assertEquals(Set.of("importantGroupSize"), errorFields(Map.of("majorGroupSize", 2L)));
            assertEquals(Set.of(), errorFields(Map.of("majorGroupSize", 1000L, "importantGroupSize", 999L)));
        }

        @Test
        void groupSizesOutOfBounds() {
            assertEquals(Set.of("importantGroupSize"), errorFields(Map.of("importantGroupSize", 1L)));
            assertEquals(Set.of("majorGroupSize"), errorFields(Map.of("majorGroupSize", 1001L)));
        }

        @Test
        void wrongTypes() {
            assertEquals(Set.of("majorGroupSize"), errorFields(Map.of("majorGroupSize", "3")));
            assertEquals(Set.of("majorGroupSize"), errorFields(Map.of("majorGroupSize", 3.5)));
            assertEquals(Set.of("importantGroupSize"), errorFields(Map.of("importantGroupSize", true)));
            assertEquals(Set.of("majorLossThreshold"), errorFields(Map.of("majorLossThreshold", "10000.00 CNY")));
            assertEquals(Set.of("majorFlags"), errorFields(Map.of("majorFlags", "PUBLIC_OPINION")));
            assertEquals(Set.of("majorChannels[0]"), errorFields(Map.of("majorChannels", List.of(7))));
        }

        @Test
        void anExplicitNullIsMissingNotDefaulted() {
            Map<String, Object> values = new HashMap<>();
            values.put("majorChannels", null);
            assertEquals(Set.of("majorChannels"), errorFields(values));
        }

        @Test
        void everyErrorIsReportedAtOnce() {
            assertEquals(Set.of("colour", "majorLossThreshold.amount", "majorLossThreshold.currency", "majorFlags[0]",
                            "importantGroupSize"),
                    errorFields(Map.of("colour", "red",
                            "majorLossThreshold", Map.of("amount", "-1", "currency", "XXXX"),
                            "majorFlags", List.of("NOPE"),
                            "majorGroupSize", 5L, "importantGroupSize", 6L)));
        }

        @Test
        void everyErrorSaysWhy() {
            for (FieldError e : factory.validate(PluginConfig.of(Map.of("majorGroupSize", 3L, "importantGroupSize", 3L)))) {
                assertTrue(e.message().contains("majorGroupSize"), e.message());
            }
        }
    }

    @Nested
    class Creation {

        @Test
        void anInvalidConfigurationIsRefused() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> factory.create(PluginConfig.of(Map.of("majorGroupSize", "many"))));
            assertTrue(e.getMessage().contains("majorGroupSize"), e.getMessage());
        }

        @Test
        void jsonLikeNumbersAreRead() {
            LossRiskGrading scheme = factory.create(PluginConfig.of(Map.of(
                    "majorLossThreshold", Map.of("amount", 500, "currency", "CNY"),
                    "majorGroupSize", 4, "importantGroupSize", 3.0)));
            assertEquals(new GradeDecision("MAJOR", "loss-above-threshold"), scheme.grade(complaint().loss("500.01", "CNY").build()));
            assertEquals(new GradeDecision("GENERAL", "no-aggravating-fact"), scheme.grade(complaint().complainants(2).build()));
            assertEquals(new GradeDecision("IMPORTANT", "small-group"), scheme.grade(complaint().complainants(3).build()));
            assertEquals(new GradeDecision("MAJOR", "group-complaint"), scheme.grade(complaint().complainants(4).build()));
        }

        @Test
        void theSchemeDoesNotFollowLaterChangesOfTheInput() {
            List<String> flags = new ArrayList<>(List.of("DATA_LOSS"));
            Map<String, Object> threshold = new HashMap<>(Map.of("amount", "100.00", "currency", "CNY"));
            LossRiskGrading scheme = factory.create(PluginConfig.of(Map.of("majorFlags", flags, "majorLossThreshold", threshold)));
            flags.clear();
            threshold.put("amount", "1000000.00");
            assertEquals(new GradeDecision("MAJOR", "risk-flag"), scheme.grade(complaint().flags(RiskFlag.DATA_LOSS).build()));
            assertEquals(new GradeDecision("MAJOR", "loss-above-threshold"), scheme.grade(complaint().loss("100.01", "CNY").build()));
        }
    }
}
