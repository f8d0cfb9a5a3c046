package io.redress.ui.policy;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import io.redress.core.policy.PluginChoice;
import io.redress.core.policy.PolicyDraft;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.PluginFactory;
import io.redress.plugin.api.PluginConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A part of the policy beside grading that names a plugin of its own — the approval chain ({@code approval}) or the
 * KPI and incentive scheme ({@code kpi}): a choice of the installed plugins of that kind and a form generated from the
 * chosen one's schema. It starts from the version in force and offers "none" only when that version names no plugin,
 * since a draft cannot take one away; its errors are those under {@code <part>.plugin} and {@code <part>.config.}.
 */
final class PluginSection extends VerticalLayout {

    private final String part;
    private final Select<PluginFactory<?>> plugin = new Select<>();
    private final Paragraph inForce = new Paragraph();
    private final Div configHolder = new Div();
    private final Runnable changed;
    private PluginChoice current;
    private ConfigForm form;
    private boolean loading;

    /**
     * @param part    {@code approval} or {@code kpi}: the API's name of the part, and of its texts and ids
     * @param changed told when the admin chooses another plugin
     */
    PluginSection(String part, Runnable changed) {
        this.part = part;
        this.changed = changed;
        setId("policy-" + part);
        setPadding(false);
        H3 title = new H3(getTranslation("policy." + part + ".title"));
        title.setId("policy-" + part + "-title");
        plugin.setId("policy-" + part + "-plugin");
        plugin.setLabel(getTranslation("policy." + part + ".plugin"));
        plugin.setManualValidation(true);
        plugin.setEmptySelectionCaption(getTranslation("policy.none"));
        plugin.setItemLabelGenerator(f -> f == null ? getTranslation("policy.none")
                : getTranslation("policy.pluginItem", f.name().in(getLocale()), f.id(), f.version()));
        plugin.setWidth("28em");
        plugin.addValueChangeListener(e -> {
            if (!loading) {
                switchTo(e.getValue());
                this.changed.run();
            }
        });
        inForce.setId("policy-" + part + "-current");
        configHolder.setWidthFull();
        add(title, inForce, plugin, configHolder);
    }

    /**
     * Shows the version's choice among the installed plugins. Returns the problem of a plugin the version names but
     * that is not installed: then nothing is chosen, and the draft keeps the version's choice unless another is made.
     */
    List<FieldError> load(PluginChoice inForceChoice, List<PluginFactory<?>> factories) {
        current = inForceChoice;
        Optional<PluginFactory<?>> chosen = current == null ? Optional.empty()
                : factories.stream().filter(f -> f.id().equals(current.plugin())).findFirst();
        loading = true;
        try {
            plugin.setEmptySelectionAllowed(current == null);
            plugin.setItems(factories);
            plugin.setValue(chosen.orElse(null));
        } finally {
            loading = false;
        }
        inForce.setText(current == null ? getTranslation("policy.part.noneInForce")
                : getTranslation("policy.part.inForce", current.plugin(), current.version()));
        showForm(chosen.map(f -> new ConfigForm(f.configSchema(), current.config().values(), path(), idPrefix())).orElse(null));
        if (current != null && chosen.isEmpty()) {
            return List.of(new FieldError(part + ".plugin", getTranslation("policy.part.missing", current.plugin())));
        }
        return List.of();
    }

    /** The version's own plugin comes back with the version's settings; another starts from its defaults. */
    private void switchTo(PluginFactory<?> factory) {
        if (factory == null) {
            showForm(null);
            return;
        }
        Map<String, ?> values = current != null && factory.id().equals(current.plugin()) ? current.config().values()
                : factory.configSchema().defaults().values();
        showForm(new ConfigForm(factory.configSchema(), values, path(), idPrefix()));
    }

    private void showForm(ConfigForm generated) {
        configHolder.removeAll();
        form = generated;
        if (generated != null) {
            configHolder.add(generated);
        }
    }

    /**
     * The plugin and settings as edited, or null when none is chosen: then the version in force names none (or one
     * that is no longer installed), and the draft keeps it so.
     */
    PolicyDraft.Choice choice() {
        if (plugin.isEmpty() || form == null) {
            return null;
        }
        return new PolicyDraft.Choice(plugin.getValue().id(), PluginConfig.of(form.values()));
    }

    /** Marks the choice and the settings that the errors name. */
    void showErrors(List<FieldError> errors) {
        clearErrors();
        List<String> messages = errors.stream().filter(e -> e.field().equals(part + ".plugin")).map(FieldError::message).toList();
        if (!messages.isEmpty()) {
            plugin.setErrorMessage(String.join("; ", messages));
            plugin.setInvalid(true);
        }
        if (form != null) {
            form.showErrors(errors);
        }
    }

    void clearErrors() {
        plugin.setInvalid(false);
        plugin.setErrorMessage(null);
        if (form != null) {
            form.clearErrors();
        }
    }

    /** The label of the setting an error path names, for listing the error. */
    Optional<String> labelOf(String errorPath) {
        return form == null ? Optional.empty() : form.labelOf(errorPath);
    }

    private String path() {
        return part + ".config.";
    }

    private String idPrefix() {
        return part + "-config-";
    }

    Select<PluginFactory<?>> plugin() {
        return plugin;
    }

    ConfigForm form() {
        return form;
    }
}
