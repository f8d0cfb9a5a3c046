package io.redress.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static io.redress.it.SystemIT.assertProblem;
import static io.redress.it.SystemIT.bossPassword;
import static io.redress.it.SystemIT.errorFields;
import static io.redress.it.SystemIT.newSlug;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The corrective-action ledger (整改台账) through the API: who may create, report and verify, the 409 of an act in the
 * wrong status, the filters, and an overdue action escalating owner → supervisor → director on the adjustable clock,
 * each rung once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorrectiveActionsIT extends SystemTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-corrective");
    }

    @AfterEach
    void systemClockAgain() {
        assertEquals(200, admin().delete("api/v1/operations/clock").status());
    }

    RestClient staff(String slug, RestClient boss, String username, String role) {
        RestClient.Reply created = boss.post("api/v1/tenants/" + slug + "/staff", """
                {"username": "%s", "password": "%s-secret-1", "roles": ["%s"]}""".formatted(username, username, role));
        assertEquals(201, created.status(), created::toString);
        return anonymous().as(username, username + "-secret-1");
    }

    static String action(String title, String owner, String dueDate, String cases) {
        return """
                {"title": "%s", "cause": "couriers without a delivery time in their contract", "owner": "%s",
                 "dueDate": "%s", "acceptanceCriteria": "every courier contract names a delivery time",
                 "caseNumbers": [%s]}""".formatted(title, owner, dueDate, cases);
    }

    static List<String> titles(RestClient.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
        return reply.value().asJsonArray().stream().map(a -> a.asJsonObject().getString("title")).sorted().toList();
    }

    @Test
    void actionsAreReportedByTheirOwnerAndVerifiedBySomeoneElse() {
        String slug = newSlug("ledger");
        RestClient boss = tenant(slug);
        RestClient omar = staff(slug, boss, "omar", "specialist");
        RestClient lena = staff(slug, boss, "lena", "specialist");
        RestClient sara = staff(slug, boss, "sara", "supervisor");
        RestClient dan = staff(slug, boss, "dan", "director");
        String caseNumber = omar.post("api/v1/tenants/" + slug + "/complaints", """
                {"channel": "EMAIL", "receivedAt": "2026-11-20T10:00:00+08:00",
                 "complainant": {"name": "王芳"}, "subject": "Parcel late"}""").json().getString("caseNumber");
        String ledger = "api/v1/tenants/" + slug + "/corrective-actions";

        assertProblem(omar.post(ledger, action("Mine", "omar", "2027-06-30", "")), 403);
        RestClient.Reply invalid = sara.post(ledger, action("Bad", "nobody", "2020-01-01", "\"" + caseNumber + "\", \"C-19990101-0001\""));
        assertProblem(invalid, 400);
        assertEquals(List.of("caseNumbers[1]", "dueDate", "owner"), errorFields(invalid).stream().sorted().toList());

        RestClient.Reply created = sara.post(ledger, action("Courier contracts", "omar", "2027-06-30", "\"" + caseNumber + "\""));
        assertEquals(201, created.status(), created::toString);
        JsonObject courier = created.json();
        assertEquals("OPEN", courier.getString("status"));
        assertEquals(List.of(caseNumber), courier.getJsonArray("caseNumbers").getValuesAs(jakarta.json.JsonString::getString));
        String courierPath = ledger + "/" + courier.getString("id");
        JsonObject training = sara.post(ledger, action("Training on delivery promises", "sara", "2027-07-31", "")).json();
        String trainingPath = ledger + "/" + training.getString("id");

        assertEquals(List.of("Courier contracts"), titles(boss.get(ledger + "?owner=omar")));
        assertEquals(List.of("Courier contracts"), titles(boss.get(ledger + "?caseNumber=" + caseNumber)));
        assertEquals(2, titles(boss.get(ledger + "?status=OPEN")).size());
        assertEquals(List.of(), titles(boss.get(ledger + "?overdue=true")));
        assertProblem(boss.get(ledger + "?status=LOST"), 400);

        // verified only once reported; reported only by the owner, with evidence
        assertProblem(sara.post(courierPath + "/verification", "{\"decision\": \"ACCEPT\"}"), 409);
        assertProblem(lena.post(courierPath + "/done", "{\"evidence\": \"not mine\"}"), 403);
        RestClient.Reply noEvidence = omar.post(courierPath + "/done", "{}");
        assertProblem(noEvidence, 400);
        assertEquals(List.of("evidence"), errorFields(noEvidence));
        assertEquals("DONE", omar.post(courierPath + "/done", "{\"evidence\": \"3 of 5 contracts amended\"}").json().getString("status"));
        assertProblem(omar.post(courierPath + "/done", "{\"evidence\": \"again\"}"), 409);
        assertProblem(omar.post(courierPath + "/verification", "{\"decision\": \"ACCEPT\"}"), 403);

        // a rejection sends it back open with the reason
        RestClient.Reply noReason = sara.post(courierPath + "/verification", "{\"decision\": \"REJECT\"}");
        assertProblem(noReason, 400);
        assertEquals(List.of("reason"), errorFields(noReason));
        JsonObject rejected = sara.post(courierPath + "/verification",
                "{\"decision\": \"REJECT\", \"reason\": \"two contracts still lack a delivery time\"}").json();
        assertEquals("OPEN", rejected.getString("status"));
        assertEquals("two contracts still lack a delivery time", rejected.getString("rejectionReason"));
        assertEquals(List.of("Courier contracts"), titles(boss.get(ledger + "?status=REJECTED")));
        omar.post(courierPath + "/done", "{\"evidence\": \"all 5 contracts amended\"}");
        JsonObject accepted = dan.post(courierPath + "/verification", "{\"decision\": \"ACCEPT\"}").json();
        assertEquals("ACCEPTED", accepted.getString("status"));
        assertEquals("dan", accepted.getString("verifiedBy"));
        // every act on the action is in the audit trail, newest first, with who did it
        List<String> audited = boss.get("api/v1/tenants/" + slug + "/audit?entityType=CORRECTIVE_ACTION&entityId="
                + courier.getString("id")).json().getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("action") + " by " + e.asJsonObject().getString("actor")).toList();
        assertEquals(List.of("ACCEPTED by dan", "DONE by omar", "REJECTED by sara", "DONE by omar", "CREATED by sara"), audited);

        // a supervisor who owns an action may not verify it
        sara.post(trainingPath + "/done", "{\"evidence\": \"course held on 2026-12-02\"}");
        assertProblem(sara.post(trainingPath + "/verification", "{\"decision\": \"ACCEPT\"}"), 403);
        assertEquals("ACCEPTED", dan.post(trainingPath + "/verification", "{\"decision\": \"ACCEPT\"}").json().getString("status"));
        assertEquals(2, titles(boss.get(ledger + "?status=ACCEPTED")).size());
        assertEquals(List.of(), titles(boss.get(ledger + "?status=OPEN")));
    }

    @Test
    void anOverdueActionEscalatesOwnerSupervisorDirectorEachRungOnce() {
        String slug = newSlug("overdue");
        RestClient boss = tenant(slug);
        staff(slug, boss, "omar", "specialist");
        RestClient sara = staff(slug, boss, "sara", "supervisor");
        String ledger = "api/v1/tenants/" + slug + "/corrective-actions";

        clockAt("2026-12-01T10:00:00+08:00");
        // due by the end of 3 December in Shanghai: 62 hours given
        JsonObject created = sara.post(ledger, action("Courier contracts", "omar", "2026-12-03", "")).json();
        String path = ledger + "/" + created.getString("id");
        assertEquals("2026-12-03T16:00:00Z", created.getString("dueAt"));
        assertEquals("2026-12-03T16:00:00Z", created.getString("nextEscalationAt"));

        clockAt("2026-12-04T01:00:00+08:00");
        assertEquals(List.of("Courier contracts"), titles(boss.get(ledger + "?overdue=true")));
        sweep();
        awaitEscalations(boss, path, List.of("OWNER"));
        sweep();
        assertEquals(1, boss.get(path).json().getJsonArray("escalations").size(), "a rung is recorded once");
        // the supervisor 31 hours past due, the director 62 hours past due
        assertEquals("2026-12-04T23:00:00Z", boss.get(path).json().getString("nextEscalationAt"));

        clockAt("2026-12-08T09:00:00+08:00");
        sweep();
        awaitEscalations(boss, path, List.of("OWNER", "SUPERVISOR", "DIRECTOR"));
        sweep();
        JsonObject late = boss.get(path).json();
        assertEquals(3, late.getJsonArray("escalations").size());
        assertEquals(JsonValue.NULL, late.get("nextEscalationAt"), "every rung reached");
        assertEquals("2026-12-06T06:00:00Z", late.getJsonArray("escalations").getJsonObject(2).getString("reachedAt"));
        assertEquals(List.of(), titles(boss.get(ledger + "?overdue=false")));
    }

    private RestClient tenant(String slug) {
        RestClient.Reply onboarded = admin().post("api/v1/tenants", """
                {"slug": "%s", "name": "Ledger", "template": "overseas-grading", "locale": "zh-CN", "timeZone": "Asia/Shanghai",
                 "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, bossPassword(slug)));
        assertEquals(201, onboarded.status(), onboarded::toString);
        return anonymous().as("boss", bossPassword(slug));
    }

    private void clockAt(String instant) {
        RestClient.Reply set = admin().put("api/v1/operations/clock", "{\"instant\": \"" + instant + "\"}");
        assertEquals(200, set.status(), set::toString);
    }

    private void sweep() {
        RestClient.Reply sweep = admin().post("api/v1/operations/sweeps", "");
        assertEquals(200, sweep.status(), sweep::toString);
    }

    /** The scheduled check may have taken the lock of the sweep asked for: wait for whichever runs. */
    private static void awaitEscalations(RestClient reader, String path, List<String> targets) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            JsonArray escalations = reader.get(path).json().getJsonArray("escalations");
            assertEquals(targets, escalations.stream().map(e -> e.asJsonObject().getString("notify")).toList());
        });
    }
}
