package io.redress.core.policy;

import io.redress.plugin.api.PluginConfig;

import java.util.Objects;

/** A plugin a policy version chose, the version it was checked against, and its configuration. */
public record PluginChoice(String plugin, String version, PluginConfig config) {
    public PluginChoice {
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(config, "config");
    }
}
