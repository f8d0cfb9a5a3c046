package io.redress.core.api;

import io.redress.core.InvalidInputException;
import io.redress.core.NotFoundException;
import io.redress.core.complaint.CaseAction;
import io.redress.core.complaint.CaseClocks;
import io.redress.core.complaint.CaseLifecycle;
import io.redress.core.complaint.GroupComplaints;
import io.redress.core.complaint.CaseFile;
import io.redress.core.complaint.CaseQuery;
import io.redress.core.complaint.ComplaintGrading;
import io.redress.core.complaint.ComplaintIntake;
import io.redress.core.complaint.ComplaintQueries;
import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.complaint.NewComplaint;
import io.redress.core.identity.Caller;
import io.redress.core.tenant.Tenant;
import io.redress.core.tenant.Tenants;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** Complaints of a tenant: intake, one case, and the filtered list. */
@Path("tenants/{tenant}/complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ComplaintResource {

    /** How far a sender's clock may run ahead of ours before a receipt time counts as in the future. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintQueries queries;

    @Inject
    ComplaintGrading grading;

    @Inject
    CaseClocks clocks;

    @Inject
    CaseLifecycle lifecycle;

    @Inject
    GroupComplaints groups;

    @Inject
    Tenants tenants;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @PathParam("tenant")
    String tenant;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam("Idempotency-Key") String idempotencyKey, String body) {
        Caller caller = Access.member(security, tenant, Access.CASE_WORKERS, false);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidInputException("Idempotency-Key", "must be 1–200 characters");
        }
        JsonInput in = JsonInput.parse(body);
        NewComplaint complaint = ComplaintInput.read(in);
        if (complaint.receivedAt().isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new InvalidInputException("receivedAt", "must not be in the future");
        }
        ComplaintIntake.Intake result = intake.take(tenant, complaint, idempotencyKey, sha256(in.json().toString()), caller.username());
        String json = caseJson(result.caseFile());
        if (!result.created()) {
            return Response.ok(json).header("Idempotent-Replayed", "true").build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(result.caseFile().complaint().caseNumber().value()).build())
                .entity(json).build();
    }

    @GET
    @Path("{caseNumber}")
    public String get(@PathParam("caseNumber") String caseNumber) {
        Access.member(security, tenant, Access.CASE_READERS, false);
        CaseFile file = queries.caseFile(tenant, caseNumber);
        return caseJson(file);
    }

    /**
     * Grades a case again: {@code {}} asks the grading plugin under the current policy version (e.g. after the policy
     * changed); {@code {"grade": "MAJOR", "reason": "…"}} grades it by hand (e.g. when the plugin failed). The old
     * grade and the replaced clocks stay in the timeline.
     */
    @POST
    @Path("{caseNumber}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    public String grade(@PathParam("caseNumber") String caseNumber, String body) {
        Caller caller = Access.member(security, tenant, Access.CASE_WORKERS, false);
        JsonInput in = JsonInput.parse(body == null || body.isBlank() ? "{}" : body);
        String grade = in.matching("grade", false, 64, "[A-Z][A-Z0-9_]{0,63}", "a grade code such as MAJOR");
        String reason = in.string("reason", false, 2000);
        in.check();
        CaseFile file = grading.regrade(tenant, caseNumber, grade, reason, caller.username());
        return caseJson(file);
    }

    /**
     * Moves the case through its lifecycle ({@link CaseAction}): {@code {"action": "ASSIGN", "assignee": "wang.fang",
     * "note": "…"}}. Each action completes the stage clock it stands for; {@code WAIT_FOR_CUSTOMER} stops the clocks
     * and {@code RESUME} runs them again, moved by the working time paused. An action the status does not allow
     * answers 409; one the caller's role does not allow, 403.
     */
    @POST
    @Path("{caseNumber}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public String transition(@PathParam("caseNumber") String caseNumber, String body) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        JsonInput in = JsonInput.parse(body);
        CaseAction action = in.enumValue("action", CaseAction.class, true);
        String note = in.string("note", false, 4000);
        String assignee = in.matching("assignee", false, 100, TenantResource.USERNAME, "a staff member's user name");
        in.check();
        CaseFile file = lifecycle.transition(tenant, caseNumber, action, note, assignee, caller);
        return caseJson(file);
    }

    /** The lifecycle actions the caller may take on the case now. */
    @GET
    @Path("{caseNumber}/actions")
    public String actions(@PathParam("caseNumber") String caseNumber) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        jakarta.json.JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
        lifecycle.allowedActions(tenant, caseNumber, caller).forEach(a -> list.add(a.name()));
        return list.build().toString();
    }

    /** The staff who may be assigned the case: trained as the policy requires, speakers of its language first. */
    @GET
    @Path("{caseNumber}/candidates")
    public String candidates(@PathParam("caseNumber") String caseNumber) {
        Access.member(security, tenant, Access.LEADS, false);
        jakarta.json.JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
        lifecycle.candidates(tenant, caseNumber).forEach(p -> list.add(p.toJson()));
        return list.build().toString();
    }

    /**
     * Completes the stage's running clock now, met or missed; the stages anchored on it start, a recurring stage gets
     * its next occurrence, and completing the resolution ends the recurring progress updates.
     */
    @POST
    @Path("{caseNumber}/stages/{stage}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public String completeStage(@PathParam("caseNumber") String caseNumber, @PathParam("stage") String stage, String body) {
        Caller caller = Access.member(security, tenant, Access.HANDLERS, false);
        JsonInput in = JsonInput.parse(body == null || body.isBlank() ? "{}" : body);
        String note = in.string("note", false, 2000);
        in.check();
        CaseFile file = clocks.completeStage(tenant, caseNumber, stage, note, caller.username());
        return caseJson(file);
    }

    /**
     * An approved extension of a stage's due time: {@code {"amount": 5, "unit": "WORKING_DAYS", "reason": "…"}},
     * counted from the old due time in the case's calendar; granted by a supervisor, director or management.
     */
    @POST
    @Path("{caseNumber}/stages/{stage}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    public String extend(@PathParam("caseNumber") String caseNumber, @PathParam("stage") String stage, String body) {
        Caller caller = Access.member(security, tenant, Access.LEADS, false);
        JsonInput in = JsonInput.parse(body);
        Integer amount = in.integer("amount", true, 1, 1000);
        DeadlineUnit unit = in.enumValue("unit", DeadlineUnit.class, true);
        String reason = in.string("reason", true, 2000);
        in.check();
        CaseFile file = clocks.extend(tenant, caseNumber, stage, amount, unit, reason, caller.username());
        return caseJson(file);
    }

    /**
     * Adds a complainant to a group complaint: {@code {"name": "…", "email": "…", "phone": "…", "demand": "…",
     * "spokesperson": false}}. The grade is asked again as the group grows.
     */
    @POST
    @Path("{caseNumber}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addMember(@PathParam("caseNumber") String caseNumber, String body) {
        Caller caller = Access.member(security, tenant, Access.HANDLERS, false);
        JsonInput in = JsonInput.parse(body);
        String name = in.string("name", true, 200);
        String email = in.matching("email", false, 254, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "an e-mail address");
        String phone = in.matching("phone", false, 64, "\\+?[0-9 ()-]{3,64}", "a phone number");
        String demand = in.string("demand", false, 2000);
        JsonValue speaks = in.json().get("spokesperson");
        if (speaks != null && speaks.getValueType() != JsonValue.ValueType.TRUE && speaks.getValueType() != JsonValue.ValueType.FALSE) {
            in.error("spokesperson", "must be true or false");
        }
        if (email == null && phone == null) {
            in.error("email", "or a phone number is required, so that the complainant can be reached");
        }
        in.check();
        CaseFile file = groups.addMember(tenant, caseNumber, name, email, phone, demand, speaks == JsonValue.TRUE, caller.username());
        return Response.status(201).entity(caseJson(file)).build();
    }

    /** Names the group's spokesperson: {@code {"member": "<member id>"}} or {@code {"member": "primary"}}. */
    @PUT
    @Path("{caseNumber}/spokesperson")
    @Consumes(MediaType.APPLICATION_JSON)
    public String spokesperson(@PathParam("caseNumber") String caseNumber, String body) {
        Caller caller = Access.member(security, tenant, Access.HANDLERS, false);
        JsonInput in = JsonInput.parse(body);
        String member = in.string("member", true, 36);
        in.check();
        return caseJson(groups.spokesperson(tenant, caseNumber, member, caller.username()));
    }

    /** The one official statement to the group: {@code {"text": "…"}}; a supervisor or above issues it. */
    @PUT
    @Path("{caseNumber}/statement")
    @Consumes(MediaType.APPLICATION_JSON)
    public String statement(@PathParam("caseNumber") String caseNumber, String body) {
        Caller caller = Access.member(security, tenant, Access.LEADS, false);
        JsonInput in = JsonInput.parse(body);
        String text = in.string("text", true, 8000);
        in.check();
        return caseJson(groups.issueStatement(tenant, caseNumber, text, caller.username()));
    }

    @GET
    public String list(@QueryParam("status") String status, @QueryParam("grade") String grade,
                       @QueryParam("overdue") String overdue, @QueryParam("page") String page,
                       @QueryParam("size") String size) {
        Access.member(security, tenant, Access.CASE_READERS, false);
        List<FieldError> errors = new ArrayList<>();
        ComplaintStatus statusFilter = QueryParams.enumValue("status", status, ComplaintStatus.class, errors);
        Boolean overdueFilter = QueryParams.flag("overdue", overdue, errors);
        int pageNumber = QueryParams.number("page", page, 0, 0, Integer.MAX_VALUE / CaseQuery.MAX_SIZE, errors);
        int pageSize = QueryParams.number("size", size, 20, 1, CaseQuery.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String gradeFilter = grade == null || grade.isBlank() ? null : grade;
        return Representations.page(queries.page(tenant, new CaseQuery(statusFilter, gradeFilter, overdueFilter, pageNumber, pageSize)),
                locale()).toString();
    }

    /** The case file as the API writes it, with the complainant's tracking link on this server. */
    private String caseJson(CaseFile file) {
        return Representations.caseFile(file, locale(), clock.instant(), uri.getBaseUri()).toString();
    }

    private Locale locale() {
        Locale tenantLocale = tenants.find(tenant).map(Tenant::locale).orElseThrow(() -> new NotFoundException("no tenant " + tenant));
        return Languages.of(headers, tenantLocale);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
