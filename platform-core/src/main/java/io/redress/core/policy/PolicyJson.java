package io.redress.core.policy;

import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.HandlingPlan;
import io.redress.plugin.api.StagePlan;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON form of policy data: plugin configurations (JSON-like values) and handling plans. */
public final class PolicyJson {

    private PolicyJson() {
    }

    public static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String s) {
            return Json.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return Json.createValue(new BigDecimal(n.toString()));
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            map.forEach((k, v) -> b.add(String.valueOf(k), toJson(v)));
            return b.build();
        }
        if (value instanceof Collection<?> list) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            list.forEach(v -> b.add(toJson(v)));
            return b.build();
        }
        throw new IllegalArgumentException("not a JSON-like value: " + value.getClass());
    }

    /** Plain Java values: String, Long or BigDecimal, Boolean, List, Map (insertion-ordered), null. */
    public static Object fromJson(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> {
                JsonNumber n = (JsonNumber) value;
                yield n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue();
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(fromJson(v)));
                yield list;
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, fromJson(v)));
                yield map;
            }
        };
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String json) {
        return (Map<String, Object>) fromJson(Json.createReader(new StringReader(json)).readObject());
    }

    public static JsonObject plansToJson(Map<String, HandlingPlan> plans) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        plans.forEach((grade, plan) -> {
            JsonArrayBuilder stages = Json.createArrayBuilder();
            for (StagePlan s : plan.stages()) {
                stages.add(Json.createObjectBuilder()
                        .add("stage", s.stage())
                        .add("anchor", s.anchor())
                        .add("amount", s.amount())
                        .add("unit", s.unit().name())
                        .add("recurring", s.recurring()));
            }
            b.add(grade, stages);
        });
        return b.build();
    }

    public static Map<String, HandlingPlan> plansFromJson(String json) {
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        Map<String, HandlingPlan> plans = new LinkedHashMap<>();
        object.forEach((grade, stages) -> {
            List<StagePlan> list = new ArrayList<>();
            for (JsonValue v : (JsonArray) stages) {
                JsonObject s = v.asJsonObject();
                list.add(new StagePlan(s.getString("stage"), s.getString("anchor"), s.getInt("amount"),
                        DeadlineUnit.valueOf(s.getString("unit")), s.getBoolean("recurring", false)));
            }
            plans.put(grade, new HandlingPlan(list));
        });
        return plans;
    }
}
