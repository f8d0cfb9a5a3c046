package io.redress.it;

import io.redress.core.identity.IdentityProviderException;
import io.redress.core.identity.KeycloakDirectory;
import io.redress.core.identity.Role;
import io.redress.core.policy.PolicyTemplate;
import io.redress.core.tenant.NewTenant;
import io.redress.core.tenant.TenantAlreadyExistsException;
import io.redress.core.tenant.Tenants;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Inside the running server: keycloak-admin-client from the WAR (on the server's own REST clients, with no RESTEasy
 * of its own) provisions tenants through {@link Tenants} into a real Keycloak, the tenant row and the organization
 * together or neither. The test server stays in the local mode; the test Keycloak is named by test-only variables
 * (REDRESS_IT_KEYCLOAK_URL, _REALM, _CLIENT_ID, _CLIENT_SECRET, which the build takes from {@code .ci/keycloak env});
 * without them the Keycloak tests are skipped.
 */
@ExtendWith(ArquillianExtension.class)
class KeycloakProvisioningIT {

    private static final String PASSWORD = "Str0ng-and-l0ng!";

    @Deployment
    static WebArchive deployment() {
        return Deployments.redress("redress-kcprovision").addClass(KeycloakProvisioningIT.class);
    }

    @Inject
    Tenants tenants;

    @Inject
    Optional<KeycloakDirectory> configured;

    @Test
    void theTestServerItselfRunsInTheLocalMode() {
        assertTrue(configured.isEmpty(), "REDRESS_KEYCLOAK_URL reached the test server");
    }

    @Test
    void onboardingCreatesTheTenantAndItsOrganizationWithItsAdministrator() {
        String slug = newSlug();
        try (KeycloakDirectory keycloak = testKeycloak()) {
            try {
                tenants.onboard(tenant(slug, slug + "-admin", slug + "@example.test"), "it", Optional.of(keycloak));

                assertTrue(tenants.find(slug).isPresent());
                assertTrue(keycloak.hasTenant(slug));
                assertEquals(Optional.of(slug), keycloak.tenantOf(slug + "-admin"));
                assertTrue(keycloak.rolesOf(slug + "-admin").contains(Role.TENANT_ADMIN));
                assertTrue(keycloak.isEnabled(slug + "-admin"));
            } finally {
                keycloak.removeTenant(slug);
            }
            assertFalse(keycloak.hasTenant(slug));
        }
    }

    @Test
    void whenKeycloakRefusesTheAdministratorNoTenantIsKept() {
        String slug = newSlug();
        try (KeycloakDirectory keycloak = testKeycloak()) {
            // Keycloak's user profile rejects the e-mail address after the organization was created
            IdentityProviderException refused = assertThrows(IdentityProviderException.class, () ->
                    tenants.onboard(tenant(slug, slug + "-admin", "not an address"), "it", Optional.of(keycloak)));

            assertTrue(refused.refused(), refused::getMessage);
            assertTrue(tenants.find(slug).isEmpty(), "the tenant row was kept");
            assertFalse(keycloak.hasTenant(slug), "the organization was kept");
            assertEquals(Optional.empty(), keycloak.tenantOf(slug + "-admin"));
        }
    }

    @Test
    void whenTheDatabaseRefusesTheTenantItsOrganizationIsRemoved() {
        String slug = newSlug();
        // the slug exists in the database only (onboarded in the local mode)
        tenants.onboard(new NewTenant(slug, "Local " + slug, PolicyTemplate.GENERAL_FEEDBACK, Locale.ENGLISH,
                ZoneId.of("Asia/Shanghai"), "first-" + slug, PASSWORD.toCharArray(), null), "it", Optional.empty());
        try (KeycloakDirectory keycloak = testKeycloak()) {
            assertThrows(TenantAlreadyExistsException.class, () ->
                    tenants.onboard(tenant(slug, slug + "-admin", slug + "@example.test"), "it", Optional.of(keycloak)));

            assertFalse(keycloak.hasTenant(slug), "an orphan organization was left");
            assertFalse(keycloak.isEnabled(slug + "-admin"), "the administrator's user was left");
            assertEquals("Local " + slug, tenants.find(slug).orElseThrow().name(), "the first tenant was touched");
        }
    }

    private static NewTenant tenant(String slug, String admin, String email) {
        return new NewTenant(slug, "Keycloak " + slug, PolicyTemplate.GENERAL_FEEDBACK, Locale.ENGLISH,
                ZoneId.of("Asia/Shanghai"), admin, PASSWORD.toCharArray(), email);
    }

    private static KeycloakDirectory testKeycloak() {
        String url = System.getenv("REDRESS_IT_KEYCLOAK_URL");
        assumeTrue(url != null && !url.isBlank(), "REDRESS_IT_KEYCLOAK_URL is unset: run .ci/keycloak start and "
                + "eval \"$(.ci/keycloak env)\" before the build to run the Keycloak tests");
        String realm = System.getenv("REDRESS_IT_KEYCLOAK_REALM");
        return new KeycloakDirectory(new KeycloakDirectory.Settings(url, realm == null || realm.isBlank() ? "redress" : realm,
                System.getenv("REDRESS_IT_KEYCLOAK_CLIENT_ID"), System.getenv("REDRESS_IT_KEYCLOAK_CLIENT_SECRET")));
    }

    private static String newSlug() {
        return "kci-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
