package io.redress.core.api;

import io.redress.core.NotFoundException;
import io.redress.core.identity.Caller;
import io.redress.core.identity.IdentityStore;
import io.redress.core.identity.Role;
import io.redress.core.policy.OrganisationUnit;
import io.redress.core.policy.Policies;
import io.redress.core.staff.StaffDirectory;
import io.redress.core.staff.StaffProfile;
import io.redress.core.staff.WorkingProfile;
import io.redress.core.tenant.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tenant administrator adds staff: specialists, supervisors, directors, management, auditors, administrators. */
@Path("tenants/{tenant}/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class StaffResource {

    private static final String CODE = "[A-Z][A-Z0-9_]{1,63}";
    private static final Set<Role> TENANT_ROLES = Role.TENANT_ROLES;

    @Inject
    Tenants tenants;

    @Inject
    IdentityStore identity;

    @Inject
    StaffDirectory directory;

    @Inject
    Policies policies;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @PathParam("tenant")
    String tenant;

    /**
     * {@code {"username": "li.supervisor", "password": "…", "roles": ["supervisor"], "email": "…", "displayName": "…",
     * "unit": "SEA_CENTRE", "positions": ["regional-centre-head"], "languages": ["en", "ms"], "trainings": […]}}
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Caller caller = Access.member(security, tenant, Access.TENANT_ADMINS, true);
        JsonInput in = JsonInput.parse(body);
        String username = in.matching("username", true, 100, TenantResource.USERNAME, "2–100 letters, digits or . _ @ -");
        String password = in.string("password", true, 200);
        if (password != null && password.length() < 10) {
            in.error("password", "must be at least 10 characters");
        }
        String email = in.matching("email", false, 254, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "an e-mail address");
        String displayName = in.string("displayName", false, 200);
        Set<Role> roles = roles(in, in.json().get("roles"));
        WorkingProfile profile = profile(in);
        in.check();
        if (identity.staffExists(tenant, username)) {
            return Problem.of("staff-exists", "Conflict", 409, "the tenant already has a staff member " + username).toResponse();
        }
        tenants.addStaff(tenant, new IdentityStore.NewStaff(username, password.toCharArray(), email, displayName, roles), caller.username());
        StaffProfile saved = directory.put(tenant, username, profile, caller.username());
        JsonArrayBuilder names = Json.createArrayBuilder();
        roles.forEach(r -> names.add(r.wireName()));
        return Response.created(uri.getAbsolutePathBuilder().path(username).build())
                .entity(Json.createObjectBuilder(saved.toJson()).add("roles", names).build().toString()).build();
    }

    /**
     * Disables a member of the tenant's staff (its administrator only): they can no longer sign in, their history and
     * profile stay. 404 for anyone the tenant does not have, also another tenant's staff.
     */
    @POST
    @Path("{username}/disable")
    public Response disable(@PathParam("username") String username) {
        Caller caller = Access.member(security, tenant, Access.TENANT_ADMINS, false);
        if (caller.username().equals(username)) {
            throw new UnprocessableException("an administrator cannot disable themselves");
        }
        tenants.disableStaff(tenant, username, caller.username());
        return Response.noContent().build();
    }

    /** Replaces a member's roles (the tenant's administrator only): {@code {"roles": ["supervisor", "auditor"]}}. */
    @PUT
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public String putRoles(@PathParam("username") String username, String body) {
        Caller caller = Access.member(security, tenant, Access.TENANT_ADMINS, false);
        JsonInput in = JsonInput.parse(body);
        Set<Role> roles = roles(in, in.json().get("roles"));
        if (caller.username().equals(username) && !roles.isEmpty() && !roles.contains(Role.TENANT_ADMIN)) {
            in.error("roles", "must keep " + Role.TENANT_ADMIN.wireName() + ": an administrator cannot demote themselves");
        }
        in.check();
        tenants.replaceStaffRoles(tenant, username, roles, caller.username());
        JsonArrayBuilder names = Json.createArrayBuilder();
        roles.stream().map(Role::wireName).sorted().forEach(names::add);
        return Json.createObjectBuilder().add("username", username).add("roles", names).build().toString();
    }

    /** The working profiles of the tenant's staff. */
    @GET
    public String list() {
        Access.member(security, tenant, Access.CASE_READERS, true);
        JsonArrayBuilder list = Json.createArrayBuilder();
        directory.all(tenant).forEach(p -> list.add(p.toJson()));
        return list.build().toString();
    }

    /** Replaces a member's profile: {@code {"unit": "SEA_CENTRE", "positions": [], "languages": ["en", "ms"], "trainings": []}}. */
    @PUT
    @Path("{username}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    public String putProfile(@PathParam("username") String username, String body) {
        Caller caller = Access.member(security, tenant, Access.TENANT_ADMINS, true);
        JsonInput in = JsonInput.parse(body);
        WorkingProfile profile = profile(in);
        in.check();
        if (!identity.staffExists(tenant, username)) {
            throw new NotFoundException("no staff member " + username);
        }
        return directory.put(tenant, username, profile, caller.username()).toJson().toString();
    }

    /**
     * The optional profile fields of a member; the unit must be one of the policy's organisation, and each group a unit
     * of kind GROUP (the leadership group, a task force).
     */
    private WorkingProfile profile(JsonInput in) {
        List<OrganisationUnit> organisation = policies.current(tenant).organisation();
        String unit = in.matching("unit", false, 64, CODE, "the code of a unit of the organisation, e.g. SEA_CENTRE");
        if (unit != null && organisation.stream().noneMatch(u -> u.code().equals(unit))) {
            in.error("unit", "is not a unit of the tenant's organisation");
        }
        List<String> groups = codes(in, "groups", CODE, "the code of a group of the organisation, e.g. HQ_TASK_FORCE");
        for (int i = 0; i < groups.size(); i++) {
            String group = groups.get(i);
            if (organisation.stream().noneMatch(u -> u.code().equals(group) && u.kind() == OrganisationUnit.Kind.GROUP)) {
                in.error("groups[" + i + "]", "is not a group of the tenant's organisation (a unit of kind GROUP)");
            }
        }
        return new WorkingProfile(unit,
                Set.copyOf(codes(in, "positions", "[a-z][a-z0-9-]{1,63}", "a position in lower case, e.g. director or regional-centre-head")),
                Set.copyOf(codes(in, "languages", "[a-z]{2,3}", "a language code such as zh, en or ar")),
                Set.copyOf(codes(in, "trainings", CODE, "an upper-case training code such as COMPLAINT_HANDLING")),
                Set.copyOf(groups));
    }

    private static List<String> codes(JsonInput in, String key, String pattern, String what) {
        JsonValue value = in.json().get(key);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        if (!(value instanceof JsonArray list)) {
            in.error(key, "must be a list");
            return codes;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof JsonString s && s.getString().matches(pattern)) {
                codes.add(s.getString());
            } else {
                in.error(key + "[" + i + "]", "must be " + what);
            }
        }
        return codes;
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
