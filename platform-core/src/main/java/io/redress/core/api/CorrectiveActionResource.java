package io.redress.core.api;

import io.redress.core.InvalidInputException;
import io.redress.core.NotFoundException;
import io.redress.core.corrective.CorrectiveActionStatus;
import io.redress.core.corrective.Ledger;
import io.redress.core.corrective.Ledger.ActionView;
import io.redress.core.corrective.NewCorrectiveAction;
import io.redress.core.identity.Caller;
import io.redress.plugin.api.FieldError;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The corrective-action ledger (整改台账) of a tenant: the list with filters, new actions (supervisors and above), the
 * owner's report of an action done with evidence, and its verification by someone else, who accepts it or rejects it
 * with the reason. An act in the wrong status answers 409; by the wrong person, 403.
 */
@Path("tenants/{tenant}/corrective-actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CorrectiveActionResource {

    @Inject
    Ledger ledger;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @PathParam("tenant")
    String tenant;

    /** {@code ?status=OPEN|DONE|ACCEPTED|REJECTED&owner=&overdue=true|false&caseNumber=}. */
    @GET
    public String list(@QueryParam("status") String status, @QueryParam("owner") String owner,
                       @QueryParam("overdue") String overdue, @QueryParam("caseNumber") String caseNumber) {
        Access.member(security, tenant, Access.CASE_READERS, false);
        List<FieldError> errors = new ArrayList<>();
        CorrectiveActionStatus statusFilter = QueryParams.enumValue("status", status, CorrectiveActionStatus.class, errors);
        Boolean overdueFilter = QueryParams.flag("overdue", overdue, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        JsonArrayBuilder items = Json.createArrayBuilder();
        ledger.list(tenant, new Ledger.LedgerQuery(statusFilter, blankToNull(owner), overdueFilter, blankToNull(caseNumber)))
                .forEach(a -> items.add(json(a)));
        return items.build().toString();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        Access.member(security, tenant, Access.CASE_READERS, false);
        return ledger.find(tenant, id).map(a -> json(a).toString())
                .orElseThrow(() -> new NotFoundException("no corrective action " + id));
    }

    /**
     * {@code {"title": "…", "cause": "…", "owner": "wang.fang", "dueDate": "2026-12-31",
     * "acceptanceCriteria": "…", "caseNumbers": ["C-20261120-0001"]}}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Caller caller = Access.member(security, tenant, Access.HANDLERS, false);
        JsonInput in = JsonInput.parse(body);
        String title = in.string("title", true, 200);
        String cause = in.string("cause", false, 4000);
        String owner = in.matching("owner", true, 100, TenantResource.USERNAME, "a staff member's user name");
        LocalDate dueDate = date(in, "dueDate");
        String criteria = in.string("acceptanceCriteria", true, 4000);
        List<String> cases = caseNumbers(in);
        in.check();
        ActionView created = ledger.create(tenant, new NewCorrectiveAction(title, cause, owner, dueDate, criteria, cases), caller);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(json(created).toString()).build();
    }

    /** The owner's report: {@code {"evidence": "…"}}. */
    @POST
    @Path("{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    public String done(@PathParam("id") String id, String body) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        JsonInput in = JsonInput.parse(body);
        String evidence = in.string("evidence", true, 4000);
        in.check();
        return json(ledger.markDone(tenant, id, evidence, caller)).toString();
    }

    /** {@code {"decision": "ACCEPT|REJECT", "reason": "…"}}; a rejection needs the reason. */
    @POST
    @Path("{id}/verification")
    @Consumes(MediaType.APPLICATION_JSON)
    public String verify(@PathParam("id") String id, String body) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        JsonInput in = JsonInput.parse(body);
        String decision = in.matching("decision", true, 16, "ACCEPT|REJECT", "ACCEPT or REJECT");
        String reason = in.string("reason", false, 4000);
        if ("REJECT".equals(decision) && reason == null) {
            in.error("reason", "is required when rejecting: the owner must know what is missing");
        }
        in.check();
        return json(ledger.verify(tenant, id, "ACCEPT".equals(decision), reason, caller)).toString();
    }

    private static LocalDate date(JsonInput in, String key) {
        String text = in.string(key, true, 10);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            in.error(key, "must be a date such as 2026-12-31");
            return null;
        }
    }

    private static List<String> caseNumbers(JsonInput in) {
        JsonValue value = in.json().get("caseNumbers");
        List<String> numbers = new ArrayList<>();
        if (value == null || value == JsonValue.NULL) {
            return numbers;
        }
        if (!(value instanceof JsonArray array)) {
            in.error("caseNumbers", "must be a list of case numbers");
            return numbers;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString s && s.getString().matches("[A-Za-z0-9-]{1,64}")) {
                numbers.add(s.getString());
            } else {
                in.errors().add(new FieldError("caseNumbers[" + i + "]", "must be a case number such as C-20261120-0001"));
            }
        }
        return numbers;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static JsonObject json(ActionView a) {
        JsonArrayBuilder cases = Json.createArrayBuilder();
        a.caseNumbers().forEach(cases::add);
        JsonArrayBuilder escalations = Json.createArrayBuilder();
        a.escalations().forEach(e -> escalations.add(Json.createObjectBuilder().add("rung", e.rung())
                .add("share", e.sharePercent()).add("notify", e.target()).add("reachedAt", e.reachedAt().toString())
                .add("recordedAt", e.recordedAt().toString())));
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", a.id())
                .add("title", a.title())
                .add("owner", a.owner())
                .add("dueDate", a.dueDate().toString())
                .add("dueAt", a.dueAt().toString())
                .add("acceptanceCriteria", a.acceptanceCriteria())
                .add("caseNumbers", cases)
                .add("status", a.status().name())
                .add("overdue", a.overdue())
                .add("rejections", a.rejections())
                .add("createdBy", a.createdBy())
                .add("createdAt", a.createdAt().toString())
                .add("escalations", escalations);
        text(b, "cause", a.cause());
        text(b, "evidence", a.evidence());
        text(b, "rejectionReason", a.rejectionReason());
        text(b, "verifiedBy", a.verifiedBy());
        instant(b, "doneAt", a.doneAt());
        instant(b, "verifiedAt", a.verifiedAt());
        instant(b, "nextEscalationAt", a.nextEscalationAt());
        return b.build();
    }

    private static void text(JsonObjectBuilder b, String key, String value) {
        if (value == null) {
            b.addNull(key);
        } else {
            b.add(key, value);
        }
    }

    private static void instant(JsonObjectBuilder b, String key, Instant value) {
        text(b, key, value == null ? null : value.toString());
    }
}
