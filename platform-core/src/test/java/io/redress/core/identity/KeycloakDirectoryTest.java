package io.redress.core.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.redress.core.identity.KeycloakDirectory.NewUser;
import io.redress.core.identity.KeycloakDirectory.Refusal;
import io.redress.core.identity.KeycloakDirectory.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * KeycloakDirectory against a real Keycloak with the test realm of .ci/keycloak-realm: start one with
 * {@code .ci/keycloak start}, then run the tests with the environment of {@code eval "$(.ci/keycloak env)"}.
 * Without REDRESS_KEYCLOAK_URL every test is skipped. Each test makes its own tenants, so the tests need no
 * fresh server.
 */
@EnabledIfEnvironmentVariable(named = Settings.URL, matches = ".+", disabledReason = "REDRESS_KEYCLOAK_URL is unset, "
        + "so the Keycloak tests are skipped: run .ci/keycloak start and eval \"$(.ci/keycloak env)\" to run them")
class KeycloakDirectoryTest {

    private static final String PASSWORD = "Str0ng-and-l0ng!";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Settings settings;
    private static KeycloakDirectory directory;

    @BeforeAll
    static void connect() {
        settings = new Settings(env(Settings.URL), env(Settings.REALM), env(Settings.CLIENT_ID), env(Settings.CLIENT_SECRET));
        directory = new KeycloakDirectory(settings);
    }

    @AfterAll
    static void disconnect() {
        if (directory != null) {
            directory.close();
        }
    }

    @Test
    void onboardingCreatesTheOrganizationWithItsTenantAdmin() throws Exception {
        String slug = newSlug();
        NewUser admin = user(slug + "-boss", Set.of());

        directory.createTenant(slug, "Acme 有限公司", admin);

        assertEquals(Optional.of(slug), directory.tenantOf(admin.username()));
        assertEquals(EnumSet.of(Role.TENANT_ADMIN), directory.rolesOf(admin.username()));
        JsonNode token = accessToken(admin.username(), PASSWORD);
        assertEquals(List.of(slug), strings(token.get("organization")));
        assertTrue(strings(token.at("/realm_access/roles")).contains("tenant-admin"));
    }

    @Test
    void aStaffTokenNamesTheTenantItsRolesAndOurAudience() throws Exception {
        String slug = onboard();
        NewUser staff = user(slug + "-li", Set.of(Role.SPECIALIST, Role.SUPERVISOR));

        directory.addStaff(slug, staff);

        // no scope parameter: the organization scope is a default scope of the UI client
        JsonNode token = accessToken(staff.username(), PASSWORD);
        assertEquals(List.of(slug), strings(token.get("organization")));
        List<String> roles = strings(token.at("/realm_access/roles"));
        assertTrue(roles.containsAll(List.of("specialist", "supervisor")), roles::toString);
        assertFalse(roles.contains("director") || roles.contains("tenant-admin"), roles::toString);
        assertTrue(strings(token.get("aud")).contains("redress-api"), () -> token.get("aud").toString());
        assertEquals(settings.url() + "/realms/" + settings.realm(), token.get("iss").asText());
        assertEquals(staff.username(), token.get("preferred_username").asText());
    }

    @Test
    void replacingRolesChangesTheNextToken() throws Exception {
        String slug = onboard();
        NewUser staff = user(slug + "-wang", Set.of(Role.SPECIALIST));
        directory.addStaff(slug, staff);

        directory.replaceRoles(slug, staff.username(), Set.of(Role.DIRECTOR, Role.AUDITOR));

        assertEquals(EnumSet.of(Role.DIRECTOR, Role.AUDITOR), directory.rolesOf(staff.username()));
        List<String> roles = strings(accessToken(staff.username(), PASSWORD).at("/realm_access/roles"));
        assertTrue(roles.containsAll(List.of("director", "auditor")), roles::toString);
        assertFalse(roles.contains("specialist"), roles::toString);
    }

    @Test
    void aDisabledUserCannotSignIn() throws Exception {
        String slug = onboard();
        NewUser staff = user(slug + "-zhao", Set.of(Role.SPECIALIST));
        directory.addStaff(slug, staff);
        assertEquals(200, tokenResponse(staff.username(), PASSWORD).statusCode());

        directory.disable(slug, staff.username());

        assertFalse(directory.isEnabled(staff.username()));
        HttpResponse<String> refused = tokenResponse(staff.username(), PASSWORD);
        assertEquals(400, refused.statusCode());
        assertEquals("invalid_grant", JSON.readTree(refused.body()).get("error").asText());
    }

    @Test
    void aUserOfOneOrganizationCannotJoinASecond() {
        String first = onboard();
        String second = onboard();
        NewUser staff = user(first + "-chen", Set.of(Role.SPECIALIST));
        directory.addStaff(first, staff);

        Refusal asStaff = assertThrows(Refusal.class, () -> directory.addStaff(second, staff));
        assertEquals(Refusal.Reason.MEMBER_OF_ANOTHER_ORGANIZATION, asStaff.reason());
        String third = newSlug();
        Refusal asAdmin = assertThrows(Refusal.class, () -> directory.createTenant(third, "Third", staff));
        assertEquals(Refusal.Reason.MEMBER_OF_ANOTHER_ORGANIZATION, asAdmin.reason());

        assertEquals(Optional.of(first), directory.tenantOf(staff.username()));
        assertEquals(Refusal.Reason.NO_SUCH_TENANT, assertThrows(Refusal.class,
                () -> directory.addStaff(third, user(third + "-x", Set.of()))).reason());
    }

    @Test
    void aTenantCannotReachAnotherTenantsStaff() throws Exception {
        String mine = onboard();
        String theirs = onboard();
        NewUser theirStaff = user(theirs + "-sun", Set.of(Role.SPECIALIST));
        directory.addStaff(theirs, theirStaff);

        assertEquals(Refusal.Reason.NO_SUCH_USER, assertThrows(Refusal.class,
                () -> directory.disable(mine, theirStaff.username())).reason());
        assertEquals(Refusal.Reason.NO_SUCH_USER, assertThrows(Refusal.class,
                () -> directory.replaceRoles(mine, theirStaff.username(), Set.of(Role.DIRECTOR))).reason());

        assertTrue(directory.isEnabled(theirStaff.username()));
        assertEquals(EnumSet.of(Role.SPECIALIST), directory.rolesOf(theirStaff.username()));
        assertEquals(200, tokenResponse(theirStaff.username(), PASSWORD).statusCode());
    }

    @Test
    void aTenantCannotGiveThePlatformAdministratorRole() {
        String slug = onboard();
        NewUser staff = user(slug + "-zhou", Set.of(Role.PLATFORM_ADMIN));

        Refusal refusal = assertThrows(Refusal.class, () -> directory.addStaff(slug, staff));

        assertEquals(Refusal.Reason.ROLE_NOT_ASSIGNABLE, refusal.reason());
        assertEquals(Optional.empty(), directory.tenantOf(staff.username()));
    }

    @Test
    void aFailedOnboardingLeavesNoOrganizationBehind() {
        String slug = newSlug();
        // Keycloak's user profile rejects the e-mail address, after the organization was created
        NewUser admin = new NewUser(slug + "-boss", "not an address", "Boss", "Tester", PASSWORD.toCharArray(), Set.of());

        assertThrows(RuntimeException.class, () -> directory.createTenant(slug, "Broken", admin));

        assertEquals(Refusal.Reason.NO_SUCH_TENANT, assertThrows(Refusal.class,
                () -> directory.addStaff(slug, user(slug + "-x", Set.of()))).reason());
        assertEquals(Optional.empty(), directory.tenantOf(admin.username()));
        // and the slug can be onboarded properly afterwards
        directory.createTenant(slug, "Fixed", user(slug + "-boss", Set.of()));
        assertEquals(Optional.of(slug), directory.tenantOf(slug + "-boss"));
    }

    private static String onboard() {
        String slug = newSlug();
        directory.createTenant(slug, "Tenant " + slug, user(slug + "-admin", Set.of()));
        return slug;
    }

    private static String newSlug() {
        return "kc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static NewUser user(String username, Set<Role> roles) {
        return new NewUser(username, username + "@example.test", "Test", "User", PASSWORD.toCharArray(), roles);
    }

    /** The claims of an access token of the UI client, by the password grant (the test realm allows it). */
    private static JsonNode accessToken(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = tokenResponse(username, password);
        assertEquals(200, response.statusCode(), response::body);
        String jwt = JSON.readTree(response.body()).get("access_token").asText();
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static HttpResponse<String> tokenResponse(String username, String password)
            throws IOException, InterruptedException {
        Map<String, String> form = Map.of("grant_type", "password",
                "client_id", env("REDRESS_KEYCLOAK_TEST_UI_CLIENT_ID"),
                "client_secret", env("REDRESS_KEYCLOAK_TEST_UI_CLIENT_SECRET"),
                "username", username, "password", password);
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(settings.url() + "/realms/" + settings.realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A claim that is a string or an array of strings, as a list. */
    private static List<String> strings(JsonNode claim) {
        List<String> values = new ArrayList<>();
        if (claim == null || claim.isMissingNode()) {
            return values;
        }
        if (claim.isArray()) {
            claim.forEach(v -> values.add(v.asText()));
        } else {
            values.add(claim.asText());
        }
        return values;
    }

    private static String env(String name) {
        String value = System.getenv(name);
        assumeTrue(value != null, name + " is unset: eval \"$(.ci/keycloak env)\" sets it");
        return value;
    }
}
