package io.redress.ui.policy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.ConfigSchema;
import io.redress.plugin.api.ConfigType;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.PluginConfig;
import io.redress.ui.i18n.RedressI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form generated from a schema: one input per type, values back in PluginConfig's JSON-like form, errors on their fields. */
class ConfigFormTest {

    private static final ConfigSchema SCHEMA = ConfigSchema.of(
            ConfigField.builder("count", ConfigType.INTEGER).label("数量", "Count").help("多少。", "How many.")
                    .defaultValue(3L).min(1).max(10).build(),
            ConfigField.builder("rate", ConfigType.DECIMAL).label("比率", "Rate").help("比率。", "The rate.")
                    .defaultValue(new BigDecimal("0.5")).build(),
            ConfigField.builder("limit", ConfigType.MONEY).label("限额", "Limit").help("限额。", "The limit.")
                    .defaultValue(Map.of("amount", "100.00", "currency", "USD")).min(0).build(),
            ConfigField.builder("wait", ConfigType.DURATION).label("等待", "Wait").help("等待。", "The wait.")
                    .defaultValue(Map.of("amount", 2L, "unit", "DAYS")).min(1).max(30).build(),
            ConfigField.builder("mode", ConfigType.ENUM).label("模式", "Mode").help("模式。", "The mode.")
                    .defaultValue("FAST").allowedValues(List.of("FAST", "SLOW")).build(),
            ConfigField.builder("channels", ConfigType.LIST).label("渠道", "Channels").help("渠道。", "Channels.")
                    .defaultValue(List.of("PHONE", "REGULATOR")).allowedValues(List.of("PHONE", "EMAIL", "REGULATOR")).build(),
            ConfigField.builder("tags", ConfigType.LIST).label("标签", "Tags").help("标签。", "Tags.")
                    .defaultValue(List.of("x", "y")).build(),
            ConfigField.builder("note", ConfigType.STRING).label("备注", "Note").help("备注。", "A note.").optional().build(),
            ConfigField.builder("enabled", ConfigType.BOOLEAN).label("启用", "Enabled").help("启用。", "On or off.")
                    .defaultValue(true).build(),
            ConfigField.builder("names", ConfigType.MAP).label("名称", "Names").help("名称。", "Names.")
                    .defaultValue(Map.of("CN", "China")).build(),
            ConfigField.builder("owner", ConfigType.STRING).label("负责人", "Owner").help("负责人。", "Who.").build());

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private ConfigForm form(Locale locale, Map<String, ?> values) {
        UI.getCurrent().setLocale(locale);
        ConfigForm form = new ConfigForm(SCHEMA, values);
        UI.getCurrent().add(form);
        return form;
    }

    @Test
    void eachTypeGetsItsInput() {
        ConfigForm form = form(Locale.ENGLISH, Map.of());
        assertInstanceOf(IntegerField.class, form.input("count"));
        assertInstanceOf(BigDecimalField.class, form.input("rate"));
        assertInstanceOf(CustomField.class, form.input("limit"));
        assertInstanceOf(CustomField.class, form.input("wait"));
        assertInstanceOf(Select.class, form.input("mode"));
        assertInstanceOf(MultiSelectComboBox.class, form.input("channels"));
        assertInstanceOf(TextField.class, form.input("tags"));
        assertInstanceOf(TextField.class, form.input("note"));
        assertInstanceOf(Checkbox.class, form.input("enabled"));
        assertInstanceOf(TextArea.class, form.input("names"));
        assertEquals("Channels", ((MultiSelectComboBox<?>) form.input("channels")).getLabel());
        assertEquals("Regulator referral", ((MultiSelectComboBox<String>) form.input("channels")).getItemLabelGenerator().apply("REGULATOR"));
        assertEquals("x, y", ((TextField) form.input("tags")).getValue());
    }

    @Test
    void defaultsComeBackAsTheSchemaWantsThem() {
        ConfigForm form = form(Locale.SIMPLIFIED_CHINESE, Map.of());
        assertEquals("数量", ((IntegerField) form.input("count")).getLabel());
        assertEquals("多少。", ((IntegerField) form.input("count")).getHelperText());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("count", 3L);
        expected.put("rate", new BigDecimal("0.5"));
        expected.put("limit", Map.of("amount", "100.00", "currency", "USD"));
        expected.put("wait", Map.of("amount", 2L, "unit", "DAYS"));
        expected.put("mode", "FAST");
        expected.put("channels", List.of("PHONE", "REGULATOR"));
        expected.put("tags", List.of("x", "y"));
        expected.put("enabled", true);
        expected.put("names", Map.of("CN", "China"));
        expected.put("owner", null);
        assertEquals(expected, form.values());
        // the note is optional and empty, so it is left out; the owner is required, so the API is told it is missing
        assertEquals(List.of(new FieldError("owner", "is required")), SCHEMA.validate(PluginConfig.of(form.values())));
    }

    @Test
    void editedValuesAndGivenValuesWin() {
        ConfigForm form = form(Locale.ENGLISH, Map.of("count", 7L, "mode", "SLOW", "owner", "ops"));
        assertEquals(7, ((IntegerField) form.input("count")).getValue());
        ((TextField) form.input("tags")).setValue(" a ,b,, c ");
        ((TextArea) form.input("names")).setValue("{\"AE\": \"UAE\", \"n\": 1.50}");
        ((Checkbox) form.input("enabled")).setValue(false);
        Map<String, Object> values = form.values();
        assertEquals(7L, values.get("count"));
        assertEquals("SLOW", values.get("mode"));
        assertEquals(List.of("a", "b", "c"), values.get("tags"));
        assertEquals(Map.of("AE", "UAE", "n", new BigDecimal("1.50")), values.get("names"));
        assertEquals(false, values.get("enabled"));
        assertEquals("ops", values.get("owner"));

        ((TextArea) form.input("names")).setValue("{not json");
        assertEquals(List.of(new FieldError("names", "must be an object")), SCHEMA.validate(PluginConfig.of(form.values())));
    }

    @Test
    void anObjectListIsEditedAsPrettyPrintedJsonAndComesBackAsObjects() {
        ConfigSchema schema = ConfigSchema.of(ConfigField.builder("rules", ConfigType.OBJECT_LIST).label("规则", "Rules")
                .help("规则。", "The rules.").build());
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", "refund-above-threshold");
        rule.put("types", List.of("REFUND"));
        rule.put("above", Map.of("amount", "10000.00", "currency", "CNY"));
        rule.put("steps", List.of(Map.of("mode", "SERIAL", "deadline", Map.of("amount", 2L, "unit", "WORKING_DAYS"))));
        List<Map<String, Object>> rules = List.of(rule);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        ConfigForm form = new ConfigForm(schema, Map.of("rules", rules), "approval.config.", "approval-config-");
        UI.getCurrent().add(form);

        TextArea area = assertInstanceOf(TextArea.class, form.input("rules"));
        assertEquals("approval-config-rules", area.getId().orElseThrow());
        assertEquals("policy-approval-config", form.getId().orElseThrow());
        assertEquals("Rules", area.getLabel());
        assertTrue(area.getValue().lines().count() > 10, "pretty-printed, one value a line: " + area.getValue());
        assertTrue(area.getValue().contains("\"amount\" : \"10000.00\""), "an amount stays text: " + area.getValue());
        assertEquals(Map.of("rules", rules), form.values(), "unchanged, it comes back as it was");
        List<Map<String, Object>> read = PluginConfig.of(form.values()).objectList("rules");
        assertInstanceOf(String.class, ((Map<?, ?>) read.get(0).get("above")).get("amount"));

        area.setValue(area.getValue().replace("\"10000.00\"", "\"25000.50\""));
        Map<?, ?> edited = PluginConfig.of(form.values()).objectList("rules").get(0);
        assertEquals(Map.of("amount", "25000.50", "currency", "CNY"), edited.get("above"));
        assertEquals(List.of(Map.of("mode", "SERIAL", "deadline", Map.of("amount", 2L, "unit", "WORKING_DAYS"))), edited.get("steps"));

        form.showErrors(List.of(new FieldError("approval.config.rules[0].types[0]", "must be one of [PLAN]"),
                new FieldError("grading.config.rules", "is another form's")));
        assertTrue(area.isInvalid());
        assertEquals("[0].types[0]: must be one of [PLAN]", area.getErrorMessage());
        assertEquals("Rules", form.labelOf("approval.config.rules[0].id").orElseThrow());
        assertTrue(form.labelOf("grading.config.rules").isEmpty());
    }

    @Test
    void errorsGoToTheFieldTheyName() {
        ConfigForm form = form(Locale.ENGLISH, Map.of());
        form.showErrors(List.of(new FieldError("grading.config.limit.currency", "must be an ISO 4217 currency code"),
                new FieldError("grading.config.channels[1]", "must be one of [PHONE]"),
                new FieldError("grading.config.count", "must be at most 10"),
                new FieldError("grading.config.unknown", "unknown setting"),
                new FieldError("handlingPlans.MAJOR", "is not a grade")));
        assertTrue(form.validation("limit").isInvalid());
        assertEquals("currency: must be an ISO 4217 currency code", form.validation("limit").getErrorMessage());
        assertEquals("[1]: must be one of [PHONE]", form.validation("channels").getErrorMessage());
        assertEquals("must be at most 10", form.validation("count").getErrorMessage());
        assertFalse(form.validation("wait").isInvalid());
        assertEquals("Limit", form.labelOf("grading.config.limit.amount").orElseThrow());
        assertTrue(form.labelOf("grading.config.unknown").isEmpty());

        form.clearErrors();
        assertFalse(form.validation("limit").isInvalid());
    }
}
