package io.redress.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.redress.it.SystemIT.assertProblem;
import static io.redress.it.SystemIT.errorFields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Onboarding and staff administration over the API of a server in the Keycloak mode (REDRESS_KEYCLOAK_* set for the
 * server and this test, with .ci/keycloak's test realm): tenants' administrators and staff authenticate with bearer
 * tokens from Keycloak's password grant (client {@code redress-ui}), the platform administrator too (the realm's
 * {@code platform-root}, REDRESS_IT_PLATFORM_ADMIN / _PASSWORD to name another). What the API does is checked in
 * Keycloak too, through its admin API with the provisioner's service account.
 *
 * <p>User names are unique in the realm, so every user here has a name of its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfEnvironmentVariable(named = "REDRESS_KEYCLOAK_URL", matches = ".+",
        disabledReason = "runs against a server in the Keycloak mode only")
class OnboardingKeycloakIT extends SystemTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "Str0ng-and-l0ng!";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-onboarding-kc");
    }

    @Test
    void onboardingCreatesTheOrganizationAndItsAdministratorWhoProvisionsStaff() {
        String slug = newSlug();
        String boss = slug + "-boss";
        assertEquals(201, onboard(slug, boss, boss + "@example.test").status());

        assertEquals(List.of(slug), organizationsNamed(slug));
        JsonObject claims = claims(token(boss, PASSWORD));
        assertEquals(List.of(slug), strings(claims.getJsonArray("organization")));
        assertTrue(strings(claims.getJsonArray("groups")).contains("tenant-admin"), claims::toString);

        RestClient admin = as(boss);
        String carl = slug + "-carl";
        RestClient.Reply created = admin.post(staff(slug), member(carl, "specialist"));
        assertEquals(201, created.status(), created::toString);
        assertTrue(strings(claims(token(carl, PASSWORD)).getJsonArray("groups")).contains("specialist"));
        assertEquals(200, as(carl).get(staff(slug)).status());
        assertTrue(admin.get(staff(slug)).body().contains(carl));
    }

    @Test
    void aDisabledMemberCanNoLongerGetAToken() {
        String slug = newSlug();
        String boss = slug + "-boss";
        assertEquals(201, onboard(slug, boss, null).status());
        String dora = slug + "-dora";
        assertEquals(201, as(boss).post(staff(slug), member(dora, "specialist")).status());
        assertEquals(200, passwordGrant(dora, PASSWORD).statusCode());

        RestClient.Reply disabled = as(boss).post(staff(slug) + "/" + dora + "/disable", "");

        assertEquals(204, disabled.status(), disabled::toString);
        HttpResponse<String> refused = passwordGrant(dora, PASSWORD);
        assertEquals(400, refused.statusCode(), refused::body);
        assertEquals("invalid_grant", json(refused.body()).getString("error"));
    }

    @Test
    void replacedRolesAreInTheNextToken() {
        String slug = newSlug();
        String boss = slug + "-boss";
        assertEquals(201, onboard(slug, boss, null).status());
        String emil = slug + "-emil";
        assertEquals(201, as(boss).post(staff(slug), member(emil, "specialist")).status());

        RestClient.Reply replaced = as(boss).put(staff(slug) + "/" + emil + "/roles", "{\"roles\": [\"supervisor\", \"auditor\"]}");

        assertEquals(200, replaced.status(), replaced::toString);
        List<String> groups = strings(claims(token(emil, PASSWORD)).getJsonArray("groups"));
        assertTrue(groups.containsAll(List.of("supervisor", "auditor")), groups::toString);
        assertTrue(!groups.contains("specialist"), groups::toString);
        RestClient.Reply platform = as(boss).put(staff(slug) + "/" + emil + "/roles", "{\"roles\": [\"auditor\", \"platform-admin\"]}");
        assertProblem(platform, 400);
        assertEquals(List.of("roles[1]"), errorFields(platform));
    }

    @Test
    void nobodyReachesAnotherTenantsStaffNorJoinsASecondOrganization() {
        String mine = newSlug();
        String theirs = newSlug();
        assertEquals(201, onboard(mine, mine + "-boss", null).status());
        assertEquals(201, onboard(theirs, theirs + "-boss", null).status());
        String ida = theirs + "-ida";
        assertEquals(201, as(theirs + "-boss").post(staff(theirs), member(ida, "specialist")).status());
        RestClient boss = as(mine + "-boss");

        assertProblem(boss.post(staff(mine) + "/" + ida + "/disable", ""), 404);
        assertProblem(boss.put(staff(mine) + "/" + ida + "/roles", "{\"roles\": [\"auditor\"]}"), 404);
        assertProblem(boss.post(staff(mine) + "/nobody-" + mine + "/disable", ""), 404);
        RestClient.Reply second = boss.post(staff(mine), member(ida, "auditor"));
        assertProblem(second, 409);
        assertEquals("https://redress.io/problems/member-of-another-organization", second.json().getString("type"));
        assertEquals(200, passwordGrant(ida, PASSWORD).statusCode(), "the other tenant's member still signs in");
        assertEquals(List.of(theirs), strings(claims(token(ida, PASSWORD)).getJsonArray("organization")));
    }

    @Test
    void anOnboardingKeycloakRefusesLeavesNeitherTenantNorOrganization() {
        String slug = newSlug();
        // Keycloak's user profile wants user names of at least 3 characters; the API takes 2
        RestClient.Reply refused = onboard(slug, "ab", null);

        assertProblem(refused, 422);
        assertEquals("https://redress.io/problems/identity-provider-refused", refused.json().getString("type"));
        assertEquals(List.of(), organizationsNamed(slug));
        // no tenant row either: the slug onboards afterwards
        assertEquals(201, onboard(slug, slug + "-boss", null).status());
        assertEquals(List.of(slug), organizationsNamed(slug));
    }

    @Test
    void anOnboardingOfAnExistingSlugCreatesNothingInKeycloak() {
        String slug = newSlug();
        assertEquals(201, onboard(slug, slug + "-boss", null).status());

        RestClient.Reply twin = onboard(slug, slug + "-twin", null);

        assertProblem(twin, 409);
        assertEquals(List.of(slug), organizationsNamed(slug));
        assertEquals(List.of(), adminGet("users?exact=true&username=" + slug + "-twin"));
    }

    private RestClient.Reply onboard(String slug, String adminName, String email) {
        return platformAdmin().post("api/v1/tenants", """
                {"slug": "%s", "name": "Keycloak %s", "template": "general-feedback", "locale": "en",
                 "admin": {"username": "%s", "password": "%s"%s}}""".formatted(slug, slug, adminName, PASSWORD,
                email == null ? "" : ", \"email\": \"" + email + "\""));
    }

    private RestClient as(String username) {
        return anonymous().bearer(token(username, PASSWORD));
    }

    /** The platform administrator of the Keycloak mode: a realm user with the platform-admin role. */
    private RestClient platformAdmin() {
        return anonymous().bearer(token(envOr("REDRESS_IT_PLATFORM_ADMIN", "platform-root"),
                envOr("REDRESS_IT_PLATFORM_ADMIN_PASSWORD", "test-only-platform-root")));
    }

    private static String staff(String slug) {
        return "api/v1/tenants/" + slug + "/staff";
    }

    private static String member(String username, String role) {
        return """
                {"username": "%s", "password": "%s", "email": "%s@example.test", "roles": ["%s"]}"""
                .formatted(username, PASSWORD, username, role);
    }

    private static String newSlug() {
        return "kcit-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is unset: see docs/KEYCLOAK.md");
        }
        return value;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The UI client's id or secret, under the failsafe run's name or the one of {@code .ci/keycloak env}. */
    private static String uiClient(String suffix) {
        String failsafe = System.getenv("REDRESS_KEYCLOAK_UI_CLIENT_" + suffix);
        return failsafe == null || failsafe.isBlank() ? env("REDRESS_KEYCLOAK_TEST_UI_CLIENT_" + suffix) : failsafe;
    }

    private static String realmUrl() {
        String realm = System.getenv("REDRESS_KEYCLOAK_REALM");
        return env("REDRESS_KEYCLOAK_URL") + "/realms/" + (realm == null || realm.isBlank() ? "redress" : realm);
    }

    /** The password grant of the UI client (allowed by the test realm only). */
    private static HttpResponse<String> passwordGrant(String username, String password) {
        return form(realmUrl() + "/protocol/openid-connect/token", Map.of("grant_type", "password",
                "client_id", uiClient("ID"), "client_secret", uiClient("SECRET"),
                "username", username, "password", password));
    }

    private static String token(String username, String password) {
        HttpResponse<String> response = passwordGrant(username, password);
        assertEquals(200, response.statusCode(), response::body);
        return json(response.body()).getString("access_token");
    }

    /** The aliases of the realm's organizations of exactly that name, through the provisioner's service account. */
    private static List<String> organizationsNamed(String slug) {
        return adminGet("organizations?exact=true&search=" + slug).stream()
                .map(o -> o.asJsonObject().getString("alias")).toList();
    }

    private static JsonArray adminGet(String path) {
        HttpResponse<String> grant = form(realmUrl() + "/protocol/openid-connect/token", Map.of(
                "grant_type", "client_credentials", "client_id", env("REDRESS_KEYCLOAK_CLIENT_ID"),
                "client_secret", env("REDRESS_KEYCLOAK_CLIENT_SECRET")));
        assertEquals(200, grant.statusCode(), grant::body);
        String realm = System.getenv("REDRESS_KEYCLOAK_REALM");
        HttpRequest request = HttpRequest.newBuilder(URI.create(env("REDRESS_KEYCLOAK_URL") + "/admin/realms/"
                        + (realm == null || realm.isBlank() ? "redress" : realm) + "/" + path))
                .header("Authorization", "Bearer " + json(grant.body()).getString("access_token")).GET().build();
        HttpResponse<String> response = send(request);
        assertEquals(200, response.statusCode(), response::body);
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private static HttpResponse<String> form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token, read without checking it (the server checks; the test only looks). */
    private static JsonObject claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return json(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
