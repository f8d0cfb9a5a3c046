package io.redress.core.api;

import io.redress.core.identity.Caller;
import io.redress.core.policy.Policies;
import io.redress.core.policy.PolicyTemplate;
import io.redress.core.tenant.NewTenant;
import io.redress.core.tenant.TenantAlreadyExistsException;
import io.redress.core.tenant.Tenant;
import io.redress.core.tenant.Tenants;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Onboarding of companies (platform administrator); a tenant is read through {@link TenantConfigResource}. */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class TenantResource {

    static final String SLUG = "[a-z][a-z0-9-]{1,62}";
    static final String USERNAME = "[A-Za-z0-9._@-]{2,100}";
    static final Set<String> LOCALES = Set.of("zh-CN", "en");

    @Inject
    Tenants tenants;

    @Inject
    Policies policies;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        Caller caller = Access.platformAdmin(security);
        JsonInput in = JsonInput.parse(body);
        String slug = in.matching("slug", true, 63, SLUG, "2–63 lower-case letters, digits or '-', starting with a letter");
        String name = in.string("name", true, 200);
        String templateId = in.string("template", true, 64);
        PolicyTemplate template = templateId == null ? null : PolicyTemplate.byId(templateId).orElse(null);
        if (templateId != null && template == null) {
            in.error("template", "must be one of " + Arrays.stream(PolicyTemplate.values()).map(PolicyTemplate::id).toList());
        }
        String localeTag = in.string("locale", false, 16);
        if (localeTag != null && !LOCALES.contains(localeTag)) {
            in.error("locale", "must be one of " + LOCALES);
        }
        ZoneId zone = zone(in, in.string("timeZone", false, 64));
        JsonInput admin = in.object("admin", true);
        String username = null;
        String password = null;
        String email = null;
        if (admin != null) {
            username = admin.matching("username", true, 100, USERNAME, "2–100 letters, digits or . _ @ -");
            password = admin.string("password", true, 200);
            if (password != null && password.length() < 10) {
                admin.error("password", "must be at least 10 characters");
            }
            email = admin.matching("email", false, 254, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "an e-mail address");
        }
        in.check();
        if (tenants.find(slug).isPresent()) {
            // answered before the onboarding transaction; the transaction checks again for a concurrent twin
            throw new TenantAlreadyExistsException(slug);
        }
        if (!policies.available(template)) {
            throw new UnprocessableException("the template '" + template.id() + "' is not yet available: its grading plugin '"
                    + template.gradingPlugin() + "' is not installed");
        }
        Tenant tenant = tenants.onboard(new NewTenant(slug, name, template,
                Locale.forLanguageTag(localeTag == null ? "zh-CN" : localeTag), zone,
                username, password.toCharArray(), email), caller.username());
        return Response.created(uri.getAbsolutePathBuilder().path(slug).build())
                .entity(Representations.tenant(tenant).toString()).build();
    }

    private static ZoneId zone(JsonInput in, String id) {
        if (id == null) {
            return ZoneId.of("Asia/Shanghai");
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            in.error("timeZone", "is not a known time zone, e.g. Asia/Shanghai");
            return null;
        }
    }
}
