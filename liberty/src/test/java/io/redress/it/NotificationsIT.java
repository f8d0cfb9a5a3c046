package io.redress.it;

import jakarta.json.Json;
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

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.redress.it.SystemIT.assertProblem;
import static io.redress.it.SystemIT.bossPassword;
import static io.redress.it.SystemIT.errorFields;
import static io.redress.it.SystemIT.newSlug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Escalations reach people: the test clock moves past a MAJOR case's containment rungs, a sweep runs, and exactly
 * the people each rung names find it in their notifications — the assignee, the supervisor of the case's unit (not
 * the other unit's), every director (none is of the case's unit), the members of the unit a rung names — once,
 * however often the sweep runs; the audit trail has each escalation and its chain still holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT extends SystemTest {

    private static final String PASSWORD = "notify-secret-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-notifications");
    }

    void clockAt(String instant) {
        TestClock.at(admin(), instant);
    }

    @AfterEach
    void systemClockAgain() {
        TestClock.systemClock(admin());
    }

    RestClient tenant(String slug) {
        RestClient.Reply created = admin().post("api/v1/tenants", """
                {"slug": "%s", "name": "Notify", "template": "overseas-grading", "locale": "en", "timeZone": "Asia/Shanghai",
                 "admin": {"username": "boss", "password": "%s"}}
                """.formatted(slug, bossPassword(slug)));
        assertEquals(201, created.status(), created::toString);
        return anonymous().as("boss", bossPassword(slug));
    }

    RestClient member(String slug, RestClient boss, String username, String role, String unit) {
        return memberWith(slug, boss, username, role, unit, "");
    }

    /** A member of the staff, trained, in the unit (null: none), with more of the profile's fields in {@code profile}. */
    RestClient memberWith(String slug, RestClient boss, String username, String role, String unit, String profile) {
        String unitJson = unit == null ? "" : ", \"unit\": \"" + unit + "\"";
        RestClient.Reply created = boss.post("api/v1/tenants/" + slug + "/staff", """
                {"username": "%s", "password": "%s", "roles": ["%s"], "languages": ["zh", "en"],
                 "trainings": ["COMPLAINT_HANDLING"]%s%s}""".formatted(username, PASSWORD, role, unitJson, profile));
        assertEquals(201, created.status(), created::toString);
        return anonymous().as(username, PASSWORD);
    }

    static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void theSweepNotifiesExactlyWhomEachRungNamesOnceAndAuditsIt() {
        String slug = newSlug("notify");
        RestClient boss = tenant(slug);
        String t = "api/v1/tenants/" + slug;

        // the calendars the tenant got from its template are in the audit trail, created by whoever onboarded it
        List<JsonObject> calendars = items(boss.get(t + "/audit?entityType=CALENDAR&size=50").json());
        assertFalse(calendars.isEmpty(), "the template's calendars are audited");
        assertTrue(calendars.stream().allMatch(e -> e.getString("action").equals("CREATED") && e.getString("actor").equals("admin")),
                calendars::toString);
        assertTrue(calendars.stream().anyMatch(e -> e.getString("entityId").equals("CN")), calendars::toString);

        // the MAJOR ladder's last rung names a unit: the HQ task force
        JsonObject policy = boss.get(t + "/policy").json();
        JsonObject majorLadder = Json.createReader(new StringReader("""
                {"MAJOR": [{"share": 50, "notify": "ASSIGNEE"}, {"share": 80, "notify": "SUPERVISOR"},
                 {"share": 100, "notify": "DIRECTOR"}, {"share": 110, "notify": "HQ_TASK_FORCE"}]}""")).readObject();
        RestClient.Reply ladder = boss.put(t + "/policy", Json.createObjectBuilder(policy).remove("version").remove("grades")
                .add("escalation", Json.createObjectBuilder(policy.getJsonObject("escalation")).addAll(
                        Json.createObjectBuilder(majorLadder))).build().toString());
        assertEquals(200, ladder.status(), ladder::toString);

        Map<String, RestClient> staff = new TreeMap<>();
        staff.put("boss", boss);
        // wang.fang sits on the task force, which handles MAJOR cases, besides her home unit
        staff.put("wang.fang", memberWith(slug, boss, "wang.fang", "specialist", "SEA_CENTRE", ", \"groups\": [\"HQ_TASK_FORCE\"]"));
        staff.put("omar", member(slug, boss, "omar", "specialist", "SEA_CENTRE"));
        staff.put("sara.sea", member(slug, boss, "sara.sea", "supervisor", "SEA_CENTRE"));
        staff.put("sami.me", member(slug, boss, "sami.me", "supervisor", "MIDDLE_EAST_CENTRE"));
        staff.put("dora.hq", member(slug, boss, "dora.hq", "director", "HQ_CUSTOMER_SERVICE"));
        staff.put("dan", member(slug, boss, "dan", "director", null));
        staff.put("tao.tf", member(slug, boss, "tao.tf", "specialist", "HQ_TASK_FORCE"));
        staff.put("mia", member(slug, boss, "mia", "management", null));

        // Monday 2026-12-07 09:00: a MAJOR complaint, taken in and assigned to wang.fang of the SEA centre at once;
        // its CONTAINMENT clock (1 hour, due 10:00) keeps running: rungs at 09:30, 09:48, 10:00 and 10:06
        clockAt("2026-12-07T09:00:00+08:00");
        JsonObject created = boss.post(t + "/complaints", ClocksIT.complaint("2026-12-07T09:00:00+08:00",
                ", \"region\": \"CN\", \"flags\": [\"REGULATOR_RISK\"]")).json();
        assertEquals("MAJOR", created.getJsonObject("grade").getString("code"));
        String caseNumber = created.getString("caseNumber");
        String transitions = t + "/complaints/" + caseNumber + "/transitions";
        RestClient wang = staff.get("wang.fang");
        assertEquals(200, wang.post(transitions, "{\"action\": \"ACKNOWLEDGE\"}").status());
        assertEquals(200, wang.post(transitions, "{\"action\": \"REGISTER\"}").status());
        RestClient.Reply assigned = staff.get("sara.sea").post(transitions, "{\"action\": \"ASSIGN\", \"assignee\": \"wang.fang\"}");
        assertEquals(200, assigned.status(), assigned::toString);

        // the assignment told wang.fang, in the language asked for
        JsonObject wangsInbox = wang.get(t + "/notifications", "en").json();
        assertEquals(1, wangsInbox.getInt("unreadCount"), wangsInbox::toString);
        JsonObject assignment = items(wangsInbox).get(0);
        assertEquals("ASSIGNED", assignment.getString("kind"));
        assertEquals(caseNumber, assignment.getString("caseNumber"));
        assertEquals("notification.ASSIGNED", assignment.getString("messageKey"));
        assertEquals(List.of(caseNumber, "sara.sea"), assignment.getJsonArray("args").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("Case " + caseNumber + " was assigned to you by sara.sea", assignment.getString("text"));
        assertEquals("投诉 " + caseNumber + " 已由 sara.sea 分派给您",
                items(wang.get(t + "/notifications", "zh-CN").json()).get(0).getString("text"));
        // read now, so that what follows is the sweep's only
        assertEquals(200, wang.post(t + "/notifications/" + assignment.getString("id") + "/read", "").status());

        clockAt("2026-12-07T10:30:00+08:00");
        RestClient.Reply sweep = admin().post("api/v1/operations/sweeps", "");
        assertEquals(200, sweep.status(), sweep::toString);
        // the scheduled sweep may have run first: wait until every rung of the containment clock is recorded
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                boss.get(t + "/complaints/" + caseNumber).json().getJsonArray("escalations").stream()
                        .filter(e -> e.asJsonObject().getString("stage").equals("CONTAINMENT")).count() == 4);
        List<JsonObject> rungs = boss.get(t + "/complaints/" + caseNumber).json().getJsonArray("escalations").stream()
                .map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("CONTAINMENT:50:ASSIGNEE", "CONTAINMENT:80:SUPERVISOR", "CONTAINMENT:100:DIRECTOR",
                "CONTAINMENT:110:HQ_TASK_FORCE"), rungs.stream()
                .map(e -> e.getString("stage") + ":" + e.getInt("share") + ":" + e.getString("notify")).toList());

        Map<String, List<String>> expected = Map.of(
                "wang.fang", List.of("ESCALATED", "DEADLINE_WARNING"),
                "sara.sea", List.of("DEADLINE_WARNING"),
                "dan", List.of("ESCALATED"),
                "dora.hq", List.of("ESCALATED"),
                "tao.tf", List.of("ESCALATED"));
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<String, RestClient> member : staff.entrySet()) {
                JsonObject unread = member.getValue().get(t + "/notifications?unread=true", "en").json();
                List<String> kinds = items(unread).stream().map(n -> n.getString("kind")).toList();
                assertEquals(expected.getOrDefault(member.getKey(), List.of()), kinds, member.getKey() + ": " + unread);
                assertEquals(kinds.size(), unread.getInt("unreadCount"), unread::toString);
                items(unread).forEach(n -> assertEquals(caseNumber, n.getString("caseNumber")));
            }
            // a second sweep finds nothing more to tell
            RestClient.Reply again = admin().post("api/v1/operations/sweeps", "");
            assertEquals(200, again.status(), again::toString);
        }
        JsonObject warning = items(staff.get("sara.sea").get(t + "/notifications", "en").json()).get(0);
        assertEquals("Case " + caseNumber + ": the CONTAINMENT stage is due at 2026-12-07T02:00:00Z (80% of its time used)",
                warning.getString("text"));

        // the audit trail has each escalation, by the system, with whom it told; and the chain holds
        List<JsonObject> audited = items(boss.get(t + "/audit?entityType=COMPLAINT&entityId=" + caseNumber + "&size=50").json());
        List<JsonObject> escalations = audited.stream()
                .filter(e -> List.of("DEADLINE_WARNING", "ESCALATED").contains(e.getString("action"))).toList();
        assertEquals(4, escalations.size(), audited::toString);
        assertTrue(escalations.stream().allMatch(e -> e.getString("actor").equals("system")));
        JsonObject toDirectors = escalations.stream().filter(e -> e.getJsonObject("after").getInt("share") == 100)
                .findFirst().orElseThrow().getJsonObject("after");
        assertEquals("DIRECTOR", toDirectors.getString("notify"));
        assertEquals(List.of("dan", "dora.hq"), toDirectors.getJsonArray("notified").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject verdict = boss.get(t + "/audit/verify").json();
        assertTrue(verdict.getBoolean("valid"), verdict::toString);
    }

    @Test
    void eachMemberReadsAndMarksTheirOwnOnly() {
        String slug = newSlug("inbox");
        RestClient boss = tenant(slug);
        String t = "api/v1/tenants/" + slug;
        RestClient sara = member(slug, boss, "sara", "supervisor", "SEA_CENTRE");
        RestClient wang = member(slug, boss, "wang.fang", "specialist", "SEA_CENTRE");
        // the clock stands still: no rung falls due while the test runs, only the assignments notify
        clockAt("2026-11-20T09:00:00+08:00");
        String transitions = t + "/complaints/%s/transitions";
        String[] cases = new String[3];
        for (int i = 0; i < cases.length; i++) {
            JsonObject created = boss.post(t + "/complaints", ClocksIT.complaint("2026-11-20T09:00:00+08:00", ", \"region\": \"CN\"")).json();
            cases[i] = created.getString("caseNumber");
            String path = transitions.formatted(cases[i]);
            assertEquals(200, wang.post(path, "{\"action\": \"ACKNOWLEDGE\"}").status());
            assertEquals(200, wang.post(path, "{\"action\": \"REGISTER\"}").status());
            assertEquals(200, sara.post(path, "{\"action\": \"ASSIGN\", \"assignee\": \"wang.fang\"}").status());
        }
        // newest first, paged, with the unread count of all
        JsonObject first = wang.get(t + "/notifications?page=0&size=2").json();
        assertEquals(3, first.getInt("total"));
        assertEquals(3, first.getInt("unreadCount"));
        assertEquals(List.of(cases[2], cases[1]), items(first).stream().map(n -> n.getString("caseNumber")).toList());
        assertEquals(List.of(cases[0]), items(wang.get(t + "/notifications?page=1&size=2").json()).stream()
                .map(n -> n.getString("caseNumber")).toList());
        String id = items(first).get(0).getString("id");

        // nobody else reads or marks them: another member, or another tenant's member, gets 404
        assertEquals(0, sara.get(t + "/notifications").json().getInt("total"));
        assertProblem(sara.post(t + "/notifications/" + id + "/read", ""), 404);
        String other = newSlug("inbox-other");
        RestClient otherBoss = tenant(other);
        RestClient stranger = member(other, otherBoss, "wu.lei", "specialist", "SEA_CENTRE");
        assertProblem(stranger.post("api/v1/tenants/" + other + "/notifications/" + id + "/read", ""), 404);
        assertEquals(3, wang.get(t + "/notifications?unread=true").json().getInt("unreadCount"), "nothing was marked");

        JsonObject read = wang.post(t + "/notifications/" + id + "/read", "").json();
        assertTrue(read.getBoolean("read"));
        assertFalse(read.isNull("readAt"));
        JsonObject unread = wang.get(t + "/notifications?unread=true").json();
        assertEquals(2, unread.getInt("total"));
        assertEquals(2, unread.getInt("unreadCount"));
        assertTrue(items(unread).stream().noneMatch(n -> n.getString("id").equals(id)));

        RestClient.Reply bad = wang.get(t + "/notifications?unread=maybe&size=0");
        assertProblem(bad, 400);
        assertEquals(List.of("unread", "size"), errorFields(bad));

        JsonObject all = wang.post(t + "/notifications/read-all", "").json();
        assertEquals(2, all.getInt("marked"));
        assertEquals(0, all.getInt("unreadCount"));
        assertEquals(3, wang.get(t + "/notifications").json().getInt("total"), "read ones stay in the list");

        RestClient.Reply openapi = RestClient.at(URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/"))
                .get("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/tenants/{tenant}/notifications/read-all"), "the API is documented");
    }

    @Test
    void anOverdueCorrectiveActionNotifiesItsOwnerThenTheSupervisorsOfTheirUnitThenTheDirectors() {
        String slug = newSlug("notify-ledger");
        RestClient boss = tenant(slug);
        String t = "api/v1/tenants/" + slug;
        RestClient omar = member(slug, boss, "omar", "specialist", "SEA_CENTRE");
        RestClient sara = member(slug, boss, "sara", "supervisor", "SEA_CENTRE");
        RestClient sami = member(slug, boss, "sami", "supervisor", "MIDDLE_EAST_CENTRE");
        RestClient dan = member(slug, boss, "dan", "director", null);

        // due by the end of 3 December in Shanghai; the owner is told at the due time, the supervisor 31 hours
        // later, the director 62 hours later
        clockAt("2026-12-01T10:00:00+08:00");
        JsonObject created = sara.post(t + "/corrective-actions", CorrectiveActionsIT.action("Courier contracts", "omar",
                "2026-12-03", "")).json();
        String id = created.getString("id");
        clockAt("2026-12-08T09:00:00+08:00");
        RestClient.Reply sweep = admin().post("api/v1/operations/sweeps", "");
        assertEquals(200, sweep.status(), sweep::toString);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                boss.get(t + "/corrective-actions/" + id).json().getJsonArray("escalations").size() == 3);
        assertEquals(200, admin().post("api/v1/operations/sweeps", "").status());

        Map<String, RestClient> staff = Map.of("omar", omar, "sara", sara, "sami", sami, "dan", dan, "boss", boss);
        Map<String, Integer> expected = Map.of("omar", 1, "sara", 1, "dan", 1);
        for (Map.Entry<String, RestClient> member : staff.entrySet()) {
            List<JsonObject> mine = items(member.getValue().get(t + "/notifications", "en").json());
            assertEquals(expected.getOrDefault(member.getKey(), 0), mine.size(), member.getKey() + ": " + mine);
            for (JsonObject n : mine) {
                assertEquals("CORRECTIVE_ACTION_OVERDUE", n.getString("kind"));
                assertEquals(id, n.getString("actionId"));
                assertFalse(n.containsKey("caseNumber"));
                assertEquals("Corrective action \"Courier contracts\" was due at 2026-12-03T16:00:00Z and is not done",
                        n.getString("text"));
            }
        }

        List<JsonObject> audited = items(boss.get(t + "/audit?entityType=CORRECTIVE_ACTION&entityId=" + id + "&size=50").json());
        List<String> rungs = audited.stream().filter(e -> e.getString("action").equals("ESCALATED"))
                .map(e -> e.getString("actor") + ":" + e.getJsonObject("after").getString("notify")).sorted().toList();
        assertEquals(List.of("system:DIRECTOR", "system:OWNER", "system:SUPERVISOR"), rungs, audited::toString);
        JsonObject verdict = boss.get(t + "/audit/verify").json();
        assertTrue(verdict.getBoolean("valid"), verdict::toString);
    }

    @Test
    void anApprovalStepNotifiesWhoMaySignItAndWhenOverdueTheSupervisorsOfTheCasesUnitToo() {
        String slug = newSlug("notify-appr");
        RestClient boss = tenant(slug);
        String t = "api/v1/tenants/" + slug;
        RestClient siti = member(slug, boss, "siti", "specialist", "SEA_CENTRE");
        String profile = ", \"positions\": [\"regional-centre-head\"]";
        RestClient wei = memberWith(slug, boss, "wei", "supervisor", "SEA_CENTRE", profile);
        RestClient sara = memberWith(slug, boss, "sara", "supervisor", "MIDDLE_EAST_CENTRE", profile);
        RestClient lim = member(slug, boss, "lim", "supervisor", "SEA_CENTRE");

        // an IMPORTANT case of the SEA region: its plan needs the head of the SEA centre, not of another centre
        String caseNumber = ApprovalsIT.investigating(siti, wei, slug, """
                {"channel": "EMAIL", "receivedAt": "%s", "region": "SEA", "language": "en",
                 "complainant": {"name": "Tan Wei Ling", "kind": "PARTNER"}, "subject": "Late delivery",
                 "claimedLoss": {"amount": "5000.00", "currency": "CNY"}}""".formatted(ApprovalsIT.aMinuteAgo()), "siti");
        String complaint = t + "/complaints/" + caseNumber;
        assertEquals(200, siti.post(complaint + "/transitions", "{\"action\": \"PROPOSE_PLAN\", \"note\": \"Ship by air\"}").status());
        JsonObject plan = siti.get(complaint + "/approvals").value().asJsonArray().get(0).asJsonObject();
        String stepDue = plan.getJsonArray("steps").getJsonObject(0).getString("dueAt");

        Map<String, RestClient> staff = Map.of("siti", siti, "wei", wei, "sara", sara, "lim", lim, "boss", boss);
        assertEquals(Map.of("wei", List.of("APPROVAL_AWAITING")), approvalNotices(staff, t));
        JsonObject awaiting = items(wei.get(t + "/notifications", "en").json()).stream()
                .filter(n -> n.getString("kind").equals("APPROVAL_AWAITING")).findFirst().orElseThrow();
        assertEquals("Case " + caseNumber + ": step 1 of the PLAN approval awaits your signature, due at " + stepDue,
                awaiting.getString("text"));

        // past the step's deadline the scheduled check escalates it: whoever may still sign, and the supervisors of
        // the case's unit (the assignee's), are told
        clockAt(java.time.Instant.parse(stepDue).plus(Duration.ofHours(1)).toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                approvalNotices(staff, t).containsKey("lim"));
        assertEquals(Map.of("wei", List.of("APPROVAL_OVERDUE", "APPROVAL_AWAITING"), "lim", List.of("APPROVAL_OVERDUE")),
                approvalNotices(staff, t));
        List<JsonObject> audited = items(boss.get(t + "/audit?entityType=APPROVAL&entityId=" + plan.getString("id") + "&size=50").json());
        JsonObject overdue = audited.stream().filter(e -> e.getString("action").equals("ESCALATED")).findFirst()
                .orElseThrow(() -> new AssertionError(audited.toString()));
        assertEquals("system", overdue.getString("actor"));
        assertEquals(1, overdue.getJsonObject("after").getInt("step"));
        assertTrue(boss.get(t + "/audit/verify").json().getBoolean("valid"));
    }

    /** Each member's approval notifications, newest first; members with none left out. */
    static Map<String, List<String>> approvalNotices(Map<String, RestClient> staff, String t) {
        Map<String, List<String>> kinds = new TreeMap<>();
        staff.forEach((name, client) -> {
            List<String> mine = items(client.get(t + "/notifications?size=100").json()).stream().map(n -> n.getString("kind"))
                    .filter(k -> k.startsWith("APPROVAL_")).toList();
            if (!mine.isEmpty()) {
                kinds.put(name, mine);
            }
        });
        return kinds;
    }
}
