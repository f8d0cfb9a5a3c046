package io.redress.ui.policy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigSchema;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.FieldError;
import io.redress.ui.i18n.Labels;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A plugin's settings as a form generated from its {@link ConfigSchema}: one input per field, labelled and explained
 * in the UI's language, starting from the given values or the field's default. {@link #values()} gives the settings
 * back in the JSON-like form of {@link io.redress.plugin.api.PluginConfig}; {@link #showErrors} puts the API's
 * messages on the fields they name.
 */
public class ConfigForm extends FormLayout {

    /** The API's path of a grading setting: {@code grading.config.<key>[.amount|[i]]}. */
    static final String PATH = "grading.config.";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, DeserializationFeature.USE_LONG_FOR_INTS).build();

    /** One generated input: what is shown, where its errors go, and how its value is read. */
    private record Input(ConfigField field, Component component, HasValidation validation, Supplier<Object> reader) {
    }

    private final Map<String, Input> inputs = new LinkedHashMap<>();
    private final String path;
    private final String idPrefix;

    /**
     * The grading plugin's settings: errors under {@code grading.config.}, inputs with the ids {@code config-<key>}.
     *
     * @param values the configuration to show; a field without a value shows its default
     */
    public ConfigForm(ConfigSchema schema, Map<String, ?> values) {
        this(schema, values, PATH, "config-");
    }

    /**
     * @param values   the configuration to show; a field without a value shows its default
     * @param path     the API's path of the settings, e.g. {@code approval.config.}: errors under it go to the fields
     * @param idPrefix the ids of the inputs, {@code idPrefix + key}, and of the form, {@code policy-} and the prefix
     *                 without its last hyphen, so that several forms on one page never share an id
     */
    public ConfigForm(ConfigSchema schema, Map<String, ?> values, String path, String idPrefix) {
        this.path = path;
        this.idPrefix = idPrefix;
        setId("policy-" + idPrefix.replaceFirst("-$", ""));
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (ConfigField f : schema.fields()) {
            Object value = values.containsKey(f.key()) ? values.get(f.key()) : f.defaultValue();
            Input input = input(f, value);
            Component c = input.component();
            c.setId(idPrefix + f.key());
            if (c instanceof HasLabel labelled) {
                labelled.setLabel(f.label().in(getLocale()));
            }
            if (c instanceof HasHelper helped) {
                helped.setHelperText(f.help().in(getLocale()));
            }
            inputs.put(f.key(), input);
            add(c);
        }
    }

    /**
     * The settings as entered. An empty optional field is left out (the plugin takes its default); an empty required
     * one is sent as null, so that the API answers "is required" just as it would for the same JSON.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((key, input) -> {
            Object value = input.reader().get();
            if (value != null || input.field().required()) {
                values.put(key, value);
            }
        });
        return values;
    }

    /** Marks each field that an error names ({@code grading.config.<key>…}, or this form's path) invalid with the error's message. */
    public void showErrors(List<FieldError> errors) {
        clearErrors();
        Map<String, List<String>> messages = new LinkedHashMap<>();
        for (FieldError error : errors) {
            keyOf(error.field()).ifPresent(key -> {
                String rest = error.field().substring(path.length() + key.length()).replaceFirst("^\\.", "");
                messages.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(rest.isEmpty() ? error.message() : rest + ": " + error.message());
            });
        }
        messages.forEach((key, list) -> {
            HasValidation v = inputs.get(key).validation();
            v.setErrorMessage(String.join("; ", list));
            v.setInvalid(true);
        });
    }

    public void clearErrors() {
        inputs.values().forEach(input -> {
            input.validation().setInvalid(false);
            input.validation().setErrorMessage(null);
        });
    }

    /** The label of the setting an error path names, for listing the error. */
    public Optional<String> labelOf(String errorPath) {
        return keyOf(errorPath).map(key -> inputs.get(key).field().label().in(getLocale()));
    }

    /** The generated input of a setting: the field itself, or a group of two for MONEY and DURATION. */
    public Component input(String key) {
        return inputs.get(key).component();
    }

    public HasValidation validation(String key) {
        return inputs.get(key).validation();
    }

    private Optional<String> keyOf(String errorPath) {
        if (!errorPath.startsWith(path)) {
            return Optional.empty();
        }
        String rest = errorPath.substring(path.length());
        return inputs.keySet().stream()
                .filter(k -> rest.equals(k) || rest.startsWith(k + ".") || rest.startsWith(k + "["))
                .findFirst();
    }

    private Input input(ConfigField f, Object value) {
        return switch (f.type()) {
            case INTEGER -> integer(f, value);
            case DECIMAL -> decimal(f, value);
            case MONEY -> money(f, value);
            case DURATION -> duration(f, value);
            case ENUM -> f.allowedValues().isEmpty() ? text(f, value) : choice(f, value);
            case LIST -> f.allowedValues().isEmpty() ? commaSeparated(f, value) : multiple(f, value);
            case STRING -> text(f, value);
            case BOOLEAN -> bool(f, value);
            // a plugin's rules, targets …: objects whose shape only the plugin knows, edited as pretty-printed JSON
            case OBJECT_LIST -> json(f, value);
            // MAP, and any structured type a later plugin API adds: edited as JSON
            default -> json(f, value);
        };
    }

    private Input integer(ConfigField f, Object value) {
        IntegerField field = wholeNumber(f);
        field.setValue(whole(value));
        field.setRequiredIndicatorVisible(f.required());
        return new Input(f, field, field, () -> field.getValue() == null ? null : (Object) field.getValue().longValue());
    }

    private Input decimal(ConfigField f, Object value) {
        BigDecimalField field = new BigDecimalField();
        field.setManualValidation(true);
        field.setRequiredIndicatorVisible(f.required());
        field.setValue(decimal(value));
        return new Input(f, field, field, field::getValue);
    }

    private Input money(ConfigField f, Object value) {
        Map<?, ?> money = value instanceof Map<?, ?> m ? m : Map.of();
        BigDecimalField amount = new BigDecimalField();
        amount.setManualValidation(true);
        amount.setId(idPrefix + f.key() + "-amount");
        amount.setAriaLabel(getTranslation("policy.config.amount"));
        amount.setValue(decimal(money.get("amount")));
        ComboBox<String> currency = currencies();
        currency.setId(idPrefix + f.key() + "-currency");
        currency.setAriaLabel(getTranslation("policy.config.currency"));
        if (money.get("currency") instanceof String code && currencyCodes().contains(code)) {
            currency.setValue(code);
        }
        Group group = new Group(amount, currency);
        return new Input(f, group, group, () -> amount.isEmpty() && currency.isEmpty() ? null
                : pair("amount", amount.isEmpty() ? null : amount.getValue().toPlainString(), "currency", currency.getValue()));
    }

    private Input duration(ConfigField f, Object value) {
        Map<?, ?> duration = value instanceof Map<?, ?> m ? m : Map.of();
        IntegerField amount = wholeNumber(f);
        amount.setId(idPrefix + f.key() + "-amount");
        amount.setAriaLabel(getTranslation("policy.config.amount"));
        amount.setValue(whole(duration.get("amount")));
        Select<DeadlineUnit> unit = units(this);
        unit.setId(idPrefix + f.key() + "-unit");
        unit.setAriaLabel(getTranslation("policy.stage.unit"));
        if (duration.get("unit") instanceof String name) {
            DeadlineUnit.parse(name).ifPresent(unit::setValue);
        }
        Group group = new Group(amount, unit);
        return new Input(f, group, group, () -> amount.isEmpty() && unit.isEmpty() ? null
                : pair("amount", amount.isEmpty() ? null : amount.getValue().longValue(), "unit",
                unit.isEmpty() ? null : unit.getValue().name()));
    }

    private Input choice(ConfigField f, Object value) {
        Select<String> field = new Select<>();
        field.setManualValidation(true);
        field.setItems(f.allowedValues());
        field.setItemLabelGenerator(code -> Labels.value(this, code));
        field.setEmptySelectionAllowed(!f.required());
        field.setRequiredIndicatorVisible(f.required());
        if (value instanceof String s && f.allowedValues().contains(s)) {
            field.setValue(s);
        }
        return new Input(f, field, field, field::getValue);
    }

    private Input multiple(ConfigField f, Object value) {
        MultiSelectComboBox<String> field = new MultiSelectComboBox<>();
        field.setManualValidation(true);
        field.setItems(f.allowedValues());
        field.setItemLabelGenerator(code -> Labels.value(this, code));
        Set<String> selected = new LinkedHashSet<>();
        if (value instanceof Collection<?> items) {
            items.stream().filter(f.allowedValues()::contains).map(String.class::cast).forEach(selected::add);
        }
        field.setValue(selected);
        // in the schema's order, so that an unchanged setting is saved as it was
        return new Input(f, field, field, () -> f.allowedValues().stream().filter(field.getValue()::contains).toList());
    }

    private Input commaSeparated(ConfigField f, Object value) {
        TextField field = new TextField();
        field.setManualValidation(true);
        if (value instanceof Collection<?> items) {
            field.setValue(Labels.joined(items.stream().map(String::valueOf).toList()));
        }
        return new Input(f, field, field, () -> Labels.codes(field.getValue()));
    }

    private Input text(ConfigField f, Object value) {
        TextField field = new TextField();
        field.setManualValidation(true);
        field.setRequiredIndicatorVisible(f.required());
        field.setValue(value == null ? "" : value.toString());
        return new Input(f, field, field, () -> field.getValue().isEmpty() ? null : field.getValue());
    }

    private Input bool(ConfigField f, Object value) {
        Checkbox field = new Checkbox();
        field.setManualValidation(true);
        field.setValue(Boolean.TRUE.equals(value));
        return new Input(f, field, field, field::getValue);
    }

    private Input json(ConfigField f, Object value) {
        TextArea field = new TextArea();
        field.setManualValidation(true);
        field.addClassName("redress-json");
        field.setValue(value == null ? "" : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
        return new Input(f, field, field, () -> {
            String text = field.getValue().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return JSON.readValue(text, Object.class);
            } catch (JacksonException e) {
                // sent as text: the API then says what shape it wants
                return text;
            }
        });
    }

    private static IntegerField wholeNumber(ConfigField f) {
        IntegerField field = new IntegerField();
        field.setManualValidation(true);
        field.setStepButtonsVisible(true);
        if (f.min() != null && fitsInt(f.min())) {
            field.setMin(f.min().intValue());
        }
        if (f.max() != null && fitsInt(f.max())) {
            field.setMax(f.max().intValue());
        }
        return field;
    }

    static Select<DeadlineUnit> units(Component owner) {
        Select<DeadlineUnit> unit = new Select<>();
        unit.setManualValidation(true);
        unit.setItems(DeadlineUnit.values());
        unit.setItemLabelGenerator(u -> Labels.of(owner, "policy.unit.", u.name()));
        return unit;
    }

    /** A combo box of the ISO 4217 currency codes. */
    static ComboBox<String> currencies() {
        ComboBox<String> currency = new ComboBox<>();
        currency.setManualValidation(true);
        currency.setItems(currencyCodes());
        currency.setWidth("8em");
        return currency;
    }

    static List<String> currencyCodes() {
        return Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList();
    }

    private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static boolean fitsInt(BigDecimal d) {
        return d.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0 && d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private static Integer whole(Object value) {
        BigDecimal d = decimal(value);
        return d == null || !fitsInt(d) ? null : d.intValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * Two inputs under one label, helper text and error message (an amount and its currency or unit). Its own value
     * is unused: the form reads the two inputs.
     */
    static final class Group extends CustomField<Object> implements HasValidationProperties {

        Group(Component first, Component second) {
            HorizontalLayout row = new HorizontalLayout(first, second);
            row.setPadding(false);
            row.setSpacing(true);
            add(row);
        }

        @Override
        protected Object generateModelValue() {
            return null;
        }

        @Override
        protected void setPresentationValue(Object value) {
            // nothing to show: the inputs hold the value
        }
    }
}
