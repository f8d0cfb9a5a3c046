package io.redress.plugin.tck;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigSchema;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.Plugin;
import io.redress.plugin.api.PluginConfig;
import io.redress.plugin.api.PluginFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of every plugin factory, whatever kind of plugin it makes. A plugin module's test extends the
 * contract of its kind ({@link GradingSchemeContractTest}, {@link ApprovalChainContractTest} or
 * {@link KpiSchemeContractTest}) and names its factory and the
 * configurations that must be refused:
 *
 * <pre>{@code
 * class MyGradingContractTest extends GradingSchemeContractTest {
 *     protected MyGradingFactory factory() { return new MyGradingFactory(); }
 *     protected Map<String, PluginConfig> invalidConfigs() {
 *         return Map.of("unknown key", PluginConfig.of(Map.of("colour", "red")));
 *     }
 * }
 * }</pre>
 *
 * The module also needs {@code src/test/resources/junit-platform.properties} with the line
 * {@code jqwik.database = target/.jqwik-database}, so that jqwik keeps its record of failed samples under
 * {@code target/} instead of in the source tree. The TCK cannot ship that file: a library's copy on the test class
 * path would clash with the module's own.
 *
 * <p>The test methods are final: a contract a plugin could switch off one test at a time would prove nothing to the
 * platform that loads it.
 *
 * @param <P> the kind of plugin the factory creates
 */
public abstract class PluginContractTest<P extends Plugin> {

    /** Lower-case words joined by hyphens, as a policy and a URL name them; 3 to 63 characters. */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{2,62}");

    /** x.y.z without leading zeros: a policy records the version, and two spellings of one version would split its history. */
    private static final Pattern VERSION = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)");

    /** The factory under test; a new one per call is fine, since factories hold no state. */
    protected abstract PluginFactory<P> factory();

    /**
     * Configurations the factory must refuse, by a name that says what is wrong with each (it names the test).
     * At least one: a factory that accepts everything is not validating.
     */
    protected abstract Map<String, PluginConfig> invalidConfigs();

    /**
     * Configurations besides the empty one and the defaults that the factory must accept and that the contract then
     * exercises like those two, by name. None unless a subclass names some; settings that switch rules off or change
     * currencies are worth naming here, since the defaults rarely reach those paths.
     */
    protected Map<String, PluginConfig> validConfigs() {
        return Map.of();
    }

    /**
     * Fails unless two plugins created from the same configuration decide alike. Each kind's contract knows what its
     * plugins decide, so it is the one to compare them.
     */
    protected abstract void assertDecideAlike(P first, P second);

    /** The empty configuration, the schema's defaults and {@link #validConfigs()}, by name, in that order. */
    protected final Map<String, PluginConfig> sampleConfigs() {
        Map<String, PluginConfig> samples = new LinkedHashMap<>();
        samples.put("empty", PluginConfig.of(Map.of()));
        samples.put("defaults", factory().configSchema().defaults());
        validConfigs().forEach((name, config) -> {
            if (samples.putIfAbsent(name, config) != null) {
                fail("valid configuration \"" + name + "\" hides the contract's own sample of that name");
            }
        });
        return samples;
    }

    @Test
    public final void idIsAStableSlug() {
        String id = factory().id();
        assertNotNull(id, "id");
        assertTrue(ID.matcher(id).matches(), () -> "id \"" + id + "\" must match " + ID);
    }

    @Test
    public final void versionIsSemantic() {
        String version = factory().version();
        assertNotNull(version, "version");
        assertTrue(VERSION.matcher(version).matches(), () -> "version \"" + version + "\" must be x.y.z");
    }

    @Test
    public final void kindIsDeclared() {
        assertNotNull(factory().kind(), "kind");
    }

    @Test
    public final void nameIsInBothLanguages() {
        assertBilingual("name", factory().name());
    }

    @Test
    public final void factoryIsFoundThroughServiceLoader() {
        PluginFactory<P> factory = factory();
        // types first: a broken registration of some other plugin must not hide whether this one is there
        List<ServiceLoader.Provider<PluginFactory>> providers = ServiceLoader.load(PluginFactory.class).stream().toList();
        Optional<ServiceLoader.Provider<PluginFactory>> mine = providers.stream()
                .filter(p -> p.type().equals(factory.getClass())).findFirst();
        assertTrue(mine.isPresent(), () -> factory.getClass().getName()
                + " is not listed in META-INF/services/" + PluginFactory.class.getName());
        PluginFactory<?> loaded = assertDoesNotThrow(() -> mine.get().get(), "ServiceLoader cannot create the factory");
        assertEquals(factory.id(), loaded.id(), "id of the factory ServiceLoader created");
        long sameId = providers.stream().map(ServiceLoader.Provider::get).filter(f -> factory.id().equals(f.id())).count();
        assertEquals(1, sameId, () -> "factories on the class path with id " + factory.id());
    }

    @Test
    public final void schemaKeysAreUnique() {
        ConfigSchema schema = factory().configSchema();
        assertNotNull(schema, "configSchema");
        Set<String> seen = new HashSet<>();
        for (ConfigField f : schema.fields()) {
            assertTrue(seen.add(f.key()), () -> "key " + f.key() + " appears twice");
        }
    }

    @TestFactory
    public final Stream<DynamicTest> everyFieldIsLabelledAndExplainedInBothLanguages() {
        return factory().configSchema().fields().stream().map(f -> DynamicTest.dynamicTest(f.key(), () -> {
            assertBilingual(f.key() + " label", f.label());
            assertBilingual(f.key() + " help", f.help());
        }));
    }

    /**
     * A default is checked alone, with nothing else set, so that one broken default cannot hide behind the others
     * and every field's default is known to be a value its own type accepts.
     */
    @TestFactory
    public final Stream<DynamicTest> everyDefaultIsValidOnItsOwn() {
        PluginFactory<P> factory = factory();
        return factory.configSchema().fields().stream().filter(f -> f.defaultValue() != null)
                .map(f -> DynamicTest.dynamicTest(f.key(), () -> {
                    PluginConfig alone = PluginConfig.of(Map.of(f.key(), f.defaultValue()));
                    assertEquals(List.of(), factory.configSchema().validate(alone), "schema errors of the default alone");
                    assertEquals(List.of(), factory.validate(alone), "factory errors of the default alone");
                }));
    }

    /** The platform stores configurations as JSON; a default that JSON cannot carry would change on its first save. */
    @Test
    public final void defaultsAreJsonLike() {
        factory().configSchema().defaults().values().forEach((key, value) ->
                assertTrue(isJsonLike(value), () -> key + " = " + value + " (" + value.getClass().getName() + ") is not JSON-like"));
    }

    private static boolean isJsonLike(Object value) {
        return switch (value) {
            case String s -> true;
            case Boolean b -> true;
            // never a double: money and durations must not pick up binary rounding on the way
            case Integer i -> true;
            case Long l -> true;
            case BigInteger i -> true;
            case BigDecimal d -> true;
            case List<?> list -> list.stream().allMatch(PluginContractTest::isJsonLike);
            case Map<?, ?> map -> map.keySet().stream().allMatch(String.class::isInstance)
                    && map.values().stream().allMatch(PluginContractTest::isJsonLike);
            default -> false;
        };
    }

    @Test
    public final void emptyConfigurationIsValidAndCreatesAPlugin() {
        assertAcceptedAndCreated(PluginConfig.of(Map.of()));
    }

    @Test
    public final void defaultsAreValidAndCreateAPlugin() {
        assertAcceptedAndCreated(factory().configSchema().defaults());
    }

    /** A template starts a tenant from a preset: each must be a configuration the plugin accepts. */
    @TestFactory
    public final Stream<DynamicTest> everyPresetIsAcceptedAndCreatesAPlugin() {
        return factory().presets().entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    assertTrue(e.getKey().matches("[a-z][a-z0-9-]{1,62}"), "preset names are lower-case words joined by '-'");
                    assertAcceptedAndCreated(e.getValue());
                }));
    }

    @TestFactory
    public final Stream<DynamicTest> validConfigurationsAreAcceptedAndCreatePlugins() {
        return validConfigs().entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> assertAcceptedAndCreated(e.getValue())));
    }

    private void assertAcceptedAndCreated(PluginConfig config) {
        PluginFactory<P> factory = factory();
        assertEquals(List.of(), factory.validate(config), () -> "errors of " + config);
        assertNotNull(factory.create(config), () -> "plugin created from " + config);
    }

    @Test
    public final void namesConfigurationsThatMustBeRefused() {
        assertNotNull(invalidConfigs(), "invalidConfigs");
        assertFalse(invalidConfigs().isEmpty(), "name at least one configuration the factory must refuse");
    }

    /**
     * An error must point at the setting to fix: a schema key, or a part of one such as {@code threshold.amount} or
     * {@code flags[2]}. The one exception is a key of the configuration that the schema does not know, since the
     * error about an unknown setting can name nothing else.
     */
    @TestFactory
    public final Stream<DynamicTest> everyInvalidConfigurationIsRefusedWithTheFaultySettingNamed() {
        PluginFactory<P> factory = factory();
        Set<String> keys = new HashSet<>();
        factory.configSchema().fields().forEach(f -> keys.add(f.key()));
        return invalidConfigs().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            PluginConfig config = e.getValue();
            List<FieldError> errors = factory.validate(config);
            assertNotNull(errors, "errors");
            assertFalse(errors.isEmpty(), () -> "accepted " + config);
            for (FieldError error : errors) {
                String root = root(error.field());
                assertTrue(keys.contains(root) || config.values().containsKey(root), () -> "error " + error + " names no setting of the schema " + keys);
                assertFalse(error.message().isBlank(), () -> "error " + error + " does not say why");
            }
        }));
    }

    private static String root(String field) {
        int end = field.length();
        for (char c : new char[] {'.', '['}) {
            int at = field.indexOf(c);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return field.substring(0, end);
    }

    /** A plugin is pure: what it decides may depend on its configuration only, never on which instance decides. */
    @Test
    public final void pluginsCreatedFromTheSameConfigurationDecideAlike() {
        PluginFactory<P> factory = factory();
        sampleConfigs().forEach((name, config) -> {
            P first = factory.create(config);
            P second = factory.create(config);
            try {
                assertDecideAlike(first, second);
            } catch (AssertionError e) {
                throw new AssertionError("configuration \"" + name + "\": " + e.getMessage(), e);
            }
        });
    }

    /**
     * Both languages present, and the Chinese text really Chinese: a zh text without a single Han character is
     * almost always the English one pasted twice.
     */
    static void assertBilingual(String what, LocalizedText text) {
        assertNotNull(text, what);
        assertFalse(text.zh().isBlank(), what + " in zh-CN");
        assertFalse(text.en().isBlank(), what + " in en");
        assertTrue(text.zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                () -> what + " in zh-CN has no Chinese: " + text.zh());
        assertTrue(text.en().codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                () -> what + " in en has Chinese: " + text.en());
    }
}
