package io.redress.core.policy;

import io.redress.core.sla.EscalationRung;
import io.redress.plugin.api.StagePlan;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a template sets besides its grading plugin, read from {@code templates/<template>.json}: each stage's owner,
 * approvals and mandatory steps (entries under "*" hold for every grade unless the grade has its own), the
 * approval-chain and KPI plugins with the preset of their configuration, and the organisation.
 */
final class TemplateData {

    private final JsonObject stages;
    private final JsonObject template;

    private TemplateData(JsonObject template) {
        this.template = template;
        this.stages = template.containsKey("stages") ? template.getJsonObject("stages") : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** The approval-chain plugin and preset the template starts with, if any. */
    Optional<PresetChoice> approval() {
        return choice("approval");
    }

    /** The KPI plugin and preset the template starts with, if any. */
    Optional<PresetChoice> kpi() {
        return choice("kpi");
    }

    List<OrganisationUnit> organisation() {
        return template.containsKey("organisation") ? PolicyJson.organisationFromJson(template.get("organisation").toString()) : List.of();
    }

    /** The template's escalation ladders by grade; empty: the default ladder for every grade. */
    Map<String, List<EscalationRung>> escalation() {
        return template.containsKey("escalation") ? PolicyJson.escalationFromJson(template.get("escalation").toString()) : Map.of();
    }

    /** Trainings an assignee must have passed ({@code "assignment": {"requiredTrainings": […]}}). */
    List<String> requiredTrainings() {
        JsonObject assignment = template.getJsonObject("assignment");
        return assignment == null ? List.of() : strings(assignment, "requiredTrainings");
    }

    private Optional<PresetChoice> choice(String key) {
        JsonObject o = template.getJsonObject(key);
        return o == null ? Optional.empty() : Optional.of(new PresetChoice(o.getString("plugin"), o.getString("preset", null)));
    }

    /** @param preset null for the plugin's defaults */
    record PresetChoice(String plugin, String preset) {
    }

    static TemplateData of(PolicyTemplate template) {
        String resource = "/io/redress/core/templates/" + template.id() + ".json";
        try (InputStream in = TemplateData.class.getResourceAsStream(resource)) {
            if (in == null) {
                return new TemplateData(JsonValue.EMPTY_JSON_OBJECT);
            }
            return new TemplateData(Json.createReader(in).readObject());
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
