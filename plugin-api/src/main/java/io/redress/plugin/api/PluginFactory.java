package io.redress.plugin.api;

import java.util.List;
import java.util.Map;

/**
 * Discovered once through {@link java.util.ServiceLoader} ({@code META-INF/services/io.redress.plugin.api.PluginFactory}),
 * a factory names its plugin, describes its settings and creates configured instances, in the manner of Keycloak's
 * {@code ProviderFactory}.
 *
 * @param <P> the kind of plugin it creates
 */
public interface PluginFactory<P extends Plugin> {

    /** Stable identifier a tenant's policy names, e.g. {@code grading-loss-risk}. */
    String id();

    PluginKind kind();

    /** The plugin's version; a policy records it so that history is never re-read under other rules. */
    String version();

    LocalizedText name();

    ConfigSchema configSchema();

    /**
     * Every problem of the configuration; empty when it may be passed to {@link #create}. The configuration is checked
     * as {@link #create} will see it, with absent keys taken from the defaults; a factory with cross-field rules
     * overrides this and adds its own errors to these.
     */
    default List<FieldError> validate(PluginConfig config) {
        return configSchema().validate(config.withDefaults(configSchema()));
    }

    /** An immutable plugin for a configuration that {@link #validate} accepted. */
    P create(PluginConfig config);

    /**
     * Named configurations a policy template can start from, e.g. {@code policy-a} for the rules of a written
     * policy; each must validate. None by default: then a template starts from the schema's defaults.
     */
    default Map<String, PluginConfig> presets() {
        return Map.of();
    }
}
