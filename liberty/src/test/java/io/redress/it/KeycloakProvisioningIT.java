package io.redress.it;

import io.redress.core.identity.StaffMember;
import io.redress.core.NotFoundException;
import io.redress.core.identity.IdentityProviderException;
import io.redress.core.identity.IdentityStore;
import io.redress.core.identity.KeycloakDirectory;
import io.redress.core.identity.Role;
import io.redress.core.staff.StaffAdministration;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Inside the running server: keycloak-admin-client from the WAR (on the server's own REST clients, with no RESTEasy
 * of its own) provisions tenants through {@link Tenants} into a real Keycloak, the tenant row and the organization
 * together or neither, and their staff in Keycloak and locally, or neither. The test server stays in the local mode; the test Keycloak is named by test-only variables
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

    @Inject
    IdentityStore identity;

    @Test
    void theTestServerItselfRunsInTheLocalMode() {
        assertTrue(configured.isEmpty(), "REDRESS_KEYCLOAK_URL reached the test server");
    }

    @Test
    void onboardingCreatesTheTenantAndItsOrganizationWithItsAdministrator() {
        String slug = newSlug();
        withOrganizations(List.of(slug), (keycloak, kc) -> {
            tenants.onboard(tenant(slug, slug + "-admin", slug + "@example.test"), "it", kc);

            assertTrue(tenants.find(slug).isPresent());
            assertTrue(keycloak.hasTenant(slug));
            assertEquals(Optional.of(slug), keycloak.tenantOf(slug + "-admin"));
            assertTrue(keycloak.rolesOf(slug + "-admin").contains(Role.TENANT_ADMIN));
            assertTrue(keycloak.isEnabled(slug + "-admin"));
        });
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

    @Test
    void staffAreCreatedGivenOtherRolesAndDisabledInKeycloakAndLocally() {
        String slug = newSlug();
        String carl = slug + "-carl";
        withOrganizations(List.of(slug), (keycloak, kc) -> {
            tenants.onboard(tenant(slug, slug + "-admin", null), "it", kc);

            tenants.addStaff(slug, staff(carl, Role.SPECIALIST), "it", kc);
            assertEquals(Optional.of(slug), keycloak.tenantOf(carl));
            assertTrue(keycloak.rolesOf(carl).contains(Role.SPECIALIST));

            tenants.replaceStaffRoles(slug, carl, Set.of(Role.SUPERVISOR, Role.AUDITOR), "it", kc);
            Set<Role> roles = keycloak.rolesOf(carl);
            assertTrue(roles.containsAll(Set.of(Role.SUPERVISOR, Role.AUDITOR)), roles::toString);
            assertFalse(roles.contains(Role.SPECIALIST), roles::toString);

            tenants.disableStaff(slug, carl, "it", kc);
            assertFalse(keycloak.isEnabled(carl));
            StaffMember local = identity.staff(slug).stream()
                    .filter(m -> m.username().equals(carl)).findFirst().orElseThrow();
            assertEquals(Set.of(Role.SUPERVISOR, Role.AUDITOR), local.roles());
            assertFalse(local.enabled());
        });
    }

    @Test
    void aMemberOfAnotherOrganizationIsRefusedAndOutOfReach() {
        String mine = newSlug();
        String theirs = newSlug();
        String ida = theirs + "-ida";
        withOrganizations(List.of(mine, theirs), (keycloak, kc) -> {
            tenants.onboard(tenant(mine, mine + "-admin", null), "it", kc);
            tenants.onboard(tenant(theirs, theirs + "-admin", null), "it", kc);
            tenants.addStaff(theirs, staff(ida, Role.SPECIALIST), "it", kc);

            KeycloakDirectory.Refusal refusal = assertThrows(KeycloakDirectory.Refusal.class,
                    () -> tenants.addStaff(mine, staff(ida, Role.AUDITOR), "it", kc));
            assertEquals(KeycloakDirectory.Refusal.Reason.MEMBER_OF_ANOTHER_ORGANIZATION, refusal.reason());
            assertFalse(identity.staffExists(mine, ida), "a local row was kept");
            assertThrows(NotFoundException.class, () -> tenants.disableStaff(mine, ida, "it", kc));
            assertThrows(NotFoundException.class, () -> tenants.replaceStaffRoles(mine, ida, Set.of(Role.AUDITOR), "it", kc));
            assertTrue(keycloak.isEnabled(ida));
            assertEquals(Optional.of(theirs), keycloak.tenantOf(ida));
        });
    }

    @Test
    void whenTheDatabaseRefusesAMemberTheirKeycloakUserIsRemoved() {
        String slug = newSlug();
        String dora = slug + "-dora";
        withOrganizations(List.of(slug), (keycloak, kc) -> {
            tenants.onboard(tenant(slug, slug + "-admin", null), "it", kc);
            // the tenant has a local row of that name already (unique per tenant), but Keycloak no such user
            tenants.addStaff(slug, staff(dora, Role.SPECIALIST), "it", Optional.empty());

            assertThrows(RuntimeException.class, () -> tenants.addStaff(slug, staff(dora, Role.AUDITOR), "it", kc));

            assertEquals(Optional.empty(), keycloak.tenantOf(dora), "the user was left in the organization");
            assertFalse(keycloak.isEnabled(dora), "the user was left");
        });
    }

    /** Runs a test against the test Keycloak; the organizations of these tenants are deleted afterwards. */
    private static void withOrganizations(List<String> slugs, BiConsumer<KeycloakDirectory, Optional<KeycloakDirectory>> test) {
        try (KeycloakDirectory keycloak = testKeycloak()) {
            try {
                test.accept(keycloak, Optional.of(keycloak));
            } finally {
                slugs.forEach(keycloak::removeTenant);
            }
            slugs.forEach(slug -> assertFalse(keycloak.hasTenant(slug), "the organization " + slug + " was not deleted"));
        }
    }

    private static IdentityStore.NewStaff staff(String username, Role role) {
        return new IdentityStore.NewStaff(username, PASSWORD.toCharArray(), username + "@example.test", "StaffMember " + username,
                Set.of(role));
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
