package io.redress.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A case's whole life through the transitions API, by the roles of the overseas template: each step by a role that
 * may take it, every role that must not refused (403) and every step out of order refused (409), each transition
 * completing its stage clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LifecycleIT extends SystemTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-lifecycle");
    }

    static JsonObject clock(JsonObject caseFile, String stage) {
        return caseFile.getJsonArray("deadlines").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("stage").equals(stage)).findFirst().orElseThrow();
    }

    @Test
    void aGeneralCaseIsWorkedFromIntakeToClosureByTheRolesThatMay() {
        String slug = newSlug("life");
        RestClient.Reply onboarded = admin().post("api/v1/tenants", """
                {"slug": "%s", "name": "Life", "template": "overseas-grading", "locale": "en", "timeZone": "Asia/Dubai",
                 "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, bossPassword(slug)));
        assertEquals(201, onboarded.status(), onboarded::toString);
        RestClient boss = anonymous().as("boss", bossPassword(slug));
        RestClient omar = staff(slug, boss, "omar", "specialist",
                ", \"unit\": \"MIDDLE_EAST_CENTRE\", \"languages\": [\"ar\", \"en\"], \"trainings\": [\"COMPLAINT_HANDLING\"]");
        RestClient lena = staff(slug, boss, "lena", "specialist", ", \"languages\": [\"en\", \"de\"], \"trainings\": [\"COMPLAINT_HANDLING\"]");
        RestClient novice = staff(slug, boss, "novice", "specialist", ", \"languages\": [\"ar\"]");
        RestClient sara = staff(slug, boss, "sara", "supervisor", ", \"unit\": \"MIDDLE_EAST_CENTRE\"");
        RestClient auditor = staff(slug, boss, "audrey", "auditor", "");

        String complaints = "api/v1/tenants/" + slug + "/complaints";
        RestClient.Reply created = omar.post(complaints, """
                {"channel": "WHATSAPP", "receivedAt": "2026-11-19T10:00:00+04:00", "region": "MIDDLE_EAST", "language": "ar",
                 "complainant": {"name": "Fatima Al Mansoori", "kind": "CUSTOMER"}, "subject": "Late delivery"}""");
        assertEquals(201, created.status(), created::toString);
        String one = complaints + "/" + created.json().getString("caseNumber");
        String transitions = one + "/transitions";

        // neither the administrator nor the auditor works a case; out of order is a conflict
        assertProblem(boss.post(transitions, act("ACKNOWLEDGE")), 403);
        assertProblem(auditor.post(transitions, act("ACKNOWLEDGE")), 403);
        assertProblem(omar.post(transitions, act("REGISTER")), 409);
        RestClient.Reply unknown = omar.post(transitions, act("TELEPORT"));
        assertProblem(unknown, 400);
        assertEquals(List.of("action"), errorFields(unknown));

        assertEquals(List.of("ACKNOWLEDGE", "WAIT_FOR_CUSTOMER"), omar.get(one + "/actions").value().asJsonArray().stream()
                .map(a -> ((jakarta.json.JsonString) a).getString()).toList());
        assertEquals(List.of(), auditor.get(one + "/actions").value().asJsonArray(), "an auditor reads, never acts");
        JsonObject acknowledged = omar.post(transitions, act("ACKNOWLEDGE")).json();
        assertEquals("ACKNOWLEDGED", acknowledged.getString("status"));
        assertFalse(clock(acknowledged, "RESPONSE").getBoolean("met"), "received a week ago: the first response is late");
        assertEquals("REGISTERED", omar.post(transitions, act("REGISTER")).json().getString("status"));

        // triage: only a supervisor assigns, to someone trained; an Arabic complaint to an English speaker needs a translator
        assertProblem(omar.post(transitions, "{\"action\": \"ASSIGN\", \"assignee\": \"omar\"}"), 403);
        RestClient.Reply untrained = sara.post(transitions, "{\"action\": \"ASSIGN\", \"assignee\": \"novice\"}");
        assertProblem(untrained, 400);
        assertEquals(List.of("assignee"), errorFields(untrained));
        List<String> candidates = sara.get(one + "/candidates").value().asJsonArray().stream()
                .map(c -> c.asJsonObject().getString("username")).toList();
        assertEquals(List.of("omar", "lena"), candidates, "trained staff, Arabic speakers first");
        JsonObject toLena = sara.post(transitions, "{\"action\": \"ASSIGN\", \"assignee\": \"lena\"}").json();
        assertTrue(toLena.getBoolean("needsTranslator"));
        JsonObject assigned = sara.post(transitions, "{\"action\": \"ASSIGN\", \"assignee\": \"omar\", \"note\": \"speaks Arabic\"}").json();
        assertEquals("ASSIGNED", assigned.getString("status"));
        assertEquals("omar", assigned.getString("assignee"));
        assertEquals("MIDDLE_EAST_CENTRE", assigned.getString("ownerUnit"));
        assertFalse(assigned.getBoolean("needsTranslator"));

        // the case is omar's: another specialist may not act on it
        assertProblem(lena.post(transitions, act("START_INVESTIGATION")), 403);
        assertEquals("INVESTIGATING", omar.post(transitions, act("START_INVESTIGATION")).json().getString("status"));
        JsonObject proposed = omar.post(transitions, "{\"action\": \"PROPOSE_PLAN\", \"note\": \"re-ship with express courier\"}").json();
        assertEquals("PLAN_PROPOSED", proposed.getString("status"));
        assertTrue(clock(proposed, "PLAN").get("dueAt") != JsonValue.NULL, "PLAN starts when INVESTIGATION completes");
        assertProblem(omar.post(transitions, act("APPROVE_PLAN")), 403);
        assertEquals("INVESTIGATING", sara.post(transitions, "{\"action\": \"REJECT_PLAN\", \"note\": \"ask for photos\"}").json().getString("status"));
        omar.post(transitions, "{\"action\": \"PROPOSE_PLAN\", \"note\": \"re-ship, refund the fee\"}");
        assertEquals("PLAN_APPROVED", sara.post(transitions, act("APPROVE_PLAN")).json().getString("status"));
        assertEquals("RESOLVING", omar.post(transitions, act("START_RESOLUTION")).json().getString("status"));
        JsonObject resolved = omar.post(transitions, act("RESOLVE")).json();
        assertEquals("RESOLVED", resolved.getString("status"));
        assertTrue(clock(resolved, "RESOLUTION").get("completedAt") != JsonValue.NULL);
        assertEquals("FEEDBACK_GIVEN", omar.post(transitions, act("GIVE_FEEDBACK")).json().getString("status"));
        assertProblem(omar.post(transitions, act("CLOSE")), 403);
        // the supervisor puts the closure to approval: Policy C's chain has no closure rule, so it is approved at
        // once and its approval closes the case
        RestClient.Reply closure = sara.post(one + "/approvals", "{\"type\": \"CLOSURE\", \"subject\": \"re-shipped, customer confirmed\"}");
        assertEquals(201, closure.status(), closure::toString);
        assertEquals("APPROVED", closure.json().getString("status"));
        JsonObject closed = sara.get(one).json();
        assertEquals("CLOSED", closed.getString("status"));
        assertTrue(closed.getJsonArray("deadlines").stream().allMatch(d -> d.asJsonObject().get("completedAt") != JsonValue.NULL),
                "no clock runs on a closed case");
        assertProblem(omar.post(transitions, act("WAIT_FOR_CUSTOMER")), 409);

        // the customer comes back: a supervisor reopens, and the loop starts again from the first response
        assertEquals("REOPENED", sara.post(transitions, "{\"action\": \"REOPEN\", \"note\": \"the parcel was damaged\"}").json().getString("status"));
        JsonObject again = omar.post(transitions, act("ACKNOWLEDGE")).json();
        assertEquals("ACKNOWLEDGED", again.getString("status"));
        List<String> kinds = again.getJsonArray("timeline").stream().map(t -> t.asJsonObject().getString("kind")).toList();
        assertEquals(15, kinds.stream().filter("TRANSITION"::equals).count(), kinds::toString);
        assertTrue(kinds.contains("APPROVAL_APPROVED"), "the closure's approval is on the timeline");
    }

    @Test
    void aGroupComplaintHasItsMembersOneSpokespersonOneStatementAndBecomesMajorAtThree() {
        String slug = newSlug("group");
        RestClient.Reply onboarded = admin().post("api/v1/tenants", """
                {"slug": "%s", "name": "Group", "template": "overseas-grading", "locale": "en", "timeZone": "Asia/Singapore",
                 "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, bossPassword(slug)));
        assertEquals(201, onboarded.status(), onboarded::toString);
        RestClient boss = anonymous().as("boss", bossPassword(slug));
        RestClient mei = staff(slug, boss, "mei", "specialist", ", \"trainings\": [\"COMPLAINT_HANDLING\"]");
        RestClient tan = staff(slug, boss, "tan", "supervisor", "");
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        JsonObject created = mei.post(complaints, """
                {"channel": "EMAIL", "receivedAt": "2026-11-23T10:00:00+08:00", "region": "SEA",
                 "complainant": {"name": "Lim Wei", "kind": "CUSTOMER", "email": "lim@example.sg"},
                 "subject": "Tour cancelled without notice", "expectedResolution": "full refund"}""").json();
        assertEquals("GENERAL", created.getJsonObject("grade").getString("code"));
        String one = complaints + "/" + created.getString("caseNumber");

        RestClient.Reply unreachable = mei.post(one + "/members", "{\"name\": \"Siti\"}");
        assertProblem(unreachable, 400);
        assertEquals(List.of("email"), errorFields(unreachable));

        RestClient.Reply second = mei.post(one + "/members",
                "{\"name\": \"Siti Rahman\", \"phone\": \"+65 8123 4567\", \"demand\": \"a voucher\"}");
        assertEquals(201, second.status(), second::toString);
        assertEquals(2, second.json().getInt("complainantCount"));
        assertEquals("IMPORTANT", second.json().getJsonObject("grade").getString("code"), "two complainants");
        // mei takes the case while it is IMPORTANT; she is not on the HQ task force that handles major ones
        mei.post(one + "/transitions", act("ACKNOWLEDGE"));
        mei.post(one + "/transitions", act("REGISTER"));
        assertEquals("mei", tan.post(one + "/transitions", "{\"action\": \"ASSIGN\", \"assignee\": \"mei\"}").json()
                .getString("assignee"));
        JsonObject third = mei.post(one + "/members",
                "{\"name\": \"Arjun Nair\", \"email\": \"arjun@example.sg\", \"demand\": \"refund and apology\", \"spokesperson\": true}").json();
        assertEquals("MAJOR", third.getJsonObject("grade").getString("code"), "three or more make a major complaint");
        assertEquals("group-complaint", third.getJsonObject("grade").getString("rule"));
        assertTrue(third.getJsonArray("deadlines").stream().anyMatch(d -> d.asJsonObject().getString("stage").equals("CONTAINMENT")),
                "the clocks of the major plan run now");
        JsonObject reassign = third.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("kind").equals("REASSIGNMENT_NEEDED")).findFirst().orElseThrow(() -> new AssertionError(third.toString()));
        assertEquals("HQ_TASK_FORCE", reassign.getJsonObject("detail").getString("group"));
        assertEquals("mei", reassign.getJsonObject("detail").getString("assignee"));
        JsonObject arjun = third.getJsonArray("members").getJsonObject(1);
        assertEquals("Arjun Nair", arjun.getString("name"));
        assertEquals(arjun.getString("id"), third.getString("spokesperson"));
        assertEquals("refund and apology", arjun.getString("demand"));

        // one spokesperson: naming the first complainant takes the role from Arjun
        JsonObject primary = mei.put(one + "/spokesperson", "{\"member\": \"primary\"}").json();
        assertEquals("primary", primary.getString("spokesperson"));
        assertTrue(primary.getJsonArray("members").stream().noneMatch(m -> m.asJsonObject().getBoolean("spokesperson")));

        // one official statement, issued by a supervisor
        assertProblem(mei.put(one + "/statement", "{\"text\": \"We apologise.\"}"), 403);
        assertEquals("We apologise and refund every traveller in full.",
                tan.put(one + "/statement", "{\"text\": \"We apologise and refund every traveller in full.\"}").json().getString("statement"));
    }
}
