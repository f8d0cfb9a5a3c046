package io.redress.core.api;

import io.redress.core.InvalidInputException;
import io.redress.core.NotFoundException;
import io.redress.core.approval.ApprovalFile;
import io.redress.core.approval.ApprovalStatus;
import io.redress.core.approval.Approvals;
import io.redress.core.approval.Verdict;
import io.redress.core.identity.Caller;
import io.redress.plugin.api.Approver;
import io.redress.plugin.api.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The approvals inbox and the signatures: {@code GET …/approvals?assignedToMe=true}, {@code POST …/approvals/{id}/decision}. */
@Path("tenants/{tenant}/approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class ApprovalResource {

    @Inject
    Approvals approvals;

    @Context
    SecurityContext security;

    @PathParam("tenant")
    String tenant;

    /** With {@code assignedToMe=true} the pending requests the caller may sign now; else every request, by {@code status}. */
    @GET
    public String list(@QueryParam("assignedToMe") boolean assignedToMe, @QueryParam("status") String status) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        List<ApprovalFile> files;
        if (assignedToMe) {
            files = approvals.assignedTo(tenant, caller);
        } else {
            List<FieldError> errors = new ArrayList<>();
            ApprovalStatus wanted = QueryParams.enumValue("status", status, ApprovalStatus.class, errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            files = approvals.all(tenant, wanted);
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        files.forEach(f -> list.add(json(f)));
        return list.build().toString();
    }

    @GET
    @Path("{id}")
    public String get(@PathParam("id") String id) {
        Access.member(security, tenant, Access.CASE_READERS, false);
        return json(approvals.find(tenant, id).orElseThrow(() -> new NotFoundException("no approval request " + id))).toString();
    }

    /**
     * An electronic signature on the request's current step: {@code {"decision": "APPROVE|REJECT", "comment": "…",
     * "password": "…", "contentHash": "…"}}. The password is checked again (wrong: 403, nothing signed); a rejection
     * needs a comment, its reason; {@code contentHash}, when given, must be the hash of what is to be approved.
     */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public String decide(@PathParam("id") String id, String body) {
        Caller caller = Access.member(security, tenant, Access.HANDLERS, false);
        JsonInput in = JsonInput.parse(body);
        Verdict verdict = in.enumValue("decision", Verdict.class, true);
        String comment = in.string("comment", false, 4000);
        String password = in.string("password", true, 200);
        String contentHash = in.matching("contentHash", false, 64, "[0-9a-f]{64}", "a SHA-256 in lower-case hex");
        in.check();
        return json(approvals.decide(tenant, id, verdict, comment, password.toCharArray(), contentHash, caller)).toString();
    }

    static JsonObject json(ApprovalFile f) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", f.id())
                .add("caseNumber", f.caseNumber())
                .add("type", f.type().name())
                .add("status", f.status().name())
                .add("subject", f.subject())
                .add("version", f.version())
                .add("content", f.content())
                .add("contentHash", f.contentHash())
                .add("rule", f.rule())
                .add("currentStep", f.currentStep())
                .add("requestedBy", f.requestedBy())
                .add("requestedAt", f.requestedAt().toString())
                .add("escalatedToYou", f.escalatedToYou());
        if (f.amount() == null) {
            b.addNull("amount");
        } else {
            b.add("amount", Json.createObjectBuilder().add("amount", f.amount().amount().toPlainString())
                    .add("currency", f.amount().currency().getCurrencyCode()));
        }
        if (f.extension() != null) {
            b.add("extension", Json.createObjectBuilder().add("stage", f.extension().stage())
                    .add("amount", f.extension().amount()).add("unit", f.extension().unit().name()));
        }
        instant(b, "decidedAt", f.decidedAt());
        JsonArrayBuilder steps = Json.createArrayBuilder();
        for (ApprovalFile.Step s : f.steps()) {
            JsonArrayBuilder approvers = Json.createArrayBuilder();
            s.approvers().forEach(a -> approvers.add(approver(a)));
            JsonObjectBuilder step = Json.createObjectBuilder().add("number", s.number()).add("mode", s.mode().name())
                    .add("approvers", approvers)
                    .add("deadline", Json.createObjectBuilder().add("amount", s.deadlineAmount()).add("unit", s.deadlineUnit().name()))
                    .add("status", s.status().name());
            instant(step, "startedAt", s.startedAt());
            instant(step, "dueAt", s.dueAt());
            instant(step, "completedAt", s.completedAt());
            instant(step, "escalatedAt", s.escalatedAt());
            if (s.escalatedTo() == null) {
                step.addNull("escalatedTo");
            } else {
                step.add("escalatedTo", approver(s.escalatedTo()));
            }
            steps.add(step);
        }
        b.add("steps", steps);
        JsonArrayBuilder signatures = Json.createArrayBuilder();
        for (ApprovalFile.Signed s : f.signatures()) {
            JsonObjectBuilder sig = Json.createObjectBuilder().add("step", s.step())
                    .add("approver", approver(s.approver()))
                    .add("signer", s.signer())
                    .add("decision", s.verdict().name())
                    .add("payloadHash", s.payloadHash())
                    .add("signedAt", s.signedAt().toString());
            if (s.onBehalfOf() == null) {
                sig.addNull("onBehalfOf");
            } else {
                sig.add("onBehalfOf", s.onBehalfOf());
            }
            if (s.comment() == null) {
                sig.addNull("comment");
            } else {
                sig.add("comment", s.comment());
            }
            signatures.add(sig);
        }
        return b.add("signatures", signatures).build();
    }

    private static JsonObjectBuilder approver(Approver a) {
        return Json.createObjectBuilder().add("role", a.role()).add("scope", a.scope().name());
    }

    private static void instant(JsonObjectBuilder b, String key, Instant at) {
        if (at == null) {
            b.addNull(key);
        } else {
            b.add(key, at.toString());
        }
    }
}
