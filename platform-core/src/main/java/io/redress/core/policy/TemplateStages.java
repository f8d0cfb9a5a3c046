package io.redress.core.policy;

import io.redress.plugin.api.StagePlan;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * What a template adds to the clocks its grading plugin proposes: each stage's owner, approvals and mandatory
 * steps, read from {@code templates/<template>.json} (entries under "*" hold for every grade unless the grade has
 * its own).
 */
final class TemplateStages {

    private final JsonObject stages;

    private TemplateStages(JsonObject stages) {
        this.stages = stages;
    }

    static TemplateStages of(PolicyTemplate template) {
        String resource = "/io/redress/core/templates/" + template.id() + ".json";
        try (InputStream in = TemplateStages.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new TemplateStages(JsonValue.EMPTY_JSON_OBJECT);
            }
            return new TemplateStages(Json.createReader(in).readObject().getJsonObject("stages"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    StageRule rule(String grade, StagePlan clock) {
        Optional<JsonObject> detail = detail(grade, clock.stage()).or(() -> detail("*", clock.stage()));
        return detail.map(d -> new StageRule(clock, d.containsKey("owner") ? d.getString("owner") : null,
                        strings(d, "approvals"), strings(d, "mandatorySteps")))
                .orElse(StageRule.of(clock));
    }

    private Optional<JsonObject> detail(String grade, String stage) {
        JsonObject forGrade = stages.getJsonObject(grade);
        return forGrade == null ? Optional.empty() : Optional.ofNullable(forGrade.getJsonObject(stage));
    }

    private static List<String> strings(JsonObject o, String key) {
        return o.containsKey(key) ? o.getJsonArray(key).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                : List.of();
    }
}
