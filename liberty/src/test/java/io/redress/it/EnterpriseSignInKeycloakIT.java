package io.redress.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Enterprise sign-in over the API of a server in the Keycloak mode: a tenant's administrator links the company's own
 * OpenID Connect provider (the test Keycloak's second realm, {@code company}); a company user who gives an address of
 * the company's domain on Keycloak's sign-in page signs in at the company's provider and comes back as staff of the
 * tenant with the default role, whose token the API takes — for that tenant only. Only the tenant's own administrator
 * links, bad input names its field, and unlinking ends it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnterpriseSignInKeycloakIT extends SystemTest {

    private static final String PASSWORD = "kc-enterprise-secret-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-enterprise");
    }

    String onboard(RestClient platform, String prefix) {
        String slug = SystemIT.newSlug(prefix);
        RestClient.Reply created = platform.post("api/v1/tenants", """
                {"slug": "%s", "name": "Enterprise %s", "template": "general-feedback", "locale": "zh-CN",
                 "timeZone": "Asia/Shanghai", "admin": {"username": "%s-boss", "password": "%s", "email": "boss@%s.test"}}
                """.formatted(slug, slug, slug, PASSWORD, slug));
        assertEquals(201, created.status(), created::toString);
        return slug;
    }

    @Test
    void aCompanyUserSignsInThroughTheLinkedProviderAndWorksForTheTenantOnly() throws Exception {
        RestClient platform = anonymous().bearer(TestKeycloak.platformAdminToken());
        String slug = onboard(platform, "ent");
        String other = onboard(platform, "ento");
        RestClient boss = anonymous().bearer(TestKeycloak.token(slug + "-boss", PASSWORD));
        String domain = slug + ".company.test";
        String path = "api/v1/tenants/" + slug + "/identity-provider";
        String link = """
                {"issuer": "%s/realms/company", "clientId": "redress-broker", "clientSecret": "test-only-broker-secret",
                 "domain": "%s", "defaultRoles": ["specialist"]}""".formatted(TestKeycloak.url(), domain);

        // bad input names the field; only the tenant's own administrator may link
        RestClient.Reply bad = boss.put(path, """
                {"issuer": "not a url", "clientId": "x", "clientSecret": "y", "domain": "Not A Domain", "defaultRoles": ["platform-admin"]}""");
        SystemIT.assertProblem(bad, 400);
        assertEquals(List.of("issuer", "domain", "defaultRoles[0]"), SystemIT.errorFields(bad));
        RestClient.Reply noDiscovery = boss.put(path, link.replace("/realms/company", "/realms/no-such-company"));
        SystemIT.assertProblem(noDiscovery, 422);
        RestClient otherBoss = anonymous().bearer(TestKeycloak.token(other + "-boss", PASSWORD));
        SystemIT.assertProblem(otherBoss.put(path, link), 404);
        SystemIT.assertProblem(boss.get(path), 404);

        RestClient.Reply linked = boss.put(path, link);
        assertEquals(200, linked.status(), linked::toString);
        assertEquals(domain, linked.json().getString("domain"));
        assertEquals(TestKeycloak.url() + "/realms/company", boss.get(path).json().getString("issuer"));
        assertTrue(!boss.get(path).body().contains("test-only-broker-secret"), "the secret is never shown");

        String email = "alice@" + domain;
        TestKeycloak.companyUser(email, PASSWORD);
        JsonObject tokens = KeycloakSignIn.throughCompanyProvider(email, PASSWORD, "company");
        String accessToken = tokens.getString("access_token");
        JsonObject claims = TestKeycloak.claims(accessToken);
        assertEquals(slug, claims.getJsonArray("organization").getString(0), claims::toString);
        assertEquals(email, claims.getString("email"));

        RestClient alice = anonymous().bearer(accessToken);
        RestClient.Reply taken = alice.post("api/v1/tenants/" + slug + "/complaints", """
                {"channel": "PHONE", "receivedAt": "2026-11-20T09:00:00+08:00",
                 "complainant": {"name": "王芳", "kind": "CUSTOMER", "phone": "13800000000"}, "subject": "经企业账号登录"}""");
        assertEquals(201, taken.status(), taken::toString);
        SystemIT.assertProblem(alice.get("api/v1/tenants/" + other + "/complaints"), 404);
        // a specialist, not an administrator: the link is not theirs to change
        SystemIT.assertProblem(alice.put(path, link), 403);

        assertEquals(204, boss.delete(path).status());
        SystemIT.assertProblem(boss.get(path), 404);
    }
}
