package io.redress.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The REST API in the Keycloak mode, with real tokens of the test Keycloak: a token reaches its own tenant with the
 * roles it carries; on every tenant endpoint another tenant's token gets 404 and nothing else; each role is refused what
 * the local mode refuses it; and a missing, expired, tampered, foreign-issuer or wrong-audience token, a token of a user
 * of two organizations, and HTTP Basic all get 401.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiKeycloakIT extends SystemTest {

    private static final String PASSWORD = "kc-staff-secret-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-keycloak");
    }

    String a;
    String b;
    RestClient platform;

    @BeforeEach
    void twoTenants() {
        platform = anonymous().bearer(TestKeycloak.platformAdminToken());
        a = onboard("kca");
        b = onboard("kcb");
    }

    /** A tenant onboarded through the API by the platform administrator's token, its organization and its staff. */
    String onboard(String prefix) {
        String slug = SystemIT.newSlug(prefix);
        RestClient.Reply created = platform.post("api/v1/tenants", """
                {"slug": "%s", "name": "Keycloak %s", "template": "general-feedback", "locale": "en", "timeZone": "Asia/Shanghai",
                 "admin": {"username": "%s", "password": "%s", "email": "boss@%s.test"}}
                """.formatted(slug, slug, user(slug, "boss"), PASSWORD, slug));
        assertEquals(201, created.status(), created::toString);
        TestKeycloak.ensureMember(slug, user(slug, "boss"), PASSWORD, List.of("tenant-admin"));
        TestKeycloak.ensureMember(slug, user(slug, "spec"), PASSWORD, List.of("specialist"));
        TestKeycloak.ensureMember(slug, user(slug, "audit"), PASSWORD, List.of("auditor"));
        TestKeycloak.ensureMember(slug, user(slug, "sup"), PASSWORD, List.of("supervisor"));
        return slug;
    }

    /** User names are unique in the realm, not per tenant: each tenant's users carry its slug. */
    static String user(String slug, String who) {
        return slug + "-" + who;
    }

    RestClient as(String slug, String who) {
        return anonymous().bearer(TestKeycloak.token(user(slug, who), PASSWORD));
    }

    String intake(RestClient staff, String slug, String subject) {
        RestClient.Reply taken = staff.post("api/v1/tenants/" + slug + "/complaints", """
                {"channel": "PHONE", "receivedAt": "2026-11-20T09:00:00+08:00",
                 "complainant": {"name": "王芳", "kind": "CUSTOMER", "phone": "13800000000"}, "subject": "%s"}
                """.formatted(subject));
        assertEquals(201, taken.status(), taken::toString);
        return taken.json().getString("caseNumber");
    }

    @Test
    void aTokenReachesItsOwnTenantWithTheRolesItCarries() {
        JsonObject claims = TestKeycloak.claims(TestKeycloak.token(user(a, "spec"), PASSWORD));
        assertEquals(a, claims.getJsonArray("organization").getString(0), claims::toString);
        assertTrue(claims.getJsonArray("aud").toString().contains("redress-api"), claims::toString);

        RestClient spec = as(a, "spec");
        String caseNumber = intake(spec, a, "A 的投诉");
        RestClient.Reply read = as(a, "audit").get("api/v1/tenants/" + a + "/complaints/" + caseNumber);
        assertEquals(200, read.status(), read::toString);
        assertEquals("A 的投诉", read.json().getString("subject"));
        assertEquals(200, as(a, "boss").get("api/v1/tenants/" + a + "/policy").status());
        // the timeline names who took the case in: the token's user
        assertTrue(read.body().contains(user(a, "spec")), read::toString);
    }

    @Test
    void onEveryTenantEndpointAnotherTenantsTokenGets404AndNothingElse() {
        String secretSubject = "B 的机密投诉 " + b;
        String caseOfB = intake(as(b, "spec"), b, secretSubject);
        List<String[]> endpoints = tenantEndpoints();
        assertTrue(endpoints.size() >= 45, () -> "the OpenAPI document lists only " + endpoints.size() + " tenant endpoints");
        List<String> listed = endpoints.stream().map(e -> e[0] + " " + e[1]).toList();
        assertTrue(listed.containsAll(List.of("GET /api/v1/tenants/{tenant}", "POST /api/v1/tenants/{tenant}/staff",
                "GET /api/v1/tenants/{tenant}/complaints/{caseNumber}", "GET /api/v1/tenants/{tenant}/audit")), listed::toString);
        List<String> leaks = new ArrayList<>();
        for (String who : List.of("boss", "spec", "audit", "sup")) {
            RestClient intruder = as(a, who);
            for (String[] endpoint : endpoints) {
                String method = endpoint[0];
                String path = fill(endpoint[1], b, caseOfB, user(b, "boss"));
                RestClient.Reply reply = intruder.send(method, path, Map.of(), "GET".equals(method) || "DELETE".equals(method) ? null
                        : "application/json", "GET".equals(method) || "DELETE".equals(method) ? null : "{}".getBytes(StandardCharsets.UTF_8));
                if (reply.status() != 404 || reply.body().contains(secretSubject) || reply.body().contains(caseOfB + "\"")) {
                    leaks.add(who + " " + method + " " + path + " → " + reply);
                }
            }
        }
        assertTrue(leaks.isEmpty(), () -> "answered other than 404:\n" + String.join("\n", leaks));
        // and B's own staff still sees its case
        assertEquals(secretSubject, as(b, "audit").get("api/v1/tenants/" + b + "/complaints/" + caseOfB).json().getString("subject"));
    }

    /** Every method and path of the OpenAPI document under /api/v1/tenants/{tenant}. */
    List<String[]> tenantEndpoints() {
        // the server's own endpoint, at the root of the port, not under the test deployment's context root
        RestClient.Reply doc = RestClient.at(URI.create(base.toString()).resolve("/")).get("openapi?format=JSON");
        assertEquals(200, doc.status(), doc::toString);
        List<String[]> endpoints = new ArrayList<>();
        doc.json().getJsonObject("paths").forEach((path, operations) -> {
            int api = path.indexOf("/api/v1/tenants/{tenant}");
            if (api >= 0) {
                operations.asJsonObject().keySet().stream()
                        .filter(m -> List.of("get", "post", "put", "delete", "patch").contains(m))
                        .forEach(m -> endpoints.add(new String[] {m.toUpperCase(), path.substring(api)}));
            }
        });
        return endpoints;
    }

    /** A path with its parameters filled with things that exist in tenant B where we have them. */
    static String fill(String template, String tenant, String caseNumber, String username) {
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "tenant" -> tenant;
                case "caseNumber" -> caseNumber;
                case "username" -> username;
                case "code" -> "CN";
                case "year" -> "2026";
                case "stage" -> "INVESTIGATION";
                default -> "1";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.substring(1);
    }

    @Test
    void eachRoleIsRefusedWhatItMayNotDo() {
        String caseNumber = intake(as(a, "spec"), a, "角色");
        String tenantPath = "api/v1/tenants/" + a;
        // an auditor reads, never writes
        assertEquals(200, as(a, "audit").get(tenantPath + "/complaints").status());
        SystemIT.assertProblem(as(a, "audit").post(tenantPath + "/complaints", "{}"), 403);
        // a specialist does not configure the tenant, nor add staff, nor onboard tenants
        SystemIT.assertProblem(as(a, "spec").put(tenantPath + "/exchange-rates", "{\"base\": \"CNY\", \"rates\": {}}"), 403);
        SystemIT.assertProblem(as(a, "spec").post(tenantPath + "/staff", "{}"), 403);
        SystemIT.assertProblem(as(a, "spec").post("api/v1/tenants", "{}"), 403);
        // a specialist may not assign; a supervisor may
        SystemIT.assertProblem(as(a, "spec").post(tenantPath + "/complaints/" + caseNumber + "/transitions",
                "{\"action\": \"ASSIGN\", \"assignee\": \"" + user(a, "spec") + "\"}"), 403);
        // the platform administrator onboards but does not work a tenant's cases
        SystemIT.assertProblem(platform.post(tenantPath + "/complaints", "{}"), 403);
        // a tenant administrator is not the platform's
        SystemIT.assertProblem(as(a, "boss").post("api/v1/tenants", "{}"), 403);
    }

    @Test
    void badTokensAndBasicCredentialsGet401() {
        String path = "api/v1/tenants/" + a + "/complaints";
        RestClient.Reply none = anonymous().get(path);
        assertEquals(401, none.status(), none::toString);
        assertTrue(none.header("WWW-Authenticate").orElse("").startsWith("Bearer"), none::toString);
        // HTTP Basic is the local mode's, not this one's — not even for a real Keycloak user
        assertEquals(401, anonymous().as(user(a, "spec"), PASSWORD).get(path).status());

        String good = TestKeycloak.token(user(a, "spec"), PASSWORD);
        assertEquals(200, anonymous().bearer(good).get(path).status());
        // tampered: the payload claims tenant B, the signature is A's token's
        assertEquals(401, anonymous().bearer(tamper(good, a, b)).get("api/v1/tenants/" + b + "/complaints").status());
        assertEquals(401, anonymous().bearer(good.substring(0, good.length() - 4) + "AAAA").get(path).status());
        assertEquals(401, anonymous().bearer("not.a.token").get(path).status());
        // foreign issuer: a real token of another realm of the same Keycloak
        String foreign = TestKeycloak.token("master", "admin-cli", null, "admin", "admin");
        assertFalse(TestKeycloak.claims(foreign).getString("iss").endsWith("/realms/redress"));
        assertEquals(401, anonymous().bearer(foreign).get(path).status());
        // wrong audience: the realm's own admin-cli client issues tokens without redress-api
        String otherAudience = TestKeycloak.token("redress", "admin-cli", null, user(a, "spec"), PASSWORD);
        assertFalse(TestKeycloak.claims(otherAudience).toString().contains("redress-api"), otherAudience);
        assertEquals(401, anonymous().bearer(otherAudience).get(path).status());
        // expired: a client whose tokens live 2 seconds (the test server allows 1 second of clock skew)
        String shortLived = TestKeycloak.token("redress", TestKeycloak.SHORT_LIVED_CLIENT, TestKeycloak.SHORT_LIVED_SECRET,
                user(a, "spec"), PASSWORD);
        long expiresAt = TestKeycloak.claims(shortLived).getJsonNumber("exp").longValue();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> anonymous().bearer(shortLived).get(path).status() == 401);
        assertTrue(System.currentTimeMillis() / 1000 >= expiresAt, "refused before it expired");
    }

    @Test
    void aUserOfTwoOrganizationsStandsForNobody() {
        String twice = user(a, "twice");
        TestKeycloak.ensureMember(a, twice, PASSWORD, List.of("specialist"));
        TestKeycloak.addMembership(b, twice);
        String token = TestKeycloak.token(twice, PASSWORD);
        assertEquals(401, anonymous().bearer(token).get("api/v1/tenants/" + a + "/complaints").status());
        assertEquals(401, anonymous().bearer(token).get("api/v1/tenants/" + b + "/complaints").status());
    }

    /** The token with its payload's organization changed, its header and signature kept. */
    static String tamper(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace(from, to);
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }
}
