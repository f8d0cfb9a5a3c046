package io.redress.core.api;

import io.redress.core.complaint.CaseFile;
import io.redress.core.complaint.CasePage;
import io.redress.core.complaint.CaseSummary;
import io.redress.core.complaint.Complainant;
import io.redress.core.complaint.Complaint;
import io.redress.core.complaint.TimelineEntry;
import io.redress.core.complaint.ComplaintMember;
import io.redress.core.complaint.GroupComplaints;
import io.redress.core.sla.Deadline;
import io.redress.core.sla.Escalation;
import io.redress.core.tenant.Tenant;
import io.redress.plugin.api.GradeDefinition;
import io.redress.plugin.api.LocalizedText;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The JSON the API writes; entities never leave through it, only these representations. */
final class Representations {

    private Representations() {
    }

    static JsonObject tenant(Tenant t) {
        return Json.createObjectBuilder()
                .add("slug", t.slug())
                .add("name", t.name())
                .add("template", t.template())
                .add("locale", t.locale().toLanguageTag())
                .add("timeZone", t.timeZone().getId())
                .add("defaultCalendar", t.defaultCalendar())
                .add("createdAt", t.createdAt().toString())
                .build();
    }

    /**
     * @param apiBase the API's base URI ({@code …/api/v1/}), from which the tracking page's address is made: the
     *                case file is for the tenant's staff only, who give the complainant the link
     */
    static JsonObject caseFile(CaseFile file, Locale locale, Instant now, URI apiBase) {
        Complaint c = file.complaint();
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("caseNumber", c.caseNumber().value())
                .add("status", c.status().name())
                .add("grade", grade(file.grade(), c.gradeRule(), locale))
                .add("channel", c.channel().name())
                .add("receivedAt", c.receivedAt().toString())
                .add("region", c.region());
        add(b, "language", c.language());
        b.add("complainant", complainant(c.complainant()));
        b.add("complainantCount", c.complainantCount());
        add(b, "category", c.category());
        b.add("subject", c.subject());
        add(b, "description", c.description());
        add(b, "expectedResolution", c.expectedResolution());
        b.add("claimedLoss", c.claimedLoss().<JsonValue>map(m -> Json.createObjectBuilder()
                .add("amount", m.amount().toPlainString()).add("currency", m.currency().getCurrencyCode()).build())
                .orElse(JsonValue.NULL));
        add(b, "impact", c.impact() == null ? null : c.impact().name());
        add(b, "emotion", c.emotion() == null ? null : c.emotion().name());
        JsonArrayBuilder flags = Json.createArrayBuilder();
        c.flags().forEach(f -> flags.add(f.name()));
        b.add("flags", flags);
        add(b, "gradingFault", c.gradingFault());
        b.add("policyVersion", c.policyVersion());
        JsonArrayBuilder deadlines = Json.createArrayBuilder();
        file.deadlines().forEach(d -> deadlines.add(deadline(d, now)));
        b.add("deadlines", deadlines);
        Optional<Deadline> next = file.deadlines().stream()
                .filter(d -> d.completedAt() == null && d.dueAt() != null)
                .min(Comparator.comparing(Deadline::dueAt));
        b.add("nextDeadline", next.<JsonValue>map(d -> Json.createObjectBuilder()
                .add("stage", d.stage()).add("dueAt", d.dueAt().toString()).build()).orElse(JsonValue.NULL));
        b.add("overdue", file.deadlines().stream().anyMatch(d -> d.isOverdueAt(now)));
        add(b, "pausedAt", c.pausedAt() == null ? null : c.pausedAt().toString());
        add(b, "assignee", c.assignee());
        add(b, "ownerUnit", c.ownerUnit());
        b.add("needsTranslator", c.needsTranslator());
        JsonArrayBuilder members = Json.createArrayBuilder();
        file.members().forEach(m -> {
            JsonObjectBuilder member = Json.createObjectBuilder().add("id", m.id()).add("name", m.name());
            add(member, "email", m.email());
            add(member, "phone", m.phone());
            add(member, "demand", m.demand());
            members.add(member.add("spokesperson", m.spokesperson()));
        });
        b.add("members", members);
        b.add("spokesperson", file.members().stream().filter(ComplaintMember::spokesperson).map(ComplaintMember::id)
                .findFirst().orElse(GroupComplaints.PRIMARY));
        add(b, "statement", c.statement());
        JsonArrayBuilder escalations = Json.createArrayBuilder();
        file.escalations().forEach(e -> escalations.add(escalation(e)));
        b.add("escalations", escalations);
        b.add("trackingToken", c.trackingToken());
        b.add("trackingUrl", trackingUrl(apiBase, c.trackingToken()));
        JsonArrayBuilder timeline = Json.createArrayBuilder();
        file.timeline().forEach(t -> timeline.add(timelineEntry(t)));
        b.add("timeline", timeline);
        b.add("createdAt", c.createdAt().toString());
        b.add("createdBy", c.createdBy());
        return b.build();
    }

    /** The complainant's page of the case: {@code track/<token>} beside the API, at the application's root. */
    static String trackingUrl(URI apiBase, String token) {
        URI base = apiBase.toString().endsWith("/") ? apiBase : URI.create(apiBase + "/");
        return base.resolve("../../track/" + URLEncoder.encode(token, StandardCharsets.UTF_8)).toString();
    }

    static JsonObject page(CasePage page, Locale locale) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(s -> items.add(summary(s, locale)));
        return Json.createObjectBuilder()
                .add("items", items)
                .add("page", page.page())
                .add("size", page.size())
                .add("total", page.total())
                .add("totalPages", (page.total() + page.size() - 1) / page.size())
                .build();
    }

    private static JsonObject summary(CaseSummary s, Locale locale) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("caseNumber", s.caseNumber())
                .add("subject", s.subject())
                .add("status", s.status().name());
        if (s.gradeCode() == null) {
            b.add("grade", JsonValue.NULL);
        } else {
            JsonObjectBuilder grade = Json.createObjectBuilder().add("code", s.gradeCode());
            add(grade, "label", s.gradeLabel() == null ? null : s.gradeLabel().in(locale));
            b.add("grade", grade);
        }
        b.add("receivedAt", s.receivedAt().toString()).add("region", s.region());
        b.add("nextDeadline", s.nextStage() == null ? JsonValue.NULL
                : Json.createObjectBuilder().add("stage", s.nextStage()).add("dueAt", s.nextDueAt().toString()).build());
        b.add("overdue", s.overdue());
        if (s.workingTimeLeft() == null) {
            b.addNull("workingMinutesLeft");
        } else {
            // working time in the case's calendar until the next deadline; negative when it is late
            b.add("workingMinutesLeft", s.workingTimeLeft().toMinutes());
        }
        return b.build();
    }

    private static JsonValue grade(GradeDefinition grade, String rule, Locale locale) {
        if (grade == null) {
            return JsonValue.NULL;
        }
        LocalizedText label = grade.label();
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", grade.code()).add("label", label.in(locale));
        add(b, "rule", rule);
        return b.build();
    }

    private static JsonObject complainant(Complainant p) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("name", p.name());
        add(b, "organization", p.organization());
        add(b, "kind", p.kind() == null ? null : p.kind().name());
        add(b, "email", p.email());
        add(b, "phone", p.phone());
        add(b, "country", p.country());
        add(b, "accountId", p.accountId());
        return b.build();
    }

    private static JsonObject deadline(Deadline d, Instant now) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("stage", d.stage())
                .add("anchor", d.anchor())
                .add("amount", d.amount())
                .add("unit", d.unit().name())
                .add("calendar", d.calendarCode());
        add(b, "dueAt", d.dueAt() == null ? null : d.dueAt().toString());
        if (d.met() == null) {
            b.addNull("met");
        } else {
            b.add("met", d.met());
        }
        add(b, "completedAt", d.completedAt() == null ? null : d.completedAt().toString());
        b.add("recurring", d.recurring());
        add(b, "weeklyOn", d.weeklyOn() == null ? null : d.weeklyOn().name());
        b.add("occurrence", d.occurrence());
        add(b, "startedAt", d.startedAt() == null ? null : d.startedAt().toString());
        b.add("paused", d.isOpen() && d.pausedAt() != null);
        add(b, "outcome", d.outcome());
        b.add("escalationRungsReached", d.rungsDone());
        add(b, "nextEscalationAt", d.nextActionAt() == null ? null : d.nextActionAt().toString());
        b.add("overdue", d.isOverdueAt(now));
        return b.build();
    }

    static JsonObject escalation(Escalation e) {
        return Json.createObjectBuilder()
                .add("stage", e.stage())
                .add("occurrence", e.occurrence())
                .add("rung", e.rung())
                .add("share", e.sharePercent())
                .add("notify", e.target())
                .add("warning", e.isWarning())
                .add("dueAt", e.dueAt().toString())
                .add("reachedAt", e.reachedAt().toString())
                .add("recordedAt", e.recordedAt().toString())
                .build();
    }

    private static JsonObject timelineEntry(TimelineEntry t) {
        return Json.createObjectBuilder()
                .add("seq", t.seq())
                .add("at", t.at().toString())
                .add("kind", t.kind())
                .add("actor", t.actor())
                .add("detail", Json.createReader(new StringReader(t.detail())).readObject())
                .build();
    }

    private static void add(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }
}
