package io.redress.core.api;

import io.redress.core.identity.Caller;
import io.redress.core.identity.IdentityMode;
import io.redress.core.identity.IdentityStore;
import io.redress.core.identity.TokenIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who calls the API, in either identity mode; the role checks after it ({@link Access}) are the same in both.
 *
 * <ul>
 *   <li><b>Keycloak mode</b> ({@code REDRESS_KEYCLOAK_URL} set): {@code Authorization: Bearer <access token>}. The
 *   server's MicroProfile JWT feature has verified the token before this filter runs — signature by the realm's JWKS,
 *   issuer, expiry and the audience {@code redress-api} (server.xml, {@code mpJwt}); a token failing any of them is
 *   answered 401 there. This filter maps the verified token to a caller ({@link TokenIdentity}): its single
 *   {@code organization} is its tenant. HTTP Basic is refused in this mode.</li>
 *   <li><b>Embedded default</b>: HTTP Basic against the local identity store. The user is resolved within the tenant
 *   named in the path; a platform administrator is recognised everywhere. Credentials valid for another tenant answer
 *   404, exactly as a path of a tenant that does not exist.</li>
 * </ul>
 * In both modes a caller of another tenant than the path's gets 404 (here or in {@link Access#member}), never data.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAuthentication implements ContainerRequestFilter {

    static final String BASIC_REALM = "Basic realm=\"Redress\", charset=\"UTF-8\"";
    static final String BEARER_REALM = "Bearer realm=\"Redress\"";

    @Inject
    IdentityStore identity;

    @Inject
    IdentityMode mode;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("public/") || path.startsWith("/public/")) {
            return;
        }
        if (mode.keycloak()) {
            bearer(request);
        } else {
            basic(request);
        }
    }

    private void bearer(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof JsonWebToken token)) {
            // no token at all (a bad one was already refused by the server's mpJwt), or Basic credentials
            request.abortWith(unauthorized(BEARER_REALM, "this API needs a bearer token issued by the tenant's identity provider"));
            return;
        }
        Optional<Caller> caller = TokenIdentity.caller(username(token), strings(token.getClaim("organization")),
                token.getGroups() == null ? List.of() : token.getGroups());
        if (caller.isEmpty()) {
            request.abortWith(unauthorized(BEARER_REALM, "the token names no single organization of a tenant"));
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure(), "Bearer"));
    }

    private static String username(JsonWebToken token) {
        String preferred = text(token.getClaim("preferred_username"));
        return preferred != null ? preferred : token.getName();
    }

    /** A claim as strings, whether the server hands it over as a JSON array, a Java collection or a single string. */
    static List<String> strings(Object claim) {
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof JsonArray array) {
            return array.stream().map(ApiAuthentication::text).filter(s -> s != null).toList();
        }
        if (claim instanceof Collection<?> collection) {
            return collection.stream().map(ApiAuthentication::text).filter(s -> s != null).toList();
        }
        String single = text(claim);
        return single == null ? List.of() : List.of(single);
    }

    private static String text(Object value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonValue) {
            return null;
        }
        return value == null ? null : value.toString();
    }

    private void basic(ContainerRequestContext request) {
        Optional<Credentials> credentials = Credentials.parse(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (credentials.isEmpty()) {
            request.abortWith(unauthorized(BASIC_REALM, "this API needs HTTP Basic credentials"));
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
                request.abortWith(unauthorized(BASIC_REALM, "the user name or password is wrong"));
            }
            return;
        }
        request.setSecurityContext(new CallerSecurityContext(caller.get(), request.getSecurityContext().isSecure(), SecurityContext.BASIC_AUTH));
    }

    private static Response unauthorized(String challenge, String detail) {
        Response problem = Problem.of("unauthorized", "Unauthorized", 401, detail).toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
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

    record CallerSecurityContext(Caller caller, boolean secure, String scheme) implements SecurityContext {
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
            return scheme;
        }
    }
}
