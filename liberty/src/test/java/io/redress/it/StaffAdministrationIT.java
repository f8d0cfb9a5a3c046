package io.redress.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static io.redress.it.SystemIT.assertProblem;
import static io.redress.it.SystemIT.bossPassword;
import static io.redress.it.SystemIT.errorFields;
import static io.redress.it.SystemIT.newSlug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tenant's administrator disables staff and replaces their roles (the local identity store): a disabled member
 * can no longer sign in, new roles count from the next request, and nobody reaches another tenant's staff.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffAdministrationIT extends SystemTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-staffadmin");
    }

    private RestClient onboard(String slug) {
        RestClient.Reply onboarded = admin().post("api/v1/tenants", """
                {"slug": "%s", "name": "Staff %s", "template": "general-feedback", "locale": "en",
                 "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, slug, bossPassword(slug)));
        assertEquals(201, onboarded.status(), onboarded::toString);
        return anonymous().as("boss", bossPassword(slug));
    }

    @Test
    void aDisabledMemberCanNoLongerSignIn() {
        String slug = newSlug("dis");
        RestClient boss = onboard(slug);
        RestClient carl = staff(slug, boss, "carl", "specialist", "");
        String staffList = "api/v1/tenants/" + slug + "/staff";
        assertEquals(200, carl.get(staffList).status());

        RestClient.Reply disabled = boss.post(staffList + "/carl/disable", "");

        assertEquals(204, disabled.status(), disabled::toString);
        assertProblem(carl.get(staffList), 401);
        // the audit trail says who did it
        RestClient.Reply trail = boss.get("api/v1/tenants/" + slug + "/audit?entityType=STAFF&entityId=carl");
        assertEquals(200, trail.status(), trail::toString);
        assertTrue(trail.body().contains("DISABLED"), trail::toString);
    }

    @Test
    void newRolesCountFromTheNextRequest() {
        String slug = newSlug("rol");
        RestClient boss = onboard(slug);
        RestClient dana = staff(slug, boss, "dana", "specialist", "");
        String staffList = "api/v1/tenants/" + slug + "/staff";
        String newcomer = """
                {"username": "eve", "password": "%s", "roles": ["specialist"]}""".formatted(password("eve"));
        assertProblem(dana.post(staffList, newcomer), 403);

        RestClient.Reply replaced = boss.put(staffList + "/dana/roles", "{\"roles\": [\"tenant-admin\", \"auditor\"]}");

        assertEquals(200, replaced.status(), replaced::toString);
        JsonObject answer = replaced.json();
        assertEquals(List.of("auditor", "tenant-admin"),
                answer.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        assertEquals(201, dana.post(staffList, newcomer).status());
        assertEquals(200, boss.put(staffList + "/dana/roles", "{\"roles\": [\"specialist\"]}").status());
        assertProblem(dana.post(staffList, newcomer.replace("eve", "fay")), 403);
    }

    @Test
    void rolesAreValidatedAndThePlatformRoleIsNeverGiven() {
        String slug = newSlug("val");
        RestClient boss = onboard(slug);
        staff(slug, boss, "gus", "specialist", "");
        String roles = "api/v1/tenants/" + slug + "/staff/gus/roles";

        RestClient.Reply platform = boss.put(roles, "{\"roles\": [\"supervisor\", \"platform-admin\"]}");
        assertProblem(platform, 400);
        assertEquals(List.of("roles[1]"), errorFields(platform));
        RestClient.Reply none = boss.put(roles, "{\"roles\": []}");
        assertProblem(none, 400);
        assertEquals(List.of("roles"), errorFields(none));
        // an administrator neither disables nor demotes themselves
        assertProblem(boss.post("api/v1/tenants/" + slug + "/staff/boss/disable", ""), 422);
        RestClient.Reply demoted = boss.put("api/v1/tenants/" + slug + "/staff/boss/roles", "{\"roles\": [\"auditor\"]}");
        assertProblem(demoted, 400);
        assertEquals(List.of("roles"), errorFields(demoted));
    }

    @Test
    void onlyTheTenantsOwnAdministratorReachesItsStaff() {
        String mine = newSlug("own");
        String theirs = newSlug("oth");
        RestClient boss = onboard(mine);
        RestClient otherBoss = onboard(theirs);
        RestClient hal = staff(mine, boss, "hal", "specialist", "");
        staff(theirs, otherBoss, "ida", "specialist", "");

        // another tenant's member, and a user nobody has: 404 alike
        assertProblem(boss.post("api/v1/tenants/" + mine + "/staff/ida/disable", ""), 404);
        assertProblem(boss.put("api/v1/tenants/" + mine + "/staff/ida/roles", "{\"roles\": [\"auditor\"]}"), 404);
        assertProblem(boss.post("api/v1/tenants/" + mine + "/staff/nobody/disable", ""), 404);
        // another tenant's administrator does not see this tenant
        assertProblem(otherBoss.post("api/v1/tenants/" + mine + "/staff/hal/disable", ""), 404);
        assertProblem(otherBoss.put("api/v1/tenants/" + mine + "/staff/hal/roles", "{\"roles\": [\"auditor\"]}"), 404);
        // a member without the administrator's role, and the platform administrator: 403
        assertProblem(hal.post("api/v1/tenants/" + mine + "/staff/hal/disable", ""), 403);
        assertProblem(admin().post("api/v1/tenants/" + mine + "/staff/hal/disable", ""), 403);
        // ida of the other tenant still works
        assertEquals(200, anonymous().as("ida", password("ida")).get("api/v1/tenants/" + theirs + "/staff").status());
        assertEquals(200, hal.get("api/v1/tenants/" + mine + "/staff").status());
    }
}
