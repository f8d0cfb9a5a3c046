package io.redress.core.api;

import io.redress.core.approval.ApprovalFile;
import io.redress.core.approval.Approvals;
import io.redress.core.approval.ApprovedContent;
import io.redress.core.identity.Caller;
import io.redress.core.plugin.PluginFaultException;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The approvals of one case: asking for one, and the list of those asked. */
@Path("tenants/{tenant}/complaints/{caseNumber}/approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class CaseApprovalResource {

    @Inject
    Approvals approvals;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @PathParam("tenant")
    String tenant;

    @PathParam("caseNumber")
    String caseNumber;

    /**
     * {@code {"type": "REFUND|COMPENSATION|PURCHASE|EXTENSION|CLOSURE", "amount": {"amount": "12000.00", "currency":
     * "CNY"}, "subject": "…"}}; an EXTENSION adds {@code "stage": "RESOLUTION", "extendBy": {"amount": 5, "unit":
     * "WORKING_DAYS"}}. Answers 201 with the request and its chain (approved at once when the chain has no steps).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(String body) {
        Caller caller = Access.member(security, tenant, Access.HANDLERS, false);
        JsonInput in = JsonInput.parse(body);
        DecisionType type = in.enumValue("type", DecisionType.class, true);
        Money amount = in.money("amount", false);
        String subject = in.string("subject", true, 4000);
        ApprovedContent.Extension extension = null;
        if (type == DecisionType.EXTENSION) {
            String stage = in.matching("stage", true, 64, "[A-Z][A-Z0-9_]{1,63}", "a stage code such as RESOLUTION");
            JsonInput by = in.object("extendBy", true);
            Integer extendAmount = by == null ? null : by.integer("amount", true, 1, 1000);
            DeadlineUnit unit = by == null ? null : by.enumValue("unit", DeadlineUnit.class, true);
            if (stage != null && extendAmount != null && unit != null) {
                extension = new ApprovedContent.Extension(stage, extendAmount, unit);
            }
        }
        if (type == DecisionType.PLAN) {
            in.error("type", "a plan is put to approval by proposing it (the PROPOSE_PLAN transition)");
        }
        in.check();
        ApprovalFile file;
        try {
            file = approvals.request(tenant, caseNumber, type, amount, subject, extension, caller);
        } catch (PluginFaultException fault) {
            throw new UnprocessableException(fault.getMessage());
        }
        return Response.created(uri.getBaseUriBuilder().path("tenants").path(tenant).path("approvals").path(file.id()).build())
                .entity(ApprovalResource.json(file).toString()).build();
    }

    @GET
    public String list() {
        Access.member(security, tenant, Access.CASE_READERS, false);
        JsonArrayBuilder list = Json.createArrayBuilder();
        approvals.ofCase(tenant, caseNumber).forEach(f -> list.add(ApprovalResource.json(f)));
        return list.build().toString();
    }
}
