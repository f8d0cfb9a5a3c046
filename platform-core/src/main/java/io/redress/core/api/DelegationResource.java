package io.redress.core.api;

import io.redress.core.NotAllowedException;
import io.redress.core.approval.Approvals;
import io.redress.core.approval.Delegation;
import io.redress.core.identity.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Instant;

/**
 * A staff member away names who signs approvals in their place until when: {@code {"to": "li.deputy", "until":
 * "2026-12-31T00:00:00Z"}}. The member sets it, or a tenant administrator for them; a past {@code until} ends it.
 */
@Path("tenants/{tenant}/staff/{username}/delegation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class DelegationResource {

    @Inject
    Approvals approvals;

    @Context
    SecurityContext security;

    @PathParam("tenant")
    String tenant;

    @PathParam("username")
    String username;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public String put(String body) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        if (!caller.username().equals(username) && !caller.hasAny(Access.TENANT_ADMINS)) {
            throw new NotAllowedException("only " + username + " or a tenant administrator sets their delegation");
        }
        JsonInput in = JsonInput.parse(body);
        String to = in.matching("to", true, 100, TenantResource.USERNAME, "a staff member's user name");
        Instant until = in.instant("until", true);
        in.check();
        Delegation d = approvals.delegate(tenant, username, to, until, caller.username());
        return Json.createObjectBuilder().add("username", d.username()).add("to", d.delegate())
                .add("until", d.until().toString()).build().toString();
    }
}
