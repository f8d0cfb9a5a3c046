package io.redress.core.policy;

import io.redress.core.sla.EscalationRung;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.LocalizedText;
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
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON form of policy data: plugin configurations (JSON-like values) and handling plans. */
public final class PolicyJson {

    /** Stage, owner, approval and step codes. */
    static final String CODE = "[A-Z][A-Z0-9_]{1,63}";
    static final int MAX_AMOUNT = 100_000;

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

    public static JsonObject plansToJson(Map<String, GradePlan> plans) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        plans.forEach((grade, plan) -> {
            JsonArrayBuilder stages = Json.createArrayBuilder();
            plan.stages().forEach(rule -> stages.add(stageToJson(rule)));
            b.add(grade, stages);
        });
        return b.build();
    }

    private static JsonObject stageToJson(StageRule rule) {
        StagePlan s = rule.clock();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("stage", s.stage())
                .add("anchor", s.anchor())
                .add("amount", s.amount())
                .add("unit", s.unit().name())
                .add("recurring", s.recurring());
        if (s.weeklyOn() != null) {
            b.add("weeklyOn", s.weeklyOn().name());
        }
        if (rule.owner() != null) {
            b.add("owner", rule.owner());
        }
        b.add("approvals", Json.createArrayBuilder(rule.approvals()));
        b.add("mandatorySteps", Json.createArrayBuilder(rule.mandatorySteps()));
        return b.build();
    }

    /** Reads stored plans, which were validated when they were written. */
    public static Map<String, GradePlan> plansFromJson(String json) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, GradePlan> plans = parsePlans(Json.createReader(new StringReader(json)).readObject(), "", errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("stored handling plans are invalid: " + errors);
        }
        return plans;
    }

    /**
     * Reads handling plans in the API's form, one error per bad field ({@code prefix + GRADE[i].field}); an anchor
     * must be RECEIVED or a stage listed before it, so that every clock can start.
     */
    public static Map<String, GradePlan> parsePlans(JsonValue value, String prefix, List<FieldError> errors) {
        Map<String, GradePlan> plans = new LinkedHashMap<>();
        if (!(value instanceof JsonObject object)) {
            errors.add(new FieldError(prefix.isEmpty() ? "handlingPlans" : prefix.substring(0, prefix.length() - 1),
                    "must be an object of grade → list of stages"));
            return plans;
        }
        object.forEach((grade, stagesValue) -> {
            String gradePath = prefix + grade;
            if (!(stagesValue instanceof JsonArray stages)) {
                errors.add(new FieldError(gradePath, "must be a list of stages"));
                return;
            }
            int before = errors.size();
            List<StageRule> rules = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < stages.size(); i++) {
                StageRule rule = parseStage(stages.get(i), gradePath + "[" + i + "]", seen, errors);
                if (rule != null) {
                    rules.add(rule);
                    seen.add(rule.stage());
                }
            }
            if (errors.size() == before) {
                plans.put(grade, new GradePlan(rules));
            }
        });
        return plans;
    }

    private static StageRule parseStage(JsonValue value, String path, Set<String> earlier, List<FieldError> errors) {
        if (!(value instanceof JsonObject s)) {
            errors.add(new FieldError(path, "must be an object"));
            return null;
        }
        int before = errors.size();
        String stage = text(s, "stage", path, CODE, "an upper-case code such as RESOLUTION", true, errors);
        String anchor = text(s, "anchor", path, CODE, "RECEIVED or the code of a stage listed before", true, errors);
        if (stage != null && earlier.contains(stage)) {
            errors.add(new FieldError(path + ".stage", "appears twice in the plan"));
        }
        if (anchor != null && !StagePlan.RECEIVED.equals(anchor) && !earlier.contains(anchor)) {
            errors.add(new FieldError(path + ".anchor", "must be RECEIVED or a stage listed before this one"));
        }
        Integer amount = null;
        JsonValue amountValue = s.get("amount");
        if (!(amountValue instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 1 || n.longValue() > MAX_AMOUNT) {
            errors.add(new FieldError(path + ".amount", "must be a whole number from 1 to " + MAX_AMOUNT));
        } else {
            amount = n.intValue();
        }
        DeadlineUnit unit = null;
        String unitName = text(s, "unit", path, null, null, true, errors);
        if (unitName != null) {
            unit = DeadlineUnit.parse(unitName).orElse(null);
            if (unit == null) {
                errors.add(new FieldError(path + ".unit", "must be one of " + List.of(DeadlineUnit.values())));
            }
        }
        boolean recurring = s.getBoolean("recurring", false);
        DayOfWeek weeklyOn = null;
        String day = text(s, "weeklyOn", path, null, null, false, errors);
        if (day != null) {
            try {
                weeklyOn = DayOfWeek.valueOf(day);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(path + ".weeklyOn", "must be a day of the week (MONDAY … SUNDAY)"));
            }
            if (!recurring) {
                errors.add(new FieldError(path + ".recurring", "must be true for a stage due weekly"));
            }
        }
        String owner = text(s, "owner", path, CODE, "an upper-case code such as REGIONAL_CENTRE", false, errors);
        List<String> approvals = codes(s, "approvals", path, errors);
        List<String> steps = codes(s, "mandatorySteps", path, errors);
        if (errors.size() != before) {
            return null;
        }
        return new StageRule(new StagePlan(stage, anchor, amount, unit, recurring, weeklyOn), owner, approvals, steps);
    }

    private static String text(JsonObject s, String key, String path, String pattern, String what, boolean required,
                               List<FieldError> errors) {
        JsonValue v = s.get(key);
        if (v == null || v == JsonValue.NULL) {
            if (required) {
                errors.add(new FieldError(path + "." + key, "is required"));
            }
            return null;
        }
        if (!(v instanceof JsonString str) || (pattern != null && !str.getString().matches(pattern))) {
            errors.add(new FieldError(path + "." + key, "must be " + (what == null ? "text" : what)));
            return null;
        }
        return str.getString();
    }

    private static List<String> codes(JsonObject s, String key, String path, List<FieldError> errors) {
        JsonValue v = s.get(key);
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        if (!(v instanceof JsonArray array)) {
            errors.add(new FieldError(path + "." + key, "must be a list of upper-case codes"));
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString str && str.getString().matches(CODE)) {
                result.add(str.getString());
            } else {
                errors.add(new FieldError(path + "." + key + "[" + i + "]", "must be an upper-case code such as MANAGEMENT"));
            }
        }
        return result;
    }

    public static JsonArray organisationToJson(List<OrganisationUnit> units) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        units.forEach(u -> list.add(Json.createObjectBuilder()
                .add("code", u.code())
                .add("kind", u.kind().name())
                .add("name", Json.createObjectBuilder().add("zh-CN", u.name().zh()).add("en", u.name().en()))));
        return list.build();
    }

    public static List<OrganisationUnit> organisationFromJson(String json) {
        List<FieldError> errors = new ArrayList<>();
        List<OrganisationUnit> units = parseOrganisation(Json.createReader(new StringReader(json)).readValue(), "organisation", errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("stored organisation is invalid: " + errors);
        }
        return units;
    }

    /** {@code [{"code": "LEGAL", "kind": "DEPARTMENT", "name": {"zh-CN": "法务部", "en": "Legal"}}, …]}, codes unique. */
    public static List<OrganisationUnit> parseOrganisation(JsonValue value, String path, List<FieldError> errors) {
        List<OrganisationUnit> units = new ArrayList<>();
        if (!(value instanceof JsonArray array)) {
            errors.add(new FieldError(path, "must be a list of {code, kind, name}"));
            return units;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            if (!(array.get(i) instanceof JsonObject u)) {
                errors.add(new FieldError(at, "must be an object"));
                continue;
            }
            int before = errors.size();
            String code = text(u, "code", at, CODE, "an upper-case code such as LEGAL", true, errors);
            if (code != null && !codes.add(code)) {
                errors.add(new FieldError(at + ".code", "appears twice"));
            }
            String kindName = text(u, "kind", at, null, null, true, errors);
            OrganisationUnit.Kind kind = null;
            if (kindName != null) {
                try {
                    kind = OrganisationUnit.Kind.valueOf(kindName);
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(at + ".kind", "must be one of " + List.of(OrganisationUnit.Kind.values())));
                }
            }
            String zh = null;
            String en = null;
            if (!(u.get("name") instanceof JsonObject name)) {
                errors.add(new FieldError(at + ".name", "is required: {\"zh-CN\": \"…\", \"en\": \"…\"}"));
            } else {
                zh = text(name, "zh-CN", at + ".name", ".*\\S.*", "a name in Chinese", true, errors);
                en = text(name, "en", at + ".name", ".*\\S.*", "a name in English", true, errors);
            }
            if (errors.size() == before) {
                units.add(new OrganisationUnit(code, kind, LocalizedText.of(zh, en)));
            }
        }
        return units;
    }

    public static JsonObject escalationToJson(Map<String, List<EscalationRung>> ladders) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        ladders.forEach((grade, rungs) -> {
            JsonArrayBuilder list = Json.createArrayBuilder();
            rungs.forEach(r -> list.add(Json.createObjectBuilder().add("share", r.sharePercent()).add("notify", r.target())));
            b.add(grade, list);
        });
        return b.build();
    }

    public static Map<String, List<EscalationRung>> escalationFromJson(String json) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<EscalationRung>> ladders = parseEscalation(Json.createReader(new StringReader(json)).readValue(),
                "escalation", errors);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("stored escalation ladders are invalid: " + errors);
        }
        return ladders;
    }

    /**
     * {@code {"*": [{"share": 80, "notify": "ASSIGNEE"}, {"share": 100, "notify": "SUPERVISOR"}], "MAJOR": […]}}: per
     * grade (or {@code *} for the others) rungs with strictly rising shares from 1 to 1000 % of a clock's duration.
     * Whether the grades and the units named exist is checked against the policy by {@link Policies#check}.
     */
    public static Map<String, List<EscalationRung>> parseEscalation(JsonValue value, String path, List<FieldError> errors) {
        Map<String, List<EscalationRung>> ladders = new LinkedHashMap<>();
        if (!(value instanceof JsonObject object)) {
            errors.add(new FieldError(path, "must be an object of grade (or \"*\") → list of {share, notify}"));
            return ladders;
        }
        object.forEach((grade, rungsValue) -> {
            String at = path + "." + grade;
            if (!(rungsValue instanceof JsonArray rungs)) {
                errors.add(new FieldError(at, "must be a list of {share, notify}"));
                return;
            }
            int before = errors.size();
            List<EscalationRung> ladder = new ArrayList<>();
            int previous = 0;
            for (int i = 0; i < rungs.size(); i++) {
                String rungPath = at + "[" + i + "]";
                if (!(rungs.get(i) instanceof JsonObject r)) {
                    errors.add(new FieldError(rungPath, "must be an object"));
                    continue;
                }
                JsonValue share = r.get("share");
                Integer percent = null;
                if (!(share instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < EscalationRung.MIN_SHARE
                        || n.longValue() > EscalationRung.MAX_SHARE) {
                    errors.add(new FieldError(rungPath + ".share", "must be a whole percentage from "
                            + EscalationRung.MIN_SHARE + " to " + EscalationRung.MAX_SHARE + " of the clock's duration"));
                } else if (n.intValue() <= previous) {
                    errors.add(new FieldError(rungPath + ".share", "must be greater than the share of the rung before it ("
                            + previous + ")"));
                } else {
                    percent = n.intValue();
                    previous = percent;
                }
                String notify = text(r, "notify", rungPath, CODE, "ASSIGNEE, SUPERVISOR, DIRECTOR, MANAGEMENT or a unit's code", true, errors);
                if (percent != null && notify != null) {
                    ladder.add(new EscalationRung(percent, notify));
                }
            }
            if (ladder.isEmpty() && errors.size() == before) {
                errors.add(new FieldError(at, "needs at least one rung"));
            }
            if (errors.size() == before) {
                ladders.put(grade, List.copyOf(ladder));
            }
        });
        return ladders;
    }

    /** A list of upper-case codes such as {@code ["COMPLAINT_HANDLING"]}, one error per bad item. */
    public static List<String> parseCodes(JsonValue value, String path, List<FieldError> errors) {
        List<String> codes = new ArrayList<>();
        if (!(value instanceof JsonArray array)) {
            errors.add(new FieldError(path, "must be a list of upper-case codes"));
            return codes;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString str && str.getString().matches(CODE)) {
                codes.add(str.getString());
            } else {
                errors.add(new FieldError(path + "[" + i + "]", "must be an upper-case code such as COMPLAINT_HANDLING"));
            }
        }
        return codes;
    }
}
