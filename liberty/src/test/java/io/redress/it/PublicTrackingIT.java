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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The complainant's tracking link, without credentials: the progress of a major case worked to feedback by a
 * specialist and a supervisor, in the complainant's language and without anything internal; the satisfaction survey
 * answered once, completing the SATISFACTION stage clock; a second answer, a bad score and unknown links refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicTrackingIT extends SystemTest {

    private static final String PLAN_NOTE = "re-ship by express courier at our cost";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-tracking");
    }

    RestClient staff(String slug, RestClient boss, String username, String role) {
        RestClient.Reply created = boss.post("api/v1/tenants/" + slug + "/staff", """
                {"username": "%s", "password": "%s-secret-1", "roles": ["%s"], "languages": ["zh", "en"],
                 "trainings": ["COMPLAINT_HANDLING"], "groups": ["HQ_TASK_FORCE"]}""".formatted(username, username, role));
        assertEquals(201, created.status(), created::toString);
        return anonymous().as(username, username + "-secret-1");
    }

    static String act(String action) {
        return "{\"action\": \"" + action + "\", \"note\": \"internal: " + action.toLowerCase() + "\"}";
    }

    @Test
    void theComplainantFollowsTheCaseAndAnswersTheSurveyOnce() {
        String slug = newSlug("track");
        RestClient.Reply onboarded = anonymous().as("admin", SystemIT.ADMIN_PASSWORD).post("api/v1/tenants", """
                {"slug": "%s", "name": "Track", "template": "overseas-grading", "locale": "zh-CN", "timeZone": "Asia/Shanghai",
                 "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, bossPassword(slug)));
        assertEquals(201, onboarded.status(), onboarded::toString);
        RestClient boss = anonymous().as("boss", bossPassword(slug));
        RestClient li = staff(slug, boss, "li.na", "specialist");
        RestClient zhou = staff(slug, boss, "zhou.min", "supervisor");

        String complaints = "api/v1/tenants/" + slug + "/complaints";
        RestClient.Reply created = li.post(complaints, """
                {"channel": "EMAIL", "receivedAt": "2026-11-20T10:00:00+08:00", "language": "en",
                 "complainant": {"name": "John Smith", "kind": "CUSTOMER"}, "subject": "Parcel lost",
                 "flags": ["REGULATOR_RISK"]}""");
        assertEquals(201, created.status(), created::toString);
        assertEquals("MAJOR", created.json().getJsonObject("grade").getString("code"));
        String token = created.json().getString("trackingToken");
        String one = complaints + "/" + created.json().getString("caseNumber");
        RestClient.Reply chinese = li.post(complaints, """
                {"channel": "PHONE", "receivedAt": "2026-11-21T10:00:00+08:00",
                 "complainant": {"name": "王芳"}, "subject": "发票开错了"}""");
        String chineseToken = chinese.json().getString("trackingToken");

        // before the result is given: progress in the tenant's language, no survey yet
        RestClient.Reply early = anonymous().get("api/v1/public/track/" + chineseToken);
        assertEquals(200, early.status(), early::toString);
        assertEquals("zh-CN", early.json().getString("language"));
        assertEquals("已收到", early.json().getString("statusText"));
        assertFalse(early.json().getJsonObject("survey").getBoolean("open"));
        assertProblem(anonymous().post("api/v1/public/surveys/" + chineseToken, "{\"score\": 5}"), 409);

        // a major case is contained at once; no transition stands for it, the stage is completed by hand
        RestClient.Reply contained = li.post(one + "/stages/CONTAINMENT/complete", "{\"note\": \"internal: courier stopped\"}");
        assertEquals(200, contained.status(), contained::toString);
        String transitions = one + "/transitions";
        for (String action : List.of("ACKNOWLEDGE", "REGISTER")) {
            assertEquals(200, li.post(transitions, act(action)).status());
        }
        assertEquals(200, zhou.post(transitions, "{\"action\": \"ASSIGN\", \"assignee\": \"li.na\"}").status());
        assertEquals(200, li.post(transitions, act("START_INVESTIGATION")).status());
        assertEquals(200, li.post(transitions, "{\"action\": \"PROPOSE_PLAN\", \"note\": \"" + PLAN_NOTE + "\"}").status());
        // a major plan goes to management, who signs it with their password
        RestClient.Reply manager = boss.post("api/v1/tenants/" + slug + "/staff", """
                {"username": "wu.lei", "password": "wu.lei-secret-1", "roles": ["management"], "positions": ["management"]}""");
        assertEquals(201, manager.status(), manager::toString);
        RestClient wu = anonymous().as("wu.lei", "wu.lei-secret-1");
        List<String> waiting = ApprovalsIT.assignedIds(wu, slug);
        assertEquals(1, waiting.size(), waiting::toString);
        assertEquals(200, wu.post("api/v1/tenants/" + slug + "/approvals/" + waiting.get(0) + "/decision",
                "{\"decision\": \"APPROVE\", \"password\": \"wu.lei-secret-1\"}").status());
        for (String action : List.of("START_RESOLUTION", "RESOLVE", "GIVE_FEEDBACK")) {
            RestClient.Reply moved = li.post(transitions, act(action));
            assertEquals(200, moved.status(), moved::toString);
        }

        RestClient.Reply tracked = anonymous().get("api/v1/public/track/" + token);
        assertEquals(200, tracked.status(), tracked::toString);
        JsonObject view = tracked.json();
        assertEquals("en", view.getString("language"), "the complainant's language, not the tenant's");
        assertEquals("FEEDBACK_GIVEN", view.getString("status"));
        assertEquals("Result communicated", view.getString("statusText"));
        List<String> done = view.getJsonArray("progress").stream().map(s -> s.asJsonObject().getString("stage")).toList();
        assertTrue(done.containsAll(List.of("CONTAINMENT", "RESPONSE", "REGISTRATION", "RESOLUTION", "FEEDBACK")), done::toString);
        assertEquals("SATISFACTION", view.getJsonObject("next").getString("stage"));
        assertEquals("Satisfaction survey", view.getJsonObject("next").getString("label"));
        assertTrue(view.getJsonObject("survey").getBoolean("open"));
        assertNotEquals(JsonValue.NULL, view.getJsonObject("survey").get("dueAt"));
        for (String secret : List.of(PLAN_NOTE, "internal:", "li.na", "zhou.min", "timeline", "note", "escalations")) {
            assertFalse(tracked.body().contains(secret), () -> "the public view shows " + secret + ": " + tracked.body());
        }

        // bad answers and unknown links
        RestClient.Reply badScore = anonymous().post("api/v1/public/surveys/" + token, "{\"score\": 6, \"comment\": \"!\"}");
        assertProblem(badScore, 400);
        assertEquals(List.of("score"), errorFields(badScore));
        assertProblem(anonymous().get("api/v1/public/track/" + token.substring(0, token.length() - 2) + "xx"), 404);
        assertProblem(anonymous().get("api/v1/public/track/no-such-tenant." + token.substring(token.indexOf('.') + 1)), 404);
        assertProblem(anonymous().post("api/v1/public/surveys/nonsense", "{\"score\": 3}"), 404);

        RestClient.Reply answered = anonymous().post("api/v1/public/surveys/" + token,
                "{\"score\": 4, \"comment\": \"Quick once it started\"}");
        assertEquals(200, answered.status(), answered::toString);
        assertEquals(4, answered.json().getJsonObject("survey").getInt("score"));
        assertFalse(answered.json().getJsonObject("survey").getBoolean("open"));
        assertProblem(anonymous().post("api/v1/public/surveys/" + token, "{\"score\": 5}"), 409);

        JsonObject satisfaction = boss.get(one).json().getJsonArray("deadlines").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("stage").equals("SATISFACTION")).findFirst().orElseThrow();
        assertNotEquals(JsonValue.NULL, satisfaction.get("completedAt"), "the answer completes the SATISFACTION clock");
        assertTrue(satisfaction.getBoolean("met"));
        assertTrue(anonymous().get("api/v1/public/track/" + token).json().getJsonArray("progress").stream()
                .anyMatch(s -> s.asJsonObject().getString("stage").equals("SATISFACTION")));
    }
}
