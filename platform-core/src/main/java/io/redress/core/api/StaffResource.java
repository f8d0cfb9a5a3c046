package io.redress.core.api;

import io.redress.core.identity.IdentityStore;
import io.redress.core.identity.Role;
import io.redress.core.tenant.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
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

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The tenant administrator adds staff: specialists, supervisors, directors, management, auditors, administrators. */
@Path("tenants/{tenant}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffResource {

    private static final Set<Role> TENANT_ROLES = EnumSet.complementOf(EnumSet.of(Role.PLATFORM_ADMIN));

    @Inject
    Tenants tenants;

    @Inject
    IdentityStore identity;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @PathParam("tenant")
    String tenant;

    /** {@code {"username": "li.supervisor", "password": "…", "roles": ["supervisor"], "email": "…", "displayName": "…"}} */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Access.member(security, tenant, Access.TENANT_ADMINS, true);
        JsonInput in = JsonInput.parse(body);
        String username = in.matching("username", true, 100, TenantResource.USERNAME, "2–100 letters, digits or . _ @ -");
        String password = in.string("password", true, 200);
        if (password != null && password.length() < 10) {
            in.error("password", "must be at least 10 characters");
        }
        String email = in.matching("email", false, 254, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "an e-mail address");
        String displayName = in.string("displayName", false, 200);
        Set<Role> roles = roles(in, in.json().get("roles"));
        in.check();
        if (identity.staffExists(tenant, username)) {
            return Problem.of("staff-exists", "Conflict", 409, "the tenant already has a staff member " + username).toResponse();
        }
        tenants.addStaff(tenant, new IdentityStore.NewStaff(username, password.toCharArray(), email, displayName, roles));
        JsonArrayBuilder names = Json.createArrayBuilder();
        roles.forEach(r -> names.add(r.wireName()));
        return Response.created(uri.getAbsolutePathBuilder().path(username).build())
                .entity(Json.createObjectBuilder().add("username", username).add("roles", names).build().toString()).build();
    }

    private static Set<Role> roles(JsonInput in, JsonValue value) {
        String allowed = Arrays.toString(TENANT_ROLES.stream().map(Role::wireName).toArray());
        if (!(value instanceof JsonArray list) || list.isEmpty()) {
            in.error("roles", "is required: a non-empty list of " + allowed);
            return Set.of();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (int i = 0; i < list.size(); i++) {
            Optional<Role> role = list.get(i) instanceof JsonString s ? Role.fromWireName(s.getString()) : Optional.empty();
            if (role.isEmpty() || !TENANT_ROLES.contains(role.get())) {
                in.error("roles[" + i + "]", "must be one of " + allowed);
            } else {
                roles.add(role.get());
            }
        }
        return roles;
    }
}
