package io.redress.core.api;

import io.redress.core.InvalidInputException;
import io.redress.core.NotFoundException;
import io.redress.core.complaint.NewComplaint;
import io.redress.core.identity.Caller;
import io.redress.core.policy.ActivePolicy;
import io.redress.core.policy.GradePlan;
import io.redress.core.policy.PolicyDraft;
import io.redress.core.plugin.PluginFaultException;
import io.redress.core.plugin.PluginRegistry;
import io.redress.core.policy.OrganisationUnit;
import io.redress.core.policy.PluginChoice;
import io.redress.core.policy.PolicyPreview;
import io.redress.core.policy.PolicyRejectedException;
import io.redress.core.policy.PolicyWorkbench;
import io.redress.core.policy.Policies;
import io.redress.core.sla.EscalationRung;
import io.redress.core.policy.PolicyJson;
import io.redress.core.sla.BusinessCalendar;
import io.redress.core.sla.CalendarDay;
import io.redress.core.sla.CalendarDefinition;
import io.redress.core.sla.Calendars;
import io.redress.core.tenant.Tenants;
import io.redress.plugin.api.ApprovalChain;
import io.redress.plugin.api.ApprovalChainPolicy;
import io.redress.plugin.api.ApprovalStep;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.DecisionRequest;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.FieldError;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.PluginConfig;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A tenant and its configuration: business calendars, exchange rates, policy (changed by tenant administrators). */
@Path("tenants/{tenant}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class TenantConfigResource {

    static final String CALENDAR_CODE = "[A-Z][A-Z0-9_]{0,63}";

    @Inject
    Tenants tenants;

    @Inject
    Calendars calendars;

    @Inject
    Policies policies;

    @Inject
    PolicyWorkbench workbench;

    @Inject
    PluginRegistry registry;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @PathParam("tenant")
    String tenant;

    /** The tenant itself, to its staff (any role) and to the platform administrator. */
    @GET
    public String getTenant() {
        Access.member(security, tenant, Access.CASE_READERS, true);
        return tenants.find(tenant).map(t -> Representations.tenant(t).toString())
                .orElseThrow(() -> new NotFoundException("no tenant " + tenant));
    }

    @PUT
    @Path("calendars/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response putCalendar(@PathParam("code") String code, String body) {
        Caller caller = requireAdmin();
        JsonInput in = JsonInput.parse(body);
        if (!code.matches(CALENDAR_CODE)) {
            in.error("code", "must be upper-case letters, digits or '_', starting with a letter (e.g. MIDDLE_EAST)");
        }
        CalendarDefinition definition = CalendarDefinition.parse(in.json(), "", in.errors());
        in.check();
        boolean created = calendars.put(tenant, code, definition, caller.username());
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .entity(calendarJson(code, definition).toString()).build();
    }

    /**
     * Loads one year's published holidays and make-up working days into a calendar (e.g. China's schedule, which the
     * State Council publishes each November), replacing that year's and keeping the others:
     * {@code {"source": "…", "holidays": ["2027-01-01", …], "extraWorkingDays": […]}}. Every date must lie in the year.
     */
    @PUT
    @Path("calendars/{code}/years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String putCalendarYear(@PathParam("code") String code, @PathParam("year") String yearText, String body) {
        Caller caller = requireAdmin();
        CalendarDefinition current = calendars.definition(tenant, code).orElseThrow(() -> new NotFoundException("no calendar " + code));
        JsonInput in = JsonInput.parse(body);
        int year = 0;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            in.error("year", "must be a year such as 2027");
        }
        if (year != 0 && (year < 2000 || year > 2100)) {
            in.error("year", "must be a year from 2000 to 2100");
        }
        Set<LocalDate> holidays = yearDates(in, "holidays", year);
        Set<LocalDate> extra = yearDates(in, "extraWorkingDays", year);
        for (LocalDate d : holidays) {
            if (extra.contains(d)) {
                in.error("extraWorkingDays", d + " is also a holiday");
            }
        }
        in.string("source", false, 500);
        in.check();
        CalendarDefinition updated = current.withYear(year, holidays, extra);
        calendars.put(tenant, code, updated, caller.username());
        return calendarJson(code, updated).toString();
    }

    private static Set<LocalDate> yearDates(JsonInput in, String key, int year) {
        Set<LocalDate> dates = new TreeSet<>();
        JsonValue value = in.json().get(key);
        if (value == null || value == JsonValue.NULL) {
            return dates;
        }
        if (!(value instanceof JsonArray array)) {
            in.error(key, "must be a list of dates (YYYY-MM-DD)");
            return dates;
        }
        for (int i = 0; i < array.size(); i++) {
            try {
                LocalDate date = LocalDate.parse(((JsonString) array.get(i)).getString());
                if (date.getYear() != year) {
                    in.error(key + "[" + i + "]", "is not in " + year);
                } else {
                    dates.add(date);
                }
            } catch (ClassCastException | DateTimeParseException e) {
                in.error(key + "[" + i + "]", "must be a date YYYY-MM-DD");
            }
        }
        return dates;
    }

    @GET
    @Path("calendars/{code}")
    public String getCalendar(@PathParam("code") String code) {
        requireReader();
        return calendars.definition(tenant, code).map(d -> calendarJson(code, d).toString())
                .orElseThrow(() -> new NotFoundException("no calendar " + code));
    }

    /**
     * The working intervals of the next days, so that an administrator can check a calendar:
     * {@code ?from=2026-09-28&days=14} (from: today in the calendar's zone; days: 1 to 366, default 14).
     */
    @GET
    @Path("calendars/{code}/preview")
    public String previewCalendar(@PathParam("code") String code, @QueryParam("from") String from, @QueryParam("days") String days) {
        requireReader();
        BusinessCalendar calendar = calendars.definition(tenant, code).map(d -> d.toCalendar(code))
                .orElseThrow(() -> new NotFoundException("no calendar " + code));
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = LocalDate.now(clock.withZone(calendar.zone()));
        if (from != null && !from.isBlank()) {
            try {
                start = LocalDate.parse(from);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("from", "must be a date YYYY-MM-DD"));
            }
        }
        int count = 14;
        if (days != null && !days.isBlank()) {
            try {
                count = Integer.parseInt(days);
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > 366) {
                errors.add(new FieldError("days", "must be a whole number from 1 to 366"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (CalendarDay day : CalendarDay.of(calendar, start, count)) {
            JsonArrayBuilder intervals = Json.createArrayBuilder();
            day.intervals().forEach(i -> intervals.add(Json.createObjectBuilder()
                    .add("start", i.local().start().toString()).add("end", i.local().end().toString())
                    .add("from", i.from().toString()).add("to", i.to().toString())));
            list.add(Json.createObjectBuilder()
                    .add("date", day.date().toString())
                    .add("weekday", day.date().getDayOfWeek().name())
                    .add("kind", day.kind().name())
                    .add("intervals", intervals));
        }
        return Json.createObjectBuilder().add("code", code).add("timeZone", calendar.zone().getId())
                .add("days", list).build().toString();
    }

    @GET
    @Path("calendars")
    public String listCalendars() {
        requireReader();
        JsonArrayBuilder list = Json.createArrayBuilder();
        calendars.codes(tenant).forEach(list::add);
        return Json.createObjectBuilder().add("codes", list).build().toString();
    }

    @PUT
    @Path("exchange-rates")
    @Consumes(MediaType.APPLICATION_JSON)
    public String putExchangeRates(String body) {
        Caller caller = requireAdmin();
        JsonInput in = JsonInput.parse(body);
        Currency base = in.currency("base", true);
        Map<Currency, BigDecimal> rates = new LinkedHashMap<>();
        JsonInput ratesIn = in.object("rates", true);
        if (ratesIn != null) {
            for (String code : ratesIn.json().keySet()) {
                Currency currency = currencyOrNull(code);
                BigDecimal rate = ratesIn.decimal(code, true);
                if (currency == null) {
                    ratesIn.error(code, "is not an ISO 4217 currency code");
                } else if (currency.equals(base)) {
                    ratesIn.error(code, "is the base currency itself");
                } else if (rate != null && rate.signum() <= 0) {
                    ratesIn.error(code, "must be a positive rate");
                } else if (rate != null) {
                    rates.put(currency, rate);
                }
            }
        }
        in.check();
        ExchangeRates table = new ExchangeRates(base, rates);
        policies.putExchangeRates(tenant, table, caller.username());
        return ratesJson(table).toString();
    }

    @GET
    @Path("exchange-rates")
    public String getExchangeRates() {
        requireReader();
        return ratesJson(policies.exchangeRates(tenant)).toString();
    }

    @GET
    @Path("policy")
    public String getPolicy() {
        requireReader();
        return policyJson(policies.current(tenant)).toString();
    }

    /**
     * The plugins a tenant administrator may choose for the policy, with the settings each takes: the same list as
     * {@code GET /api/v1/plugins}, which only the platform administrator reaches.
     */
    @GET
    @Path("plugins")
    public String plugins() {
        requireAdmin();
        return PluginResource.list(registry).toString();
    }

    /**
     * Replaces the policy with a new version: {@code {"grading": {"plugin": "…", "config": {…}}, "handlingPlans":
     * {"GRADE": [stages…]}}} ({@code handlingPlans} may be left out to take the plugin's defaults). Validated against
     * the plugin's schema and grades; 422 names every bad field.
     */
    @PUT
    @Path("policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public String putPolicy(String body) {
        Caller caller = requireAdmin();
        JsonInput in = JsonInput.parse(body);
        List<FieldError> errors = new ArrayList<>();
        PolicyDraft draft = readDraft(in.json(), "", errors);
        if (draft != null && draft.escalation() != null && draft.organisation() == null) {
            // ladders may notify units of the organisation the new version keeps: check them against it
            draft = new PolicyDraft(draft.gradingPlugin(), draft.gradingConfig(), draft.handlingPlans(), draft.approval(),
                    draft.kpi(), policies.current(tenant).organisation(), draft.escalation(), draft.requiredTrainings());
        }
        rejectIfInvalid(draft, errors);
        return policyJson(policies.replace(tenant, draft, caller.username())).toString();
    }

    /**
     * Checks a draft before any transaction starts — so that a bad edit is an answer, not a server incident — and
     * reports the plugins' objections together with the form errors, so that one answer names every bad field.
     */
    private void rejectIfInvalid(PolicyDraft draft, List<FieldError> errors) {
        if (draft != null && draft.gradingPlugin() != null) {
            List<FieldError> parsed = List.copyOf(errors);
            workbench.problems(draft).stream()
                    .filter(p -> parsed.stream().noneMatch(e -> e.field().startsWith(p.field() + "[") || e.field().startsWith(p.field() + ".")))
                    .forEach(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new PolicyRejectedException(errors);
        }
    }

    /**
     * What a complaint would get under a draft policy, without saving anything:
     * {@code {"policy": {…as PUT /policy…, optional}, "complaint": {…as POST /complaints…}}}.
     */
    @POST
    @Path("policy/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public String previewPolicy(String body) {
        requireAdmin();
        JsonInput in = JsonInput.parse(body);
        List<FieldError> errors = new ArrayList<>();
        PolicyDraft draft = in.json().get("policy") instanceof JsonObject p ? readDraft(p, "policy.", errors) : null;
        JsonInput complaintIn = in.object("complaint", true);
        NewComplaint complaint = null;
        if (complaintIn != null) {
            try {
                complaint = ComplaintInput.read(complaintIn);
            } catch (InvalidInputException invalid) {
                errors.addAll(invalid.errors());
            }
        } else {
            errors.addAll(in.errors());
        }
        if (draft != null) {
            rejectIfInvalid(draft, errors);
        } else if (!errors.isEmpty()) {
            throw new PolicyRejectedException(errors);
        }
        ComplaintFacts facts = new ComplaintFacts(complaint.channel(), complaint.complainantCount(), complaint.claimedLoss(),
                complaint.impact(), complaint.emotion(), complaint.flags(), complaint.category(),
                ExchangeRates.only(Currency.getInstance("CNY")));
        String defaultRegion = tenants.find(tenant).orElseThrow().defaultCalendar();
        PolicyPreview preview = workbench.preview(tenant, draft, facts, complaint.receivedAt(), complaint.region(), defaultRegion);
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (preview.grade() == null) {
            b.addNull("grade").add("fault", preview.fault());
        } else {
            b.add("grade", Json.createObjectBuilder().add("code", preview.grade().code()).add("rule", preview.rule())
                    .add("label", Json.createObjectBuilder().add("zh-CN", preview.grade().label().zh()).add("en", preview.grade().label().en())));
        }
        JsonArrayBuilder deadlines = Json.createArrayBuilder();
        preview.deadlines().forEach(d -> {
            JsonObjectBuilder due = Json.createObjectBuilder().add("stage", d.stage()).add("anchor", d.anchor());
            if (d.dueAt() == null) {
                due.addNull("dueAt");
            } else {
                due.add("dueAt", d.dueAt().toString());
            }
            deadlines.add(due);
        });
        return b.add("deadlines", deadlines).build().toString();
    }

    /** {@code {"grading": {"plugin": "…", "config": {…}}, "handlingPlans": {…}}}; errors get {@code prefix}. */
    private static PolicyDraft readDraft(JsonObject json, String prefix, List<FieldError> errors) {
        String plugin = null;
        PluginConfig config = PluginConfig.of(Map.of());
        JsonValue grading = json.get("grading");
        if (!(grading instanceof JsonObject g)) {
            errors.add(new FieldError(prefix + "grading", "is required: {\"plugin\": \"…\", \"config\": {…}}"));
        } else {
            if (g.get("plugin") instanceof JsonString id) {
                plugin = id.getString();
            } else {
                errors.add(new FieldError(prefix + "grading.plugin", "is required: the id of a grading plugin"));
            }
            JsonValue configValue = g.get("config");
            if (configValue instanceof JsonObject c) {
                config = PluginConfig.of(PolicyJson.parseObject(c.toString()));
            } else if (configValue != null && configValue != JsonValue.NULL) {
                errors.add(new FieldError(prefix + "grading.config", "must be an object"));
            }
        }
        Map<String, GradePlan> plans = null;
        JsonValue plansValue = json.get("handlingPlans");
        if (plansValue != null && plansValue != JsonValue.NULL) {
            plans = PolicyJson.parsePlans(plansValue, prefix + "handlingPlans.", errors);
        }
        List<OrganisationUnit> organisation = json.containsKey("organisation")
                ? PolicyJson.parseOrganisation(json.get("organisation"), prefix + "organisation", errors) : null;
        Map<String, List<EscalationRung>> escalation = json.containsKey("escalation")
                ? PolicyJson.parseEscalation(json.get("escalation"), prefix + "escalation", errors) : null;
        List<String> trainings = null;
        if (json.get("assignment") instanceof JsonObject assignment && assignment.containsKey("requiredTrainings")) {
            trainings = PolicyJson.parseCodes(assignment.get("requiredTrainings"), prefix + "assignment.requiredTrainings", errors);
        } else if (json.containsKey("assignment")) {
            errors.add(new FieldError(prefix + "assignment", "must be {\"requiredTrainings\": [\"COMPLAINT_HANDLING\", …]}"));
        }
        return new PolicyDraft(plugin, config, plans, readChoice(json, "approval", prefix, errors),
                readChoice(json, "kpi", prefix, errors), organisation, escalation, trainings);
    }

    /** {@code "approval": {"plugin": "…", "config": {…}}}; left out, the current version's choice stays. */
    private static PolicyDraft.Choice readChoice(JsonObject json, String key, String prefix, List<FieldError> errors) {
        JsonValue value = json.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonObject o) || !(o.get("plugin") instanceof JsonString id)) {
            errors.add(new FieldError(prefix + key + ".plugin", "is required: the id of a plugin"));
            return null;
        }
        JsonValue configValue = o.get("config");
        if (configValue != null && configValue != JsonValue.NULL && !(configValue instanceof JsonObject)) {
            errors.add(new FieldError(prefix + key + ".config", "must be an object"));
            return null;
        }
        PluginConfig config = configValue instanceof JsonObject c ? PluginConfig.of(PolicyJson.parseObject(c.toString()))
                : PluginConfig.of(Map.of());
        return new PolicyDraft.Choice(id.getString(), config);
    }

    /**
     * The approval chain a decision needs under the policy in force:
     * {@code {"type": "REFUND", "amount": {"amount": "12000.00", "currency": "CNY"}, "grade": "MAJOR", "department": "…", "region": "…"}}.
     */
    @POST
    @Path("policy/approval-chain")
    @Consumes(MediaType.APPLICATION_JSON)
    public String approvalChain(String body) {
        requireReader();
        JsonInput in = JsonInput.parse(body);
        DecisionType type = in.enumValue("type", DecisionType.class, true);
        Money amount = in.money("amount", false);
        String grade = in.matching("grade", false, 64, "[A-Z][A-Z0-9_]{0,63}", "a grade code such as MAJOR");
        String department = in.string("department", false, 64);
        String region = in.string("region", false, 64);
        in.check();
        ActivePolicy policy = policies.current(tenant);
        if (policy.approval() == null) {
            throw new UnprocessableException("the policy in force (version " + policy.version() + ") names no approval-chain plugin");
        }
        if (amount != null && !policies.exchangeRates(tenant).knows(amount.currency())) {
            throw new InvalidInputException("amount.currency", "no exchange rate for " + amount.currency().getCurrencyCode());
        }
        ApprovalChainPolicy chains = registry.approvalChainPolicy(policy.approval().plugin(), policy.approval().config());
        ApprovalChain chain;
        try {
            chain = registry.approvalChain(chains, new DecisionRequest(type, amount, grade, department, region,
                    policies.exchangeRates(tenant)));
        } catch (PluginFaultException fault) {
            throw new UnprocessableException(fault.getMessage());
        }
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (ApprovalStep step : chain.steps()) {
            JsonArrayBuilder approvers = Json.createArrayBuilder();
            step.approvers().forEach(a -> approvers.add(Json.createObjectBuilder().add("role", a.role()).add("scope", a.scope().name())));
            steps.add(Json.createObjectBuilder()
                    .add("mode", step.mode().name())
                    .add("approvers", approvers)
                    .add("deadline", Json.createObjectBuilder().add("amount", step.deadlineAmount()).add("unit", step.deadlineUnit().name())));
        }
        return Json.createObjectBuilder()
                .add("plugin", policy.approval().plugin())
                .add("policyVersion", policy.version())
                .add("rule", chain.ruleId())
                .add("needsApproval", !chain.steps().isEmpty())
                .add("steps", steps)
                .build().toString();
    }

    @GET
    @Path("policy/versions")
    public String policyVersions() {
        requireReader();
        JsonArrayBuilder list = Json.createArrayBuilder();
        policies.versions(tenant).forEach(v -> list.add(Json.createObjectBuilder()
                .add("version", v.version())
                .add("gradingPlugin", v.gradingPlugin())
                .add("gradingPluginVersion", v.gradingPluginVersion())
                .add("createdAt", v.createdAt().toString())
                .add("createdBy", v.createdBy())));
        return Json.createObjectBuilder().add("versions", list).build().toString();
    }

    private JsonObject policyJson(ActivePolicy policy) {
        JsonArrayBuilder grades = Json.createArrayBuilder();
        policies.gradingScheme(policy).grades().forEach(g -> grades.add(Json.createObjectBuilder()
                .add("code", g.code())
                .add("rank", g.rank())
                .add("label", Json.createObjectBuilder().add("zh-CN", g.label().zh()).add("en", g.label().en()))));
        return Json.createObjectBuilder()
                .add("version", policy.version())
                .add("grading", Json.createObjectBuilder()
                        .add("plugin", policy.gradingPlugin())
                        .add("version", policy.gradingPluginVersion())
                        .add("config", PolicyJson.toJson(policy.gradingConfig().values())))
                .add("grades", grades)
                .add("handlingPlans", PolicyJson.plansToJson(policy.handlingPlans()))
                .add("approval", choiceJson(policy.approval()))
                .add("kpi", choiceJson(policy.kpi()))
                .add("organisation", PolicyJson.organisationToJson(policy.organisation()))
                .add("escalation", PolicyJson.escalationToJson(ladders(policy)))
                .add("assignment", Json.createObjectBuilder().add("requiredTrainings", Json.createArrayBuilder(policy.requiredTrainings())))
                .build();
    }

    /** Every grade's ladder as it applies (its own, the policy's for every grade, or the default). */
    private Map<String, List<EscalationRung>> ladders(ActivePolicy policy) {
        Map<String, List<EscalationRung>> ladders = new LinkedHashMap<>();
        policy.handlingPlans().keySet().forEach(grade -> ladders.put(grade, policy.ladder(grade)));
        return ladders;
    }

    private static JsonValue choiceJson(PluginChoice choice) {
        if (choice == null) {
            return JsonValue.NULL;
        }
        return Json.createObjectBuilder()
                .add("plugin", choice.plugin())
                .add("version", choice.version())
                .add("config", PolicyJson.toJson(choice.config().values()))
                .build();
    }

    private static Currency currencyOrNull(String code) {
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getCurrencyCode().equals(code) ? currency : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Caller requireAdmin() {
        Caller caller = Access.member(security, tenant, Access.TENANT_ADMINS, true);
        requireTenant();
        return caller;
    }

    private void requireReader() {
        Access.member(security, tenant, Access.CASE_READERS, true);
        requireTenant();
    }

    /** The platform administrator passes the membership check, so the tenant's existence is checked here. */
    private void requireTenant() {
        if (tenants.find(tenant).isEmpty()) {
            throw new NotFoundException("no tenant " + tenant);
        }
    }

    private static JsonObject calendarJson(String code, CalendarDefinition definition) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("code", code);
        definition.toJson().forEach(b::add);
        return b.build();
    }

    private static JsonObject ratesJson(ExchangeRates rates) {
        JsonObjectBuilder map = Json.createObjectBuilder();
        rates.rates().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Currency::getCurrencyCode)))
                .forEach(e -> map.add(e.getKey().getCurrencyCode(), e.getValue().toPlainString()));
        return Json.createObjectBuilder().add("base", rates.base().getCurrencyCode()).add("rates", map).build();
    }
}
