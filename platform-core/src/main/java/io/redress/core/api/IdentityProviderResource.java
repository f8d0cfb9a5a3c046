package io.redress.core.api;

import io.redress.core.identity.Caller;
import io.redress.core.identity.IdentityMode;
import io.redress.core.identity.KeycloakDirectory;
import io.redress.core.identity.KeycloakEnterpriseSignIn;
import io.redress.core.identity.KeycloakEnterpriseSignIn.CompanyProvider;
import io.redress.core.identity.KeycloakEnterpriseSignIn.LinkedProvider;
import io.redress.core.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Enterprise sign-in (Keycloak mode): the tenant administrator links the company's own OpenID Connect provider, so
 * that staff with addresses of the company's e-mail domain sign in there and arrive as staff of the tenant with the
 * default roles chosen here. {@code PUT} links or re-links, {@code GET} shows what is linked (never the secret),
 * {@code DELETE} unlinks.
 */
@Path("tenants/{tenant}/identity-provider")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class IdentityProviderResource {

    @Inject
    IdentityMode mode;

    @Inject
    Optional<KeycloakDirectory> keycloak;

    @Context
    SecurityContext security;

    @PathParam("tenant")
    String tenant;

    /**
     * {@code {"issuer": "https://login.company.example/realms/staff", "clientId": "redress", "clientSecret": "…",
     * "domain": "company.example", "defaultRoles": ["specialist"]}}
     */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public String link(String body) {
        Access.member(security, tenant, Access.TENANT_ADMINS, false);
        KeycloakEnterpriseSignIn signIn = signIn();
        JsonInput in = JsonInput.parse(body);
        String issuer = in.matching("issuer", true, 500, "https?://[^\\s]+", "the issuer URL of the company's OpenID Connect provider");
        String clientId = in.string("clientId", true, 200);
        String secret = in.string("clientSecret", true, 500);
        String domain = in.matching("domain", true, 253, "([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z]{2,}", "an e-mail domain in lower case, e.g. company.example");
        Set<Role> roles = defaultRoles(in, in.json().get("defaultRoles"));
        in.check();
        try {
            return json(signIn.link(tenant, new CompanyProvider(issuer, clientId, secret.toCharArray(), domain, roles)));
        } catch (IllegalArgumentException e) {
            throw new UnprocessableException(e.getMessage());
        }
    }

    @GET
    public String linked() {
        Access.member(security, tenant, Access.TENANT_ADMINS, false);
        Optional<LinkedProvider> linked = signIn().linked(tenant);
        return linked.map(IdentityProviderResource::json).orElseThrow(() -> new io.redress.core.NotFoundException(
                "the tenant has no identity provider of its own"));
    }

    @DELETE
    public Response unlink() {
        Access.member(security, tenant, Access.TENANT_ADMINS, false);
        signIn().unlink(tenant);
        return Response.noContent().build();
    }

    private KeycloakEnterpriseSignIn signIn() {
        if (!mode.keycloak() || keycloak.isEmpty()) {
            throw new UnprocessableException("enterprise sign-in needs the Keycloak mode (REDRESS_KEYCLOAK_URL)");
        }
        return keycloak.get().enterpriseSignIn();
    }

    private static Set<Role> defaultRoles(JsonInput in, JsonValue value) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value == null || value == JsonValue.NULL) {
            return roles;
        }
        if (!(value instanceof JsonArray list)) {
            in.error("defaultRoles", "must be a list of roles");
            return roles;
        }
        for (int i = 0; i < list.size(); i++) {
            Optional<Role> role = list.get(i) instanceof JsonString s ? Role.fromWireName(s.getString()) : Optional.empty();
            if (role.isEmpty() || role.get() == Role.PLATFORM_ADMIN) {
                in.error("defaultRoles[" + i + "]", "must be a role of the tenant's staff, e.g. specialist");
            } else {
                roles.add(role.get());
            }
        }
        return roles;
    }

    private static String json(LinkedProvider p) {
        return Json.createObjectBuilder().add("alias", p.alias()).add("issuer", p.issuer()).add("clientId", p.clientId())
                .add("domain", p.domain()).build().toString();
    }
}
