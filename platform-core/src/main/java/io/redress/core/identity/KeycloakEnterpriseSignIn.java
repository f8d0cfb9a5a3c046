package io.redress.core.identity;

import io.redress.core.identity.KeycloakDirectory.Refusal;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.IdentityProviderResource;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.IdentityProviderMapperRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Enterprise sign-in: a tenant links its company's own OpenID Connect provider to its organization, so that its staff
 * sign in there. Keycloak brokers: the identity provider (alias {@code org-<slug>}) is linked to the organization
 * with the company's e-mail domain and "redirect when the e-mail domain matches", so that a user who gives an
 * address of that domain on Keycloak's sign-in page goes straight to the company's provider; on the first sign-in
 * Keycloak creates the user as a member of the organization — the tenant — and gives the default Redress roles the
 * tenant chose (hard-coded role mappers). Their tokens then name the tenant like any staff member's.
 *
 * <p>Through keycloak-admin-client with the provisioning service account, which needs the realm-management role
 * {@code manage-identity-providers} besides {@code manage-users} and {@code manage-organizations}.
 */
public class KeycloakEnterpriseSignIn {

    static final String DOMAIN = "kc.org.domain";
    static final String REDIRECT_WHEN_EMAIL_MATCHES = "kc.org.broker.redirect.mode.email-matches";

    private final Keycloak keycloak;
    private final String realm;

    public KeycloakEnterpriseSignIn(Keycloak keycloak, String realm) {
        this.keycloak = keycloak;
        this.realm = realm;
    }

    /** The company's provider as the tenant administrator enters it. */
    public record CompanyProvider(String issuer, String clientId, char[] clientSecret, String domain, Set<Role> defaultRoles) {
        public CompanyProvider {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(clientSecret, "clientSecret");
            Objects.requireNonNull(domain, "domain");
            defaultRoles = Set.copyOf(defaultRoles);
        }

        @Override
        public String toString() {
            return "CompanyProvider[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=***, domain=" + domain
                    + ", defaultRoles=" + defaultRoles + "]";
        }
    }

    /** What is linked: the provider's issuer, client and e-mail domain (never its secret). */
    public record LinkedProvider(String alias, String issuer, String clientId, String domain) {
    }

    public static String alias(String slug) {
        return "org-" + slug;
    }

    /**
     * Links (or re-links, replacing the earlier settings) the company's provider to the tenant's organization. The
     * provider's discovery document is read first: an issuer that does not answer, or answers for another issuer, is
     * refused before anything changes. If a later step fails, what this call created is removed again.
     */
    public LinkedProvider link(String slug, CompanyProvider company) {
        if (company.defaultRoles().contains(Role.PLATFORM_ADMIN)) {
            throw new Refusal(Refusal.Reason.ROLE_NOT_ASSIGNABLE, Role.PLATFORM_ADMIN.wireName());
        }
        OrganizationResource org = organization(slug);
        String issuer = company.issuer().replaceAll("/+$", "");
        Map<String, String> discovered = discover(issuer);
        String alias = alias(slug);
        unlink(slug);

        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(alias);
        idp.setDisplayName(slug);
        idp.setProviderId("oidc");
        idp.setEnabled(true);
        idp.setTrustEmail(true);
        Map<String, String> config = new HashMap<>(discovered);
        config.put("issuer", issuer);
        config.put("clientId", company.clientId());
        config.put("clientSecret", new String(company.clientSecret()));
        config.put("clientAuthMethod", "client_secret_post");
        config.put("defaultScope", "openid email profile");
        config.put("pkceEnabled", "true");
        config.put("pkceMethod", "S256");
        config.put("validateSignature", "true");
        config.put("useJwksUrl", "true");
        config.put("syncMode", "IMPORT");
        config.put(DOMAIN, company.domain());
        config.put(REDIRECT_WHEN_EMAIL_MATCHES, "true");
        idp.setConfig(config);
        try (Response created = realm().identityProviders().create(idp)) {
            if (created.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw new IllegalStateException("Keycloak refused the identity provider " + alias + ": " + created.getStatus());
            }
        }
        try {
            IdentityProviderResource provider = realm().identityProviders().get(alias);
            for (Role role : company.defaultRoles()) {
                IdentityProviderMapperRepresentation mapper = new IdentityProviderMapperRepresentation();
                mapper.setName("role " + role.wireName());
                mapper.setIdentityProviderAlias(alias);
                mapper.setIdentityProviderMapper("oidc-hardcoded-role-idp-mapper");
                mapper.setConfig(Map.of("role", role.wireName(), "syncMode", "INHERIT"));
                provider.addMapper(mapper).close();
            }
            addDomain(org, company.domain());
            try (Response linked = org.identityProviders().addIdentityProvider(alias)) {
                if (linked.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                    throw new IllegalStateException("Keycloak did not link " + alias + " to " + slug + ": " + linked.getStatus());
                }
            }
        } catch (RuntimeException e) {
            try {
                realm().identityProviders().get(alias).remove();
            } catch (RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
        return new LinkedProvider(alias, issuer, company.clientId(), company.domain());
    }

    /** The provider linked to the tenant, if any. */
    public Optional<LinkedProvider> linked(String slug) {
        organization(slug);
        return find(alias(slug)).map(idp -> new LinkedProvider(idp.getAlias(), idp.getConfig().get("issuer"),
                idp.getConfig().get("clientId"), idp.getConfig().get(DOMAIN)));
    }

    /** Removes the tenant's provider, if it has one; its staff then sign in with Keycloak passwords again. */
    public void unlink(String slug) {
        OrganizationResource org = organization(slug);
        Optional<IdentityProviderRepresentation> existing = find(alias(slug));
        if (existing.isEmpty()) {
            return;
        }
        String domain = existing.get().getConfig().get(DOMAIN);
        try (Response ignored = org.identityProviders().get(alias(slug)).delete()) {
            // a provider that was created but never linked answers 404 here; it is removed below all the same
        } catch (WebApplicationException e) {
            // the same: not linked
        }
        realm().identityProviders().get(alias(slug)).remove();
        if (domain != null) {
            OrganizationRepresentation rep = org.toRepresentation();
            if (rep.getDomains() != null && rep.getDomains().removeIf(d -> domain.equals(d.getName()))) {
                org.update(rep).close();
            }
        }
    }

    private Optional<IdentityProviderRepresentation> find(String alias) {
        return realm().identityProviders().findAll().stream().filter(p -> alias.equals(p.getAlias())).findFirst();
    }

    private Map<String, String> discover(String issuer) {
        Map<String, String> discovered;
        try {
            discovered = realm().identityProviders().importFrom(Map.<String, Object>of("providerId", "oidc",
                    "fromUrl", issuer + "/.well-known/openid-configuration"));
        } catch (WebApplicationException e) {
            throw new IllegalArgumentException("the provider at " + issuer + " has no OpenID Connect discovery document", e);
        }
        if (!issuer.equals(discovered.get("issuer"))) {
            throw new IllegalArgumentException("the discovery document of " + issuer + " names another issuer: " + discovered.get("issuer"));
        }
        return discovered;
    }

    private void addDomain(OrganizationResource org, String domain) {
        OrganizationRepresentation rep = org.toRepresentation();
        if (rep.getDomains() != null && rep.getDomains().stream().anyMatch(d -> domain.equals(d.getName()))) {
            return;
        }
        rep.addDomain(new OrganizationDomainRepresentation(domain));
        try (Response updated = org.update(rep)) {
            if (updated.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                // Keycloak keeps a domain to one organization
                throw new Refusal(Refusal.Reason.DOMAIN_TAKEN, domain);
            }
        }
    }

    private OrganizationResource organization(String slug) {
        List<OrganizationRepresentation> found = realm().organizations().search(slug, true, 0, 2);
        return found.stream().filter(o -> slug.equals(o.getAlias())).findFirst()
                .map(o -> realm().organizations().get(o.getId()))
                .orElseThrow(() -> new Refusal(Refusal.Reason.NO_SUCH_TENANT, slug));
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }
}
