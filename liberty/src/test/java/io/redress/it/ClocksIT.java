package io.redress.it;

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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;

import static io.redress.it.SystemIT.assertProblem;
import static io.redress.it.SystemIT.bossPassword;
import static io.redress.it.SystemIT.errorFields;
import static io.redress.it.SystemIT.newSlug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stage clocks over days and weeks, played in seconds on the test server's adjustable clock: completing stages met or
 * missed, waiting for the customer and resuming, extensions, recurring progress updates, and the sweep that warns and
 * escalates each rung once. Every expected instant is computed by hand in the comments, in China Standard Time
 * (UTC+8) on the CN calendar: Monday–Friday 09:00–18:00 with the State Council's holidays.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClocksIT extends SystemTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-clocks");
    }

    void clockAt(String instant) {
        RestClient.Reply set = admin().put("api/v1/operations/clock", "{\"instant\": \"" + instant + "\"}");
        assertEquals(200, set.status(), set::toString);
        assertEquals(Instant.parse(set.json().getString("instant")), OffsetDateTime.parse(instant).toInstant());
    }

    @AfterEach
    void systemClockAgain() {
        assertEquals(200, admin().delete("api/v1/operations/clock").status());
    }

    RestClient tenant(String slug) {
        RestClient.Reply created = admin().post("api/v1/tenants", """
                {"slug": "%s", "name": "Clocks", "template": "overseas-grading", "locale": "en", "timeZone": "Asia/Shanghai",
                 "admin": {"username": "boss", "password": "%s"}}
                """.formatted(slug, bossPassword(slug)));
        assertEquals(201, created.status(), created::toString);
        return anonymous().as("boss", bossPassword(slug));
    }

    /** A specialist of the tenant, who works its cases (the administrator only configures). */
    RestClient specialist(String slug, RestClient boss) {
        RestClient.Reply created = boss.post("api/v1/tenants/" + slug + "/staff", """
                {"username": "wang.fang", "password": "specialist-secret", "roles": ["specialist"],
                 "languages": ["zh", "en"], "trainings": ["COMPLAINT_HANDLING"]}""");
        assertEquals(201, created.status(), created::toString);
        return anonymous().as("wang.fang", "specialist-secret");
    }

    static String complaint(String receivedAt, String extra) {
        return """
                {"channel": "EMAIL", "receivedAt": "%s",
                 "complainant": {"name": "王芳", "kind": "CUSTOMER"}, "subject": "发票开错了"%s}
                """.formatted(receivedAt, extra);
    }

    static JsonObject clock(JsonObject caseFile, String stage, int occurrence) {
        return caseFile.getJsonArray("deadlines").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("stage").equals(stage) && d.getInt("occurrence") == occurrence)
                .findFirst().orElseThrow(() -> new AssertionError("no clock " + stage + "#" + occurrence + " in " + caseFile));
    }

    static String due(JsonObject caseFile, String stage) {
        JsonValue due = clock(caseFile, stage, 1).get("dueAt");
        return due == JsonValue.NULL ? null : due.toString().replace("\"", "");
    }

    static List<String> kinds(JsonObject caseFile) {
        return caseFile.getJsonArray("timeline").stream().map(t -> t.asJsonObject().getString("kind")).toList();
    }

    static JsonObject last(JsonObject caseFile, String kind) {
        return caseFile.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("kind").equals(kind)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + kind + " in the timeline")).getJsonObject("detail");
    }

    @Test
    void complaintsReceivedAtAwkwardInstantsGetTheDueTimesComputedByHand() {
        String slug = newSlug("awkward");
        RestClient boss = tenant(slug);
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        // New Year's Day 2027 is a holiday of the New York office: the tenant adds it to its AMERICAS calendar
        assertEquals(200, boss.put("api/v1/tenants/" + slug + "/calendars/AMERICAS", """
                {"timeZone": "America/New_York",
                 "week": {"MONDAY": [["09:00","18:00"]], "TUESDAY": [["09:00","18:00"]], "WEDNESDAY": [["09:00","18:00"]],
                          "THURSDAY": [["09:00","18:00"]], "FRIDAY": [["09:00","18:00"]]},
                 "holidays": ["2027-01-01"]}""").status());
        clockAt("2027-01-05T12:00:00Z");

        // CN, Wednesday 2026-09-30 20:00, after hours on the eve of the National Day holiday (1–7 October), with
        // Saturday 10 October a make-up working day: the clock starts on Thursday 8 October 09:00
        JsonObject nationalDay = boss.post(complaints, complaint("2026-09-30T20:00:00+08:00", ", \"region\": \"CN\"")).json();
        assertEquals("2026-10-08T02:00:00Z", due(nationalDay, "RESPONSE"));       // Thu 8th 10:00
        assertEquals("2026-10-09T10:00:00Z", due(nationalDay, "REGISTRATION"));   // 2 WD: 8th, 9th → Fri 18:00
        assertEquals("2026-10-10T10:00:00Z", due(nationalDay, "INVESTIGATION"));  // 3 WD: 8th, 9th, Sat 10th → 18:00
        assertEquals("2026-10-15T10:00:00Z", due(nationalDay, "RESOLUTION"));     // 7 WD: 8, 9, 10, 12, 13, 14, 15

        // CN, on the make-up Saturday itself, 10:00
        JsonObject makeUp = boss.post(complaints, complaint("2026-10-10T10:00:00+08:00", ", \"region\": \"CN\"")).json();
        assertEquals("2026-10-10T03:00:00Z", due(makeUp, "RESPONSE"));           // Sat 11:00
        assertEquals("2026-10-13T10:00:00Z", due(makeUp, "REGISTRATION"));       // Mon 12th, Tue 13th → 18:00

        // EUROPE, in the night the clocks go back (Sunday 2026-10-25 01:30 BST, before 02:00 BST became 01:00 GMT):
        // Monday 26th 09:00 GMT is 09:00Z
        JsonObject dst = boss.post(complaints, complaint("2026-10-25T01:30:00+01:00", ", \"region\": \"EUROPE\"")).json();
        assertEquals("2026-10-26T10:00:00Z", due(dst, "RESPONSE"));              // Mon 10:00 GMT
        assertEquals("2026-10-27T18:00:00Z", due(dst, "REGISTRATION"));          // Tue 18:00 GMT

        // AMERICAS, the last half hour of 2026 (Thursday 31 December 17:30 EST): 30 minutes left that day, then
        // New Year's Day is a holiday and the weekend follows, so the other 30 minutes are Monday 4 January's
        JsonObject yearEnd = boss.post(complaints, complaint("2026-12-31T17:30:00-05:00", ", \"region\": \"AMERICAS\"")).json();
        assertEquals("2027-01-04T14:30:00Z", due(yearEnd, "RESPONSE"));          // Mon 09:30 EST
        assertEquals("2027-01-05T23:00:00Z", due(yearEnd, "REGISTRATION"));      // Mon 4th, Tue 5th → 18:00 EST
    }

    @Test
    void waitingForTheCustomerStopsTheClocksAndResumingMovesThemByTheWorkingTimePaused() {
        String slug = newSlug("pause");
        RestClient boss = tenant(slug);
        RestClient wang = specialist(slug, boss);
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        // Friday 2026-12-04 10:00: a GENERAL complaint
        clockAt("2026-12-04T10:00:00+08:00");
        JsonObject created = boss.post(complaints, complaint("2026-12-04T10:00:00+08:00", ", \"region\": \"CN\"")).json();
        String number = created.getString("caseNumber");
        assertEquals("GENERAL", created.getJsonObject("grade").getString("code"));
        assertEquals("2026-12-04T03:00:00Z", due(created, "RESPONSE"));      // Fri 11:00
        assertEquals("2026-12-08T10:00:00Z", due(created, "REGISTRATION"));  // +2 WD: Tue 18:00
        assertEquals("2026-12-15T10:00:00Z", due(created, "RESOLUTION"));    // +7 WD: Tue 15th 18:00
        String one = complaints + "/" + number;

        // Friday 17:00: the customer is asked for the invoice; RESPONSE is already late (due 11:00)
        clockAt("2026-12-04T17:00:00+08:00");
        RestClient.Reply waiting = wang.post(one + "/transitions", "{\"action\": \"WAIT_FOR_CUSTOMER\", \"note\": \"asked for the invoice\"}");
        assertEquals(200, waiting.status(), waiting::toString);
        assertEquals("WAITING_FOR_CUSTOMER", waiting.json().getString("status"));
        assertEquals("2026-12-04T09:00:00Z", waiting.json().getString("pausedAt"));
        assertTrue(clock(waiting.json(), "RESOLUTION", 1).getBoolean("paused"));
        assertProblem(wang.post(one + "/transitions", "{\"action\": \"WAIT_FOR_CUSTOMER\"}"), 409);
        assertProblem(wang.post(one + "/stages/REGISTRATION/complete", "{}"), 409);

        // while it waits, a clock that was not late when it stopped does not become late: on Wednesday only
        // RESPONSE (late before the pause) makes the case overdue
        clockAt("2026-12-09T12:00:00+08:00");
        JsonObject meanwhile = boss.get(one).json();
        assertTrue(clock(meanwhile, "RESPONSE", 1).getBoolean("overdue"));
        assertFalse(clock(meanwhile, "REGISTRATION", 1).getBoolean("overdue"), "REGISTRATION stands still");
        assertEquals(number, boss.get(complaints + "?overdue=true").json().getJsonArray("items").getJsonObject(0).getString("caseNumber"));

        // the customer answers on Wednesday 12:00: the pause swallowed Friday 17–18 (1 h), Monday and Tuesday
        // (2 × 9 h) and Wednesday 09–12 (3 h) = 22 working hours
        RestClient.Reply resumed = wang.post(one + "/transitions", "{\"action\": \"RESUME\"}");
        assertEquals(200, resumed.status(), resumed::toString);
        JsonObject after = resumed.json();
        assertEquals("RECEIVED", after.getString("status"));
        assertEquals(JsonValue.NULL, after.get("pausedAt"));
        assertEquals(22 * 60, last(after, "RESUMED").getInt("workingMinutesPaused"));
        // RESPONSE Fri 11:00 + 22 WH: Fri 11–18 (7), Mon (9), Tue 09–15 (6) → Tue 2026-12-08 15:00
        assertEquals("2026-12-08T07:00:00Z", due(after, "RESPONSE"));
        // REGISTRATION Tue 18:00 + 22 WH: Wed (9), Thu (9), Fri 09–13 (4) → Fri 2026-12-11 13:00
        assertEquals("2026-12-11T05:00:00Z", due(after, "REGISTRATION"));
        // RESOLUTION Tue 15th 18:00 + 22 WH → Fri 2026-12-18 13:00
        assertEquals("2026-12-18T05:00:00Z", due(after, "RESOLUTION"));
        assertNull(due(after, "PLAN"), "PLAN has not started: it waits for INVESTIGATION");
        assertFalse(clock(after, "REGISTRATION", 1).getBoolean("paused"));
        assertTrue(kinds(after).containsAll(List.of("WAITING_FOR_CUSTOMER", "RESUMED")));
        assertProblem(wang.post(one + "/transitions", "{\"action\": \"RESUME\"}"), 409);
        RestClient.Reply bad = wang.post(one + "/transitions", "{\"action\": \"DANCE\"}");
        assertProblem(bad, 400);
        assertEquals(List.of("action"), errorFields(bad));
    }

    @Test
    void completingStagesRecordsMetOrMissedStartsTheNextAndRecursProgressUpdatesUntilResolved() {
        String slug = newSlug("stages");
        RestClient boss = tenant(slug);
        RestClient wang = specialist(slug, boss);
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        // Monday 2026-12-07 09:30: an IMPORTANT complaint (a loss of 5,000 CNY)
        clockAt("2026-12-07T09:30:00+08:00");
        JsonObject created = boss.post(complaints, complaint("2026-12-07T09:30:00+08:00",
                ", \"region\": \"CN\", \"claimedLoss\": {\"amount\": \"5000.00\", \"currency\": \"CNY\"}")).json();
        assertEquals("IMPORTANT", created.getJsonObject("grade").getString("code"));
        String one = complaints + "/" + created.getString("caseNumber");
        assertEquals("2026-12-07T02:30:00Z", due(created, "RESPONSE"));         // Mon 10:30
        assertEquals("2026-12-14T10:00:00Z", due(created, "INVESTIGATION"));    // +5 WD: Mon 14th 18:00
        assertEquals("2026-12-10T10:00:00Z", due(created, "PROGRESS_UPDATE"));  // every 3 WD: Thu 10th 18:00
        assertEquals("2026-12-28T10:00:00Z", due(created, "RESOLUTION"));       // +15 WD: Mon 28th 18:00

        clockAt("2026-12-07T10:00:00+08:00");
        JsonObject responded = wang.post(one + "/stages/RESPONSE/complete", "{\"note\": \"called back\"}").json();
        assertTrue(clock(responded, "RESPONSE", 1).getBoolean("met"));
        assertEquals("2026-12-07T02:00:00Z", clock(responded, "RESPONSE", 1).getString("completedAt"));
        assertEquals("COMPLETED", clock(responded, "RESPONSE", 1).getString("outcome"));
        assertProblem(wang.post(one + "/stages/RESPONSE/complete", "{}"), 409);
        assertProblem(wang.post(one + "/stages/PLAN/complete", "{}"), 409);          // waits for INVESTIGATION
        assertProblem(wang.post(one + "/stages/CONTAINMENT/complete", "{}"), 404);   // not in an IMPORTANT plan

        // Tuesday 15th 10:00: the investigation is a day late, and so is the first progress update
        clockAt("2026-12-15T10:00:00+08:00");
        JsonObject investigated = wang.post(one + "/stages/INVESTIGATION/complete", "{}").json();
        assertFalse(clock(investigated, "INVESTIGATION", 1).getBoolean("met"));
        // PLAN: INVESTIGATION + 3 WD from Tue 15th 10:00 → Fri 18th 18:00
        assertEquals("2026-12-18T10:00:00Z", due(investigated, "PLAN"));
        assertEquals("2026-12-15T02:00:00Z", clock(investigated, "PLAN", 1).getString("startedAt"));
        JsonObject updated = wang.post(one + "/stages/PROGRESS_UPDATE/complete", "{\"note\": \"told the customer\"}").json();
        assertFalse(clock(updated, "PROGRESS_UPDATE", 1).getBoolean("met"));
        // the next update: 3 WD after this one → Fri 18th 18:00
        assertEquals("2026-12-18T10:00:00Z", clock(updated, "PROGRESS_UPDATE", 2).getString("dueAt"));

        // an extension of the resolution: only a supervisor or above grants it, with a reason
        RestClient.Reply staff = boss.post("api/v1/tenants/" + slug + "/staff",
                "{\"username\": \"li.supervisor\", \"password\": \"supervisor-secret\", \"roles\": [\"supervisor\"]}");
        assertEquals(201, staff.status(), staff::toString);
        assertProblem(boss.post(one + "/stages/RESOLUTION/extensions",
                "{\"amount\": 2, \"unit\": \"WORKING_DAYS\", \"reason\": \"parts on order\"}"), 403);
        RestClient supervisor = anonymous().as("li.supervisor", "supervisor-secret");
        RestClient.Reply badExtension = supervisor.post(one + "/stages/RESOLUTION/extensions", "{\"amount\": 0, \"unit\": \"WEEKS\"}");
        assertProblem(badExtension, 400);
        assertEquals(List.of("amount", "unit", "reason"), errorFields(badExtension));
        JsonObject extended = supervisor.post(one + "/stages/RESOLUTION/extensions",
                "{\"amount\": 2, \"unit\": \"WORKING_DAYS\", \"reason\": \"parts on order\"}").json();
        // Mon 28th 18:00 + 2 WD → Wed 30th 18:00
        assertEquals("2026-12-30T10:00:00Z", due(extended, "RESOLUTION"));
        JsonObject extension = last(extended, "DEADLINE_EXTENDED");
        assertEquals("2026-12-28T10:00:00Z", extension.getString("from"));
        assertEquals("li.supervisor", extension.getString("approvedBy"));

        // resolved on Thursday 17th: the recurring updates end, FEEDBACK starts (+1 WD → Fri 18th 18:00)
        clockAt("2026-12-17T16:00:00+08:00");
        JsonObject resolved = wang.post(one + "/stages/RESOLUTION/complete", "{}").json();
        assertTrue(clock(resolved, "RESOLUTION", 1).getBoolean("met"));
        JsonObject lastUpdate = clock(resolved, "PROGRESS_UPDATE", 2);
        assertEquals("CANCELLED", lastUpdate.getString("outcome"));
        assertEquals(JsonValue.NULL, lastUpdate.get("met"), "cancelled before it was due: neither met nor missed");
        assertEquals("2026-12-18T10:00:00Z", due(resolved, "FEEDBACK"));
        assertProblem(wang.post(one + "/stages/PROGRESS_UPDATE/complete", "{}"), 409);
        assertEquals(2, resolved.getJsonArray("deadlines").stream()
                .filter(d -> d.asJsonObject().getString("stage").equals("PROGRESS_UPDATE")).count());
    }

    @Test
    void theSweepWarnsAndEscalatesEachRungOnceAndNotWhileTheCaseWaits() {
        String slug = newSlug("sweep");
        RestClient boss = tenant(slug);
        RestClient wang = specialist(slug, boss);
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        // the MAJOR ladder of the template: 50 % assignee, 80 % supervisor, 100 % director, 110 % management
        JsonObject policy = boss.get("api/v1/tenants/" + slug + "/policy").json();
        assertEquals(List.of(50, 80, 100, 110), policy.getJsonObject("escalation").getJsonArray("MAJOR").stream()
                .map(r -> r.asJsonObject().getInt("share")).toList());

        // Monday 2026-12-07 09:00: a MAJOR complaint (the regulator is involved)
        clockAt("2026-12-07T09:00:00+08:00");
        JsonObject created = boss.post(complaints, complaint("2026-12-07T09:00:00+08:00", ", \"region\": \"CN\", \"flags\": [\"REGULATOR_RISK\"]")).json();
        assertEquals("MAJOR", created.getJsonObject("grade").getString("code"));
        String one = complaints + "/" + created.getString("caseNumber");
        // RESPONSE 1 working hour, CONTAINMENT 1 hour: both due at 10:00; the 50 % rung at 09:30
        assertEquals("2026-12-07T01:30:00Z", clock(created, "RESPONSE", 1).getString("nextEscalationAt"));

        // 09:40: the 50 % rung of both one-hour clocks has passed, nothing else (INVESTIGATION_PLAN's 50 % of 27
        // working hours is Tuesday 13:30)
        clockAt("2026-12-07T09:40:00+08:00");
        JsonObject early = waitFor(boss, one, c -> c.getJsonArray("escalations").size() >= 2);
        assertEquals(2, early.getJsonArray("escalations").size(), early::toString);
        JsonObject firstRung = early.getJsonArray("escalations").getJsonObject(0);
        assertEquals(50, firstRung.getInt("share"));
        assertEquals("ASSIGNEE", firstRung.getString("notify"));
        assertTrue(firstRung.getBoolean("warning"));
        assertEquals("2026-12-07T01:30:00Z", firstRung.getString("reachedAt"));

        // 10:30: 80 % (09:48), 100 % (10:00) and 110 % (10:06) of both
        clockAt("2026-12-07T10:30:00+08:00");
        JsonObject late = waitFor(boss, one, c -> c.getJsonArray("escalations").size() >= 8);
        assertEquals(8, late.getJsonArray("escalations").size(), late::toString);
        List<String> responseRungs = late.getJsonArray("escalations").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("stage").equals("RESPONSE"))
                .map(e -> e.getInt("share") + ":" + e.getString("notify") + "@" + e.getString("reachedAt")).toList();
        assertEquals(List.of("50:ASSIGNEE@2026-12-07T01:30:00Z", "80:SUPERVISOR@2026-12-07T01:48:00Z",
                "100:DIRECTOR@2026-12-07T02:00:00Z", "110:MANAGEMENT@2026-12-07T02:06:00Z"), responseRungs);
        assertEquals(4, kinds(late).stream().filter("DEADLINE_WARNING"::equals).count());
        assertEquals(4, kinds(late).stream().filter("ESCALATED"::equals).count());
        assertEquals(JsonValue.NULL, clock(late, "RESPONSE", 1).get("nextEscalationAt"), "every rung reached");
        assertTrue(late.getBoolean("overdue"));

        // sweeping again, by hand, adds nothing: each rung once
        for (int i = 0; i < 2; i++) {
            RestClient.Reply sweep = admin().post("api/v1/operations/sweeps", "");
            assertEquals(200, sweep.status(), sweep::toString);
        }
        assertEquals(8, boss.get(one).json().getJsonArray("escalations").size());

        // the case waits for the customer from 10:30 to Wednesday: INVESTIGATION_PLAN's 50 % rung (Tuesday 13:30)
        // is not reached while its clock stands still
        wang.post(one + "/transitions", "{\"action\": \"WAIT_FOR_CUSTOMER\"}");
        clockAt("2026-12-09T12:00:00+08:00");
        RestClient.Reply sweep = admin().post("api/v1/operations/sweeps", "");
        assertEquals(200, sweep.status(), sweep::toString);
        assertEquals(8, boss.get(one).json().getJsonArray("escalations").size());
        // resumed at Wednesday 12:00 after 7.5 + 9 + 3 = 19.5 working hours: the rung moves by as much,
        // Tuesday 13:30 → Thursday 2026-12-10 15:00
        JsonObject resumed = wang.post(one + "/transitions", "{\"action\": \"RESUME\"}").json();
        assertEquals("2026-12-10T07:00:00Z", clock(resumed, "INVESTIGATION_PLAN", 1).getString("nextEscalationAt"));

        // only the platform administrator runs sweeps and sets clocks; a tenant's staff are unknown there
        assertProblem(boss.post("api/v1/operations/sweeps", ""), 401);
        assertProblem(boss.put("api/v1/operations/clock", "{\"instant\": \"2026-12-09T12:00:00Z\"}"), 401);
    }

    /** Waits until the scheduled sweep (every second on the test server) has done its work, polling the case. */
    private static JsonObject waitFor(RestClient client, String path, Predicate<JsonObject> condition) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> client.get(path).json(), condition);
    }
}
