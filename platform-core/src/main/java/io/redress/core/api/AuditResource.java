package io.redress.core.api;

import io.redress.core.InvalidInputException;
import io.redress.core.audit.AuditEntry;
import io.redress.core.audit.AuditTrail;
import io.redress.core.audit.ChainVerdict;
import io.redress.core.identity.Role;
import io.redress.plugin.api.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The tenant's audit trail, for its administrators and auditors: {@code GET …/audit/verify} checks the hash chain
 * and names the first broken link; {@code GET …/audit?entityType=&entityId=&page=&size=} lists entries, newest first.
 */
@Path("tenants/{tenant}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class AuditResource {

    static final Set<Role> AUDIT_READERS = EnumSet.of(Role.TENANT_ADMIN, Role.AUDITOR);

    @Inject
    AuditTrail audit;

    @Context
    SecurityContext security;

    @PathParam("tenant")
    String tenant;

    /** {@code {"valid": true, "entries": n}} or {@code {"valid": false, "entries": n, "firstBrokenSeq": k, "reason": "…"}}. */
    @GET
    @Path("verify")
    public String verify() {
        Access.member(security, tenant, AUDIT_READERS, true);
        ChainVerdict verdict = audit.verify(tenant);
        JsonObjectBuilder json = Json.createObjectBuilder().add("valid", verdict.valid()).add("entries", verdict.entries());
        if (!verdict.valid()) {
            json.add("firstBrokenSeq", verdict.firstBrokenSeq()).add("reason", verdict.reason());
        }
        return json.build().toString();
    }

    @GET
    public String list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                       @QueryParam("page") String pageText, @QueryParam("size") String sizeText) {
        Access.member(security, tenant, AUDIT_READERS, true);
        List<FieldError> errors = new ArrayList<>();
        int page = QueryParams.number("page", pageText, 0, 0, Integer.MAX_VALUE / 1000, errors);
        int size = QueryParams.number("size", sizeText, 50, 1, 500, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        AuditTrail.AuditPage found = audit.entries(tenant, blankToNull(entityType), blankToNull(entityId), page, size);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (AuditEntry e : found.items()) {
            items.add(Json.createObjectBuilder().add("seq", e.seq()).add("at", e.at().toString()).add("actor", e.actor())
                    .add("entityType", e.entityType()).add("entityId", e.entityId()).add("action", e.action())
                    .add("before", parse(e.before())).add("after", parse(e.after()))
                    .add("prevHash", e.prevHash()).add("hash", e.hash()));
        }
        return Json.createObjectBuilder().add("items", items).add("total", found.total()).add("page", page).add("size", size)
                .build().toString();
    }

    private static JsonValue parse(String json) {
        return json == null ? JsonValue.NULL : Json.createReader(new StringReader(json)).readValue();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
