package io.redress.plugin.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectListSettingTest {

    private static final ConfigSchema SCHEMA = ConfigSchema.of(ConfigField.builder("rules", ConfigType.OBJECT_LIST)
            .label("规则", "Rules")
            .help("按顺序检查的规则。", "Rules checked in order.")
            .defaultValue(List.of(Map.of("id", "default")))
            .build());

    private static List<FieldError> errors(Object rules) {
        return SCHEMA.validate(PluginConfig.of(Map.of("rules", rules)));
    }

    @Test
    void aListOfObjectsIsValidWhateverTheirShape() {
        assertEquals(List.of(), errors(List.of()));
        assertEquals(List.of(), errors(List.of(Map.of("id", "a"), Map.of("anything", List.of(1, 2)))));
    }

    @Test
    void anythingButAListIsRefused() {
        assertEquals(List.of(new FieldError("rules", "must be a list of objects")), errors(Map.of("id", "a")));
        assertEquals(List.of(new FieldError("rules", "must be a list of objects")), errors("[]"));
    }

    @Test
    void eachItemThatIsNotAnObjectIsNamed() {
        assertEquals(List.of(new FieldError("rules[1]", "must be an object"), new FieldError("rules[2]", "must be an object")),
                errors(List.of(Map.of("id", "a"), "b", List.of(Map.of("id", "c")))));
    }

    @Test
    void theDefaultIsReadBackAsObjects() {
        assertEquals(List.of(Map.of("id", "default")), SCHEMA.defaults().objectList("rules"));
    }
}
