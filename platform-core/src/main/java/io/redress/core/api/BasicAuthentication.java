package io.redress.core.api;

import io.redress.core.identity.Caller;
import io.redress.core.identity.IdentityStore;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic for the embedded identity store. The user is resolved within the tenant named in the path; a
 * platform administrator is recognised everywhere. Credentials that are valid for another tenant answer 404,
 * exactly as a path of a tenant that does not exist, so a caller learns nothing about tenants it is not in.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthentication implements ContainerRequestFilter {

    static final String REALM = "Basic realm=\"Redress\", charset=\"UTF-8\"";

    @Inject
    IdentityStore identity;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("public/") || path.startsWith("/public/")) {
            return;
        }
        Optional<Credentials> credentials = Credentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            request.abortWith(unauthorized("this API needs HTTP Basic credentials"));
            return;
        }
        Credentials c = credentials.get();
        String tenant = request.getUriInfo().getPathParameters().getFirst("tenant");
        Optional<Caller> caller = tenant == null ? Optional.empty() : identity.authenticateStaff(tenant, c.username(), c.password());
        if (caller.isEmpty()) {
            caller = identity.authenticatePlatformAdmin(c.username(), c.password());
        }
        if (caller.isEmpty()) {
            if (tenant != null && identity.authenticatesElsewhere(tenant, c.username(), c.password())) {
                request.abortWith(Problem.of("not-found", "Not found", 404, "no tenant " + tenant).toResponse());
            } else {
                request.abortWith(unauthorized("the user name or password is wrong"));
            }
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure()));
    }

    private static Response unauthorized(String detail) {
        Response problem = Problem.of("unauthorized", "Unauthorized", 401, detail).toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, REALM).build();
    }

    record Credentials(String username, char[] password) {
        static Optional<Credentials> parse(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon <= 0) {
                    return Optional.empty();
                }
                return Optional.of(new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1).toCharArray()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    record CallerSecurityContext(Caller caller, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public boolean isUserInRole(String role) {
            return caller.roles().stream().anyMatch(r -> r.wireName().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return BASIC_AUTH;
        }
    }
}
