package io.redress.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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
 * The approvals engine through the API, on the chains of Policy A (general-feedback) and Policy C (overseas-grading):
 * each threshold reaches its approvers, every role or person who must not sign is refused, a signature needs the
 * signer's password, a rejection goes back with its reason, a delegate signs for someone away, and the stored hash is
 * the SHA-256 of exactly what was approved.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApprovalsIT extends SystemTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-approvals");
    }

    RestClient onboard(String slug, String template) {
        RestClient.Reply onboarded = admin().post("api/v1/tenants", """
                {"slug": "%s", "name": "Approvals", "template": "%s", "locale": "zh-CN", "timeZone": "Asia/Shanghai",
                 "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, template, bossPassword(slug)));
        assertEquals(201, onboarded.status(), onboarded::toString);
        return anonymous().as("boss", bossPassword(slug));
    }

    static String sign(String decision, String comment, String password) {
        String remark = comment == null ? "" : ", \"comment\": \"" + comment + "\"";
        return "{\"decision\": \"" + decision + "\", \"password\": \"" + password + "\"" + remark + "}";
    }

    /** Signs with the signer's own password. */
    static RestClient.Reply decide(RestClient signer, String slug, String id, String decision, String comment, String username) {
        return signer.post("api/v1/tenants/" + slug + "/approvals/" + id + "/decision", sign(decision, comment, password(username)));
    }

    static List<String> roles(JsonObject request) {
        return request.getJsonArray("steps").stream()
                .map(s -> s.asJsonObject().getJsonArray("approvers").getJsonObject(0).getString("role")).toList();
    }

    static List<String> assignedIds(RestClient who, String slug) {
        RestClient.Reply reply = who.get("api/v1/tenants/" + slug + "/approvals?assignedToMe=true");
        assertEquals(200, reply.status(), reply::toString);
        return reply.value().asJsonArray().stream().map(r -> r.asJsonObject().getString("id")).toList();
    }

    static List<String> timelineKinds(JsonObject caseFile) {
        return caseFile.getJsonArray("timeline").stream().map(t -> t.asJsonObject().getString("kind")).toList();
    }

    static String resolutionDue(JsonObject caseFile) {
        return caseFile.getJsonArray("deadlines").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("stage").equals("RESOLUTION")).findFirst().orElseThrow().getString("dueAt");
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Received a minute ago: no stage clock of the case escalates while the test works it, so the sweep does not
     * write to its timeline at the same time.
     */
    static String aMinuteAgo() {
        return Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    void clockAt(Instant instant) {
        RestClient.Reply set = admin().put("api/v1/operations/clock", "{\"instant\": \"" + instant + "\"}");
        assertEquals(200, set.status(), set::toString);
    }

    @AfterEach
    void systemClockAgain() {
        assertEquals(200, admin().delete("api/v1/operations/clock").status());
    }

    /** Takes a new case to INVESTIGATING, assigned (so owned by the assignee's unit). */
    static String investigating(RestClient worker, RestClient lead, String slug, String body, String assignee) {
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        RestClient.Reply created = worker.post(complaints, body);
        assertEquals(201, created.status(), created::toString);
        String caseNumber = created.json().getString("caseNumber");
        String transitions = complaints + "/" + caseNumber + "/transitions";
        assertEquals(200, worker.post(transitions, act("ACKNOWLEDGE")).status());
        assertEquals(200, worker.post(transitions, act("REGISTER")).status());
        RestClient.Reply assigned = lead.post(transitions, "{\"action\": \"ASSIGN\", \"assignee\": \"" + assignee + "\"}");
        assertEquals(200, assigned.status(), assigned::toString);
        assertEquals(200, worker.post(transitions, act("START_INVESTIGATION")).status());
        return caseNumber;
    }

    @Test
    void policyARoutesRefundsByThresholdAndPurchasesThroughHeadFinanceAndCeo() {
        String slug = newSlug("appr-a");
        RestClient boss = onboard(slug, "general-feedback");
        String dept = ", \"unit\": \"COMPLAINT_DEPARTMENT\"";
        RestClient sam = staff(slug, boss, "sam", "specialist", dept);
        RestClient sue = staff(slug, boss, "sue", "supervisor", dept + ", \"positions\": [\"supervisor\"]");
        RestClient dirk = staff(slug, boss, "dirk", "director", dept + ", \"positions\": [\"director\"]");
        RestClient dora = staff(slug, boss, "dora", "director", ", \"unit\": \"MARKETING\", \"positions\": [\"director\"]");
        RestClient hana = staff(slug, boss, "hana", "director", dept + ", \"positions\": [\"department-head\"]");
        RestClient fiona = staff(slug, boss, "fiona", "supervisor", ", \"unit\": \"FINANCE\", \"positions\": [\"finance\"]");
        RestClient chen = staff(slug, boss, "chen", "management", ", \"positions\": [\"ceo\"]");
        RestClient audrey = staff(slug, boss, "audrey", "auditor", "");

        String caseNumber = investigating(sam, sue, slug, """
                {"channel": "PHONE", "receivedAt": "%s",
                 "complainant": {"name": "王芳", "kind": "CUSTOMER"}, "subject": "Broken kettle"}""".formatted(aMinuteAgo()), "sam");
        String approvals = "api/v1/tenants/" + slug + "/complaints/" + caseNumber + "/approvals";

        // only staff who work cases ask for approvals
        String refundBody = """
                {"type": "REFUND", "amount": {"amount": "12000.00", "currency": "CNY"}, "subject": "Refund the kettle and the delivery"}""";
        assertProblem(audrey.post(approvals, refundBody), 403);
        assertProblem(boss.post(approvals, refundBody), 403);
        assertProblem(anonymous().post(approvals, refundBody), 401);
        assertEquals(0, sam.get(approvals).value().asJsonArray().size(), "a refused request leaves nothing");

        // a refund above 10,000 CNY reaches the director; one within it a supervisor
        RestClient.Reply small = sam.post(approvals, """
                {"type": "REFUND", "amount": {"amount": "8000.00", "currency": "CNY"}, "subject": "Partial refund"}""");
        assertEquals(201, small.status(), small::toString);
        assertEquals("refund-within-threshold", small.json().getString("rule"));
        assertEquals(List.of("supervisor"), roles(small.json()));
        RestClient.Reply created = sam.post(approvals, refundBody);
        assertEquals(201, created.status(), created::toString);
        JsonObject refund = created.json();
        String id = refund.getString("id");
        assertEquals("refund-above-threshold", refund.getString("rule"));
        assertEquals(List.of("director"), roles(refund));
        assertEquals("PENDING", refund.getString("status"));
        assertTrue(refund.getJsonArray("steps").getJsonObject(0).get("dueAt") != JsonValue.NULL, "the first step starts at once");

        // exactly what is approved, canonical, and its SHA-256
        String expected = "{\"amount\":\"12000.00\",\"caseNumber\":\"" + caseNumber + "\",\"currency\":\"CNY\","
                + "\"subject\":\"Refund the kettle and the delivery\",\"type\":\"REFUND\",\"version\":2}";
        assertEquals(expected, refund.getString("content"));
        assertEquals(sha256(expected), refund.getString("contentHash"));

        assertTrue(assignedIds(dirk, slug).contains(id));
        assertFalse(assignedIds(sue, slug).contains(id), "a supervisor is not asked for a refund above the threshold");
        assertFalse(assignedIds(dora, slug).contains(id), "the director of another department is not asked");
        assertTrue(assignedIds(sue, slug).contains(small.json().getString("id")));

        // who must not sign is refused, and a wrong password signs nothing
        assertProblem(decide(sue, slug, id, "APPROVE", null, "sue"), 403);
        assertProblem(decide(dora, slug, id, "APPROVE", null, "dora"), 403);
        assertProblem(decide(sam, slug, id, "APPROVE", null, "sam"), 403);
        assertProblem(decide(audrey, slug, id, "APPROVE", null, "audrey"), 403);
        assertProblem(boss.post("api/v1/tenants/" + slug + "/approvals/" + id + "/decision", sign("APPROVE", null, bossPassword(slug))), 403);
        assertProblem(dirk.post("api/v1/tenants/" + slug + "/approvals/" + id + "/decision", sign("APPROVE", null, "not-my-password")), 403);
        RestClient.Reply unsigned = dirk.post("api/v1/tenants/" + slug + "/approvals/" + id + "/decision", "{\"decision\": \"APPROVE\"}");
        assertProblem(unsigned, 400);
        assertEquals(List.of("password"), errorFields(unsigned));
        JsonObject untouched = dirk.get("api/v1/tenants/" + slug + "/approvals/" + id).json();
        assertEquals("PENDING", untouched.getString("status"));
        assertEquals(0, untouched.getJsonArray("signatures").size());

        RestClient.Reply signed = decide(dirk, slug, id, "APPROVE", "ok, the kettle is defective", "dirk");
        assertEquals(200, signed.status(), signed::toString);
        JsonObject approved = signed.json();
        assertEquals("APPROVED", approved.getString("status"));
        JsonObject signature = approved.getJsonArray("signatures").getJsonObject(0);
        assertEquals("dirk", signature.getString("signer"));
        assertEquals("director", signature.getJsonObject("approver").getString("role"));
        assertEquals(sha256(expected), signature.getString("payloadHash"));
        assertTrue(signature.get("onBehalfOf") == JsonValue.NULL);
        assertFalse(signature.getString("signedAt").isBlank());
        assertProblem(decide(dirk, slug, id, "APPROVE", null, "dirk"), 409);
        assertFalse(assignedIds(dirk, slug).contains(id), "a decided request leaves the inbox");
        // the request, the signature and the outcome are in the audit trail, in order, and the chain holds
        List<String> audited = audrey.get("api/v1/tenants/" + slug + "/audit?entityType=APPROVAL&entityId=" + id).json()
                .getJsonArray("items").stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertEquals(List.of("APPROVED", "SIGNED", "REQUESTED"), audited, "newest first");
        assertTrue(audrey.get("api/v1/tenants/" + slug + "/audit/verify").json().getBoolean("valid"));

        // a purchase: department head, then finance, then the CEO, in that order
        JsonObject purchase = sam.post(approvals, """
                {"type": "PURCHASE", "amount": {"amount": "3000.00", "currency": "CNY"}, "subject": "Replacement kettles"}""").json();
        String p = purchase.getString("id");
        assertEquals("purchase-chain", purchase.getString("rule"));
        assertEquals(List.of("department-head", "finance", "ceo"), roles(purchase));
        assertProblem(decide(fiona, slug, p, "APPROVE", null, "fiona"), 403);
        assertProblem(decide(chen, slug, p, "APPROVE", null, "chen"), 403);
        JsonObject first = decide(hana, slug, p, "APPROVE", null, "hana").json();
        assertEquals("PENDING", first.getString("status"));
        assertEquals(2, first.getInt("currentStep"));
        assertEquals("APPROVED", first.getJsonArray("steps").getJsonObject(0).getString("status"));
        assertTrue(first.getJsonArray("steps").getJsonObject(1).get("dueAt") != JsonValue.NULL);
        assertTrue(first.getJsonArray("steps").getJsonObject(2).get("dueAt") == JsonValue.NULL, "the CEO's step has not started");
        assertProblem(decide(chen, slug, p, "APPROVE", null, "chen"), 403);
        assertEquals(3, decide(fiona, slug, p, "APPROVE", null, "fiona").json().getInt("currentStep"));
        JsonObject bought = decide(chen, slug, p, "APPROVE", null, "chen").json();
        assertEquals("APPROVED", bought.getString("status"));
        assertEquals(List.of("hana", "fiona", "chen"),
                bought.getJsonArray("signatures").stream().map(s -> s.asJsonObject().getString("signer")).toList());

        JsonObject caseFile = sam.get("api/v1/tenants/" + slug + "/complaints/" + caseNumber).json();
        List<String> kinds = timelineKinds(caseFile);
        assertEquals(3, kinds.stream().filter("APPROVAL_REQUESTED"::equals).count(), kinds::toString);
        assertEquals(4, kinds.stream().filter("APPROVAL_SIGNED"::equals).count(), kinds::toString);
        assertEquals(2, kinds.stream().filter("APPROVAL_APPROVED"::equals).count(), kinds::toString);

        // a step left past its deadline (one working day) is escalated, once
        String late = sam.post(approvals, """
                {"type": "PURCHASE", "amount": {"amount": "900.00", "currency": "CNY"}, "subject": "Spare lids"}""").json().getString("id");
        clockAt(Instant.now().plus(Duration.ofDays(10)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                sam.get("api/v1/tenants/" + slug + "/approvals/" + late).json().getJsonArray("steps").getJsonObject(0)
                        .get("escalatedAt") != JsonValue.NULL);
        Awaitility.await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                overdueEntries(sam.get("api/v1/tenants/" + slug + "/complaints/" + caseNumber).json(), late) == 1);
        JsonObject stillPending = sam.get("api/v1/tenants/" + slug + "/approvals/" + late).json();
        assertEquals("PENDING", stillPending.getString("status"), "an escalation does not decide");
        assertTrue(stillPending.getJsonArray("steps").getJsonObject(1).get("escalatedAt") == JsonValue.NULL,
                "a step not started is not late");
    }

    static long overdueEntries(JsonObject caseFile, String requestId) {
        return caseFile.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("kind").equals("APPROVAL_OVERDUE"))
                .filter(t -> t.getJsonObject("detail").getString("requestId").equals(requestId)).count();
    }

    @Test
    void policyCMajorPlanNeedsManagementLargeCompensationTheGeneralManagersOfficeAndADelegateSignsForSomeoneAway() {
        String slug = newSlug("appr-c");
        RestClient boss = onboard(slug, "overseas-grading");
        RestClient omar = staff(slug, boss, "omar", "specialist",
                ", \"unit\": \"MIDDLE_EAST_CENTRE\", \"languages\": [\"ar\", \"en\"], \"trainings\": [\"COMPLAINT_HANDLING\"],"
                + " \"groups\": [\"HQ_TASK_FORCE\"]");
        RestClient sara = staff(slug, boss, "sara", "supervisor", ", \"unit\": \"MIDDLE_EAST_CENTRE\", \"positions\": [\"regional-centre-head\"]");
        RestClient mona = staff(slug, boss, "mona", "management", ", \"unit\": \"MANAGEMENT\", \"positions\": [\"management\"]");
        RestClient gina = staff(slug, boss, "gina", "management", ", \"unit\": \"GENERAL_MANAGERS_OFFICE\", \"positions\": [\"general-manager\"]");
        RestClient dave = staff(slug, boss, "dave", "supervisor", ", \"unit\": \"HQ_CUSTOMER_SERVICE\"");

        String caseNumber = investigating(omar, sara, slug, """
                {"channel": "WHATSAPP", "receivedAt": "%s", "region": "MIDDLE_EAST", "language": "ar",
                 "complainant": {"name": "Fatima Al Mansoori", "kind": "CUSTOMER"}, "subject": "Container lost",
                 "claimedLoss": {"amount": "20000.00", "currency": "CNY"}}""".formatted(aMinuteAgo()), "omar");
        String complaint = "api/v1/tenants/" + slug + "/complaints/" + caseNumber;
        String transitions = complaint + "/transitions";
        assertEquals("MAJOR", omar.get(complaint).json().getJsonObject("grade").getString("code"));

        // proposing the plan of a major case puts it to management
        assertEquals("PLAN_PROPOSED", omar.post(transitions,
                "{\"action\": \"PROPOSE_PLAN\", \"note\": \"Refund the freight\"}").json().getString("status"));
        List<JsonValue> requests = omar.get(complaint + "/approvals").value().asJsonArray();
        assertEquals(1, requests.size());
        JsonObject plan = requests.get(0).asJsonObject();
        String planId = plan.getString("id");
        assertEquals("PLAN", plan.getString("type"));
        assertEquals("major-plan-by-management", plan.getString("rule"));
        assertEquals(List.of("management"), roles(plan));
        assertEquals("Refund the freight", plan.getString("subject"));

        // nobody approves or rejects it by hand while the chain runs; the regional head is not asked
        assertProblem(sara.post(transitions, act("APPROVE_PLAN")), 409);
        assertProblem(sara.post(transitions, "{\"action\": \"REJECT_PLAN\", \"note\": \"no\"}"), 409);
        assertProblem(decide(sara, slug, planId, "APPROVE", null, "sara"), 403);
        assertTrue(assignedIds(mona, slug).contains(planId));

        // a rejection needs its reason, and goes back with it
        RestClient.Reply bare = decide(mona, slug, planId, "REJECT", null, "mona");
        assertProblem(bare, 400);
        assertEquals(List.of("comment"), errorFields(bare));
        JsonObject rejected = decide(mona, slug, planId, "REJECT", "Add the public statement", "mona").json();
        assertEquals("REJECTED", rejected.getString("status"));
        JsonObject back = omar.get(complaint).json();
        assertEquals("INVESTIGATING", back.getString("status"));
        JsonObject lastTransition = back.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(t -> t.getString("kind").equals("TRANSITION")).reduce((a, b) -> b).orElseThrow();
        assertTrue(lastTransition.toString().contains("REJECT_PLAN") && lastTransition.toString().contains("Add the public statement"),
                lastTransition::toString);

        // the second version; management is away and has a delegate
        omar.post(transitions, "{\"action\": \"PROPOSE_PLAN\", \"note\": \"Refund the freight and publish a statement\"}");
        JsonObject second = omar.get(complaint + "/approvals").value().asJsonArray().get(1).asJsonObject();
        assertEquals(2, second.getInt("version"));
        assertNotEquals(plan.getString("contentHash"), second.getString("contentHash"));
        String secondId = second.getString("id");
        assertFalse(assignedIds(dave, slug).contains(secondId));
        assertProblem(sara.put("api/v1/tenants/" + slug + "/staff/mona/delegation",
                "{\"to\": \"sara\", \"until\": \"2099-01-01T00:00:00Z\"}"), 403);
        assertEquals(200, mona.put("api/v1/tenants/" + slug + "/staff/mona/delegation",
                "{\"to\": \"dave\", \"until\": \"2099-01-01T00:00:00Z\"}").status());
        assertTrue(assignedIds(dave, slug).contains(secondId));
        JsonObject byDelegate = decide(dave, slug, secondId, "APPROVE", "signed for mona", "dave").json();
        assertEquals("APPROVED", byDelegate.getString("status"));
        JsonObject delegated = byDelegate.getJsonArray("signatures").getJsonObject(0);
        assertEquals("dave", delegated.getString("signer"));
        assertEquals("mona", delegated.getString("onBehalfOf"));
        assertEquals(sha256(byDelegate.getString("content")), delegated.getString("payloadHash"));
        assertEquals("PLAN_APPROVED", omar.get(complaint).json().getString("status"));

        // compensation above 100,000 CNY: management, then the general manager's office
        RestClient.Reply asked = omar.post(complaint + "/approvals", """
                {"type": "COMPENSATION", "amount": {"amount": "150000.00", "currency": "CNY"}, "subject": "Compensate the lost goods"}""");
        assertEquals(201, asked.status(), asked::toString);
        JsonObject compensation = asked.json();
        String c = compensation.getString("id");
        assertEquals("major-compensation-above-threshold", compensation.getString("rule"));
        assertEquals(List.of("management", "general-manager"), roles(compensation));
        assertEquals("GENERAL_MANAGERS_OFFICE", compensation.getJsonArray("steps").getJsonObject(1)
                .getJsonArray("approvers").getJsonObject(0).getString("scope"));
        assertProblem(decide(gina, slug, c, "APPROVE", null, "gina"), 403);
        assertEquals(2, decide(mona, slug, c, "APPROVE", null, "mona").json().getInt("currentStep"));
        assertProblem(decide(mona, slug, c, "APPROVE", null, "mona"), 403);
        assertProblem(decide(dave, slug, c, "APPROVE", null, "dave"), 403);
        JsonObject granted = decide(gina, slug, c, "APPROVE", null, "gina").json();
        assertEquals("APPROVED", granted.getString("status"));
        assertEquals(sha256(granted.getString("content")), granted.getString("contentHash"));

        // more time for the resolution of a major case needs management; approved, the stage's due time moves
        String resolutionDue = resolutionDue(omar.get(complaint).json());
        RestClient.Reply extension = omar.post(complaint + "/approvals", """
                {"type": "EXTENSION", "subject": "Customs hold in Jebel Ali", "stage": "RESOLUTION",
                 "extendBy": {"amount": 5, "unit": "WORKING_DAYS"}}""");
        assertEquals(201, extension.status(), extension::toString);
        assertEquals("major-extension-by-management", extension.json().getString("rule"));
        assertEquals(List.of("management"), roles(extension.json()));
        String e = extension.json().getString("id");
        assertProblem(decide(omar, slug, e, "APPROVE", null, "omar"), 403);
        assertEquals(resolutionDue, resolutionDue(omar.get(complaint).json()), "not before it is approved");
        assertEquals("APPROVED", decide(mona, slug, e, "APPROVE", null, "mona").json().getString("status"));
        JsonObject extended = omar.get(complaint).json();
        assertTrue(Instant.parse(resolutionDue(extended)).isAfter(Instant.parse(resolutionDue)), extended::toString);
        assertTrue(timelineKinds(extended).contains("DEADLINE_EXTENDED"));

        // a smaller compensation needs no one: recorded as approved, with the rule that said so
        JsonObject small = omar.post(complaint + "/approvals", """
                {"type": "COMPENSATION", "amount": {"amount": "5000.00", "currency": "CNY"}, "subject": "Goodwill voucher"}""").json();
        assertEquals("APPROVED", small.getString("status"));
        assertEquals("no-approval-needed", small.getString("rule"));
        assertEquals(0, small.getJsonArray("steps").size());
    }

    @Test
    void policyCImportantPlanGoesToTheHeadOfTheRegionsCentreAndAGeneralPlanToNoOne() {
        String slug = newSlug("appr-ci");
        RestClient boss = onboard(slug, "overseas-grading");
        RestClient siti = staff(slug, boss, "siti", "specialist",
                ", \"unit\": \"SEA_CENTRE\", \"languages\": [\"en\", \"ms\"], \"trainings\": [\"COMPLAINT_HANDLING\"]");
        RestClient wei = staff(slug, boss, "wei", "supervisor", ", \"unit\": \"SEA_CENTRE\", \"positions\": [\"regional-centre-head\"]");
        RestClient sara = staff(slug, boss, "sara", "supervisor",
                ", \"unit\": \"MIDDLE_EAST_CENTRE\", \"positions\": [\"regional-centre-head\"]");

        String important = investigating(siti, wei, slug, """
                {"channel": "EMAIL", "receivedAt": "%s", "region": "SEA", "language": "en",
                 "complainant": {"name": "Tan Wei Ling", "kind": "PARTNER"}, "subject": "Late delivery",
                 "claimedLoss": {"amount": "5000.00", "currency": "CNY"}}""".formatted(aMinuteAgo()), "siti");
        String complaint = "api/v1/tenants/" + slug + "/complaints/" + important;
        assertEquals("IMPORTANT", siti.get(complaint).json().getJsonObject("grade").getString("code"));
        siti.post(complaint + "/transitions", "{\"action\": \"PROPOSE_PLAN\", \"note\": \"Ship by air at our cost\"}");
        JsonObject plan = siti.get(complaint + "/approvals").value().asJsonArray().get(0).asJsonObject();
        assertEquals("important-plan-by-regional-centre", plan.getString("rule"));
        JsonObject approver = plan.getJsonArray("steps").getJsonObject(0).getJsonArray("approvers").getJsonObject(0);
        assertEquals("regional-centre-head", approver.getString("role"));
        assertEquals("REGIONAL_CENTRE", approver.getString("scope"));
        String id = plan.getString("id");
        assertFalse(assignedIds(sara, slug).contains(id), "the head of another centre is not asked");
        assertProblem(decide(sara, slug, id, "APPROVE", null, "sara"), 403);
        assertTrue(assignedIds(wei, slug).contains(id));
        assertEquals("APPROVED", decide(wei, slug, id, "APPROVE", null, "wei").json().getString("status"));
        assertEquals("PLAN_APPROVED", siti.get(complaint).json().getString("status"));

        // the plan of a general complaint needs no one: no request, approved by hand
        String general = investigating(siti, wei, slug, """
                {"channel": "EMAIL", "receivedAt": "%s", "region": "SEA", "language": "en",
                 "complainant": {"name": "Tan Wei Ling", "kind": "PARTNER"}, "subject": "Slow reply"}""".formatted(aMinuteAgo()), "siti");
        String generalCase = "api/v1/tenants/" + slug + "/complaints/" + general;
        siti.post(generalCase + "/transitions", "{\"action\": \"PROPOSE_PLAN\", \"note\": \"Apologise\"}");
        assertEquals(0, siti.get(generalCase + "/approvals").value().asJsonArray().size());
        assertEquals("PLAN_APPROVED", wei.post(generalCase + "/transitions", act("APPROVE_PLAN")).json().getString("status"));
    }

    // --- the closed loop on chains a tenant administrator configured through the policy API

    static String step(String mode, String approvers, String escalateTo) {
        return """
                {"approvers": [%s], "mode": "%s", "deadline": {"amount": 1, "unit": "WORKING_DAYS"}%s}""".formatted(approvers, mode,
                escalateTo == null ? "" : ", \"escalateTo\": " + escalateTo);
    }

    static String approver(String role, String scope) {
        return "{\"role\": \"" + role + "\", \"scope\": \"" + scope + "\"}";
    }

    static String rule(String id, String type, String step) {
        return "{\"id\": \"" + id + "\", \"types\": [\"" + type + "\"], \"steps\": [" + step + "]}";
    }

    /**
     * The rules the tests configure: a closure and a refund by the supervisor (the ladder escalates them to the
     * director), a purchase by finance that escalates to the CEO, a compensation by the supervisor or finance
     * (PARALLEL_ANY), a plan by the supervisor and the director together (PARALLEL_ALL).
     */
    static final String RULES = "[" + String.join(", ",
            rule("closure-by-supervisor", "CLOSURE", step("SERIAL", approver("supervisor", "OWN_DEPARTMENT"), null)),
            rule("refund-by-supervisor", "REFUND", step("SERIAL", approver("supervisor", "OWN_DEPARTMENT"), null)),
            rule("purchase-by-finance", "PURCHASE", step("SERIAL", approver("finance", "HQ"), approver("ceo", "MANAGEMENT"))),
            rule("compensation-by-either", "COMPENSATION",
                    step("PARALLEL_ANY", approver("supervisor", "OWN_DEPARTMENT") + ", " + approver("finance", "HQ"), null)),
            rule("plan-by-both", "PLAN",
                    step("PARALLEL_ALL", approver("supervisor", "OWN_DEPARTMENT") + ", " + approver("director", "OWN_DEPARTMENT"), null)))
            + "]";

    /**
     * The tenant administrator reads the approval plugin's setting from the plugin list (the tenant's view of
     * {@code GET /api/v1/plugins}) and puts the tenant's own rules into its policy; a rule that escalates to its own
     * approver is refused by its path, and changes nothing.
     */
    static void configureApprovals(RestClient boss, String slug) {
        RestClient.Reply listed = boss.get("api/v1/tenants/" + slug + "/plugins");
        assertEquals(200, listed.status(), listed::toString);
        JsonObject plugin = listed.json().getJsonArray("plugins").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("id").equals("approval-thresholds")).findFirst().orElseThrow();
        assertEquals("APPROVAL_CHAIN", plugin.getString("kind"));
        JsonObject rules = plugin.getJsonArray("configSchema").getJsonObject(0);
        assertEquals("rules", rules.getString("key"));
        assertEquals("OBJECT_LIST", rules.getString("type"));
        assertTrue(rules.getJsonObject("help").getString("en").contains("escalateTo"), rules::toString);
        String policy = "api/v1/tenants/" + slug + "/policy";
        JsonObject current = boss.get(policy).json();

        String selfEscalating = "[" + rule("refund-by-supervisor", "REFUND", step("SERIAL", approver("supervisor", "OWN_DEPARTMENT"),
                approver("supervisor", "OWN_DEPARTMENT"))) + "]";
        RestClient.Reply refused = boss.put(policy, withApprovalRules(current, selfEscalating));
        assertProblem(refused, 422);
        assertEquals(List.of("approval.config.rules[0].steps[0].escalateTo"), errorFields(refused));
        assertEquals(current.getInt("version"), boss.get(policy).json().getInt("version"), "a refused policy changes nothing");

        RestClient.Reply saved = boss.put(policy, withApprovalRules(current, RULES));
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(current.getInt("version") + 1, saved.json().getInt("version"));
        assertEquals(5, saved.json().getJsonObject("approval").getJsonObject("config").getJsonArray("rules").size());
    }

    /** The policy as read, with these approval rules: what a tenant administrator's editor sends back. */
    static String withApprovalRules(JsonObject policy, String rules) {
        JsonArray parsed = Json.createReader(new StringReader(rules)).readArray();
        return Json.createObjectBuilder(policy).add("approval", Json.createObjectBuilder().add("plugin", "approval-thresholds")
                .add("config", Json.createObjectBuilder().add("rules", parsed))).build().toString();
    }

    /** A Policy A tenant with the rules above and its people: specialist sam, supervisor sue, director dirk … */
    record Team(String slug, RestClient boss, RestClient sam, RestClient sue, RestClient dirk, RestClient dora,
                RestClient fiona, RestClient chen, RestClient audrey) {
    }

    Team team(String prefix) {
        String slug = newSlug(prefix);
        RestClient boss = onboard(slug, "general-feedback");
        configureApprovals(boss, slug);
        String dept = ", \"unit\": \"COMPLAINT_DEPARTMENT\"";
        RestClient sam = staff(slug, boss, "sam", "specialist", dept);
        assertProblem(sam.get("api/v1/tenants/" + slug + "/plugins"), 403);
        return new Team(slug, boss, sam,
                staff(slug, boss, "sue", "supervisor", dept + ", \"positions\": [\"supervisor\"]"),
                staff(slug, boss, "dirk", "director", dept + ", \"positions\": [\"director\"]"),
                staff(slug, boss, "dora", "director", ", \"unit\": \"MARKETING\", \"positions\": [\"director\"]"),
                staff(slug, boss, "fiona", "supervisor", ", \"unit\": \"FINANCE\", \"positions\": [\"finance\"]"),
                staff(slug, boss, "chen", "management", ", \"positions\": [\"ceo\"]"),
                staff(slug, boss, "audrey", "auditor", ""));
    }

    /** A new case of the team's, investigated by sam: its path. */
    static String newCase(Team t, String subject) {
        return "api/v1/tenants/" + t.slug() + "/complaints/" + investigating(t.sam(), t.sue(), t.slug(), """
                {"channel": "PHONE", "receivedAt": "%s",
                 "complainant": {"name": "王芳", "kind": "CUSTOMER"}, "subject": "%s"}""".formatted(aMinuteAgo(), subject), "sam");
    }

    static JsonObject request(RestClient who, String slug, String id) {
        return who.get("api/v1/tenants/" + slug + "/approvals/" + id).json();
    }

    static List<JsonObject> inbox(RestClient who, String slug) {
        RestClient.Reply reply = who.get("api/v1/tenants/" + slug + "/approvals?assignedToMe=true");
        assertEquals(200, reply.status(), reply::toString);
        return reply.value().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    static List<String> actions(RestClient who, String complaint) {
        return who.get(complaint + "/actions").value().asJsonArray().stream().map(v -> ((jakarta.json.JsonString) v).getString()).toList();
    }

    /** A wrong password signs nothing: 403, no signature, the request still pending and still in the signer's inbox. */
    static void wrongPasswordSignsNothing(RestClient signer, String slug, String id) {
        int signatures = request(signer, slug, id).getJsonArray("signatures").size();
        assertProblem(signer.post("api/v1/tenants/" + slug + "/approvals/" + id + "/decision", sign("APPROVE", null, "not-my-password")), 403);
        JsonObject after = request(signer, slug, id);
        assertEquals("PENDING", after.getString("status"));
        assertEquals(signatures, after.getJsonArray("signatures").size());
        assertTrue(assignedIds(signer, slug).contains(id));
    }

    @Test
    void aPendingClosureVetoesClosingByHandARejectionKeepsTheCaseOpenWithItsReasonAndAnApprovalClosesIt() {
        Team t = team("appr-close");
        String slug = t.slug();
        String complaint = newCase(t, "Kettle leaks");
        String transitions = complaint + "/transitions";
        // the plan needs the supervisor and the director, then the case is worked to the customer's feedback
        t.sam().post(transitions, "{\"action\": \"PROPOSE_PLAN\", \"note\": \"Replace the kettle\"}");
        String plan = t.sam().get(complaint + "/approvals").value().asJsonArray().get(0).asJsonObject().getString("id");
        assertEquals(200, decide(t.sue(), slug, plan, "APPROVE", null, "sue").status());
        assertEquals(200, decide(t.dirk(), slug, plan, "APPROVE", null, "dirk").status());
        assertEquals("PLAN_APPROVED", t.sam().get(complaint).json().getString("status"));
        assertEquals(200, t.sam().post(transitions, act("START_RESOLUTION")).status());
        assertEquals(200, t.sam().post(transitions, act("RESOLVE")).status());
        assertEquals("FEEDBACK_GIVEN", t.sam().post(transitions, act("GIVE_FEEDBACK")).json().getString("status"));
        // the tenant's rules put closures to approval: nobody closes by hand, even before anything is asked
        assertFalse(actions(t.dirk(), complaint).contains("CLOSE"), "the policy puts the closure to approval");
        RestClient.Reply byHand = t.dirk().post(transitions, act("CLOSE"));
        assertProblem(byHand, 409);
        assertTrue(byHand.body().contains("closure-by-supervisor"), byHand::toString);

        // the closure goes to the supervisor; while it is pending nobody closes by hand
        String closureBody = "{\"type\": \"CLOSURE\", \"subject\": \"Kettle replaced, customer satisfied\"}";
        RestClient.Reply asked = t.sam().post(complaint + "/approvals", closureBody);
        assertEquals(201, asked.status(), asked::toString);
        assertEquals("closure-by-supervisor", asked.json().getString("rule"));
        assertEquals("PENDING", asked.json().getString("status"));
        String first = asked.json().getString("id");
        assertProblem(t.dirk().post(transitions, act("CLOSE")), 409);
        assertProblem(t.sue().post(transitions, act("CLOSE")), 409);
        assertFalse(actions(t.dirk(), complaint).contains("CLOSE"), actions(t.dirk(), complaint)::toString);
        assertFalse(actions(t.sue(), complaint).contains("CLOSE"));
        assertTrue(actions(t.dirk(), complaint).contains("REOPEN"), "only CLOSE is held back");
        assertEquals("FEEDBACK_GIVEN", t.sam().get(complaint).json().getString("status"));
        assertEquals(List.of(first), assignedIds(t.sue(), slug));
        assertFalse(assignedIds(t.dirk(), slug).contains(first), "a director is not asked for this closure");
        wrongPasswordSignsNothing(t.sue(), slug, first);

        // rejected with its reason: the case stays open, the reason on the request and the timeline
        String reason = "The customer has not confirmed the replacement";
        JsonObject rejected = decide(t.sue(), slug, first, "REJECT", reason, "sue").json();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals(reason, rejected.getJsonArray("signatures").getJsonObject(0).getString("comment"));
        JsonObject open = t.sam().get(complaint).json();
        assertEquals("FEEDBACK_GIVEN", open.getString("status"));
        JsonObject rejection = open.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("APPROVAL_REJECTED")).findFirst().orElseThrow();
        assertEquals(reason, rejection.getJsonObject("detail").getString("reason"));
        assertEquals(first, rejection.getJsonObject("detail").getString("requestId"));
        assertProblem(t.dirk().post(transitions, act("CLOSE")), 409); // rejected: still not closed by hand

        // asked again and approved: the approval closes the case
        JsonObject second = t.sam().post(complaint + "/approvals", closureBody).json();
        assertEquals(2, second.getInt("version"));
        assertProblem(t.dirk().post(transitions, act("CLOSE")), 409);
        JsonObject approved = decide(t.sue(), slug, second.getString("id"), "APPROVE", "confirmed by phone", "sue").json();
        assertEquals("APPROVED", approved.getString("status"));
        JsonObject closed = t.sam().get(complaint).json();
        assertEquals("CLOSED", closed.getString("status"));
        assertTrue(closed.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("kind").equals("TRANSITION") && e.toString().contains("CLOSE")), closed::toString);
        assertFalse(actions(t.dirk(), complaint).contains("CLOSE"));
    }

    @Test
    void parallelAnyPassesOnTheFirstApprovalAndFailsOnlyWhenAllRejectParallelAllNeedsEveryApprover() {
        Team t = team("appr-par");
        String slug = t.slug();
        String complaint = newCase(t, "Late parcel");
        String approvals = complaint + "/approvals";

        // PARALLEL_ANY: the supervisor and finance are both asked; the first approval passes the step
        JsonObject any = t.sam().post(approvals, """
                {"type": "COMPENSATION", "amount": {"amount": "300.00", "currency": "CNY"}, "subject": "Voucher for the delay"}""").json();
        String anyId = any.getString("id");
        assertEquals("compensation-by-either", any.getString("rule"));
        assertEquals("PARALLEL_ANY", any.getJsonArray("steps").getJsonObject(0).getString("mode"));
        assertTrue(assignedIds(t.sue(), slug).contains(anyId));
        assertTrue(assignedIds(t.fiona(), slug).contains(anyId));
        wrongPasswordSignsNothing(t.fiona(), slug, anyId);
        JsonObject passed = decide(t.fiona(), slug, anyId, "APPROVE", null, "fiona").json();
        assertEquals("APPROVED", passed.getString("status"));
        assertEquals(1, passed.getJsonArray("signatures").size());
        assertFalse(assignedIds(t.sue(), slug).contains(anyId), "the other approver's item is gone");
        assertProblem(decide(t.sue(), slug, anyId, "APPROVE", null, "sue"), 409);

        // … and it fails only when every approver rejected
        String anyAgain = t.sam().post(approvals, """
                {"type": "COMPENSATION", "amount": {"amount": "500.00", "currency": "CNY"}, "subject": "Cash for the delay"}""")
                .json().getString("id");
        JsonObject oneRejected = decide(t.sue(), slug, anyAgain, "REJECT", "A voucher is enough", "sue").json();
        assertEquals("PENDING", oneRejected.getString("status"));
        assertEquals("OPEN", oneRejected.getJsonArray("steps").getJsonObject(0).getString("status"));
        assertTrue(assignedIds(t.fiona(), slug).contains(anyAgain), "finance may still approve it");
        JsonObject allRejected = decide(t.fiona(), slug, anyAgain, "REJECT", "Not in the budget", "fiona").json();
        assertEquals("REJECTED", allRejected.getString("status"));

        // PARALLEL_ALL: the plan needs the supervisor and the director; one approval is not enough, one rejection ends it
        String transitions = complaint + "/transitions";
        t.sam().post(transitions, "{\"action\": \"PROPOSE_PLAN\", \"note\": \"Refund the shipping\"}");
        JsonObject plan = t.sam().get(approvals).value().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("type").equals("PLAN")).findFirst().orElseThrow();
        String planId = plan.getString("id");
        assertEquals("plan-by-both", plan.getString("rule"));
        assertEquals("PARALLEL_ALL", plan.getJsonArray("steps").getJsonObject(0).getString("mode"));
        wrongPasswordSignsNothing(t.dirk(), slug, planId);
        JsonObject halfway = decide(t.sue(), slug, planId, "APPROVE", null, "sue").json();
        assertEquals("PENDING", halfway.getString("status"));
        assertEquals("PLAN_PROPOSED", t.sam().get(complaint).json().getString("status"));
        assertFalse(assignedIds(t.sue(), slug).contains(planId), "signed once, not asked again");
        assertTrue(assignedIds(t.dirk(), slug).contains(planId));
        String reason = "Add an apology letter";
        assertEquals("REJECTED", decide(t.dirk(), slug, planId, "REJECT", reason, "dirk").json().getString("status"));
        JsonObject back = t.sam().get(complaint).json();
        assertEquals("INVESTIGATING", back.getString("status"));
        JsonObject lastTransition = back.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("TRANSITION")).reduce((a, b) -> b).orElseThrow();
        assertTrue(lastTransition.toString().contains("REJECT_PLAN") && lastTransition.toString().contains(reason), lastTransition::toString);

        // proposed again: approved only once both signed
        t.sam().post(transitions, "{\"action\": \"PROPOSE_PLAN\", \"note\": \"Refund the shipping and apologise in writing\"}");
        String again = t.sam().get(approvals).value().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(r -> r.getString("type").equals("PLAN") && r.getString("status").equals("PENDING")).findFirst().orElseThrow()
                .getString("id");
        assertEquals("PENDING", decide(t.dirk(), slug, again, "APPROVE", null, "dirk").json().getString("status"));
        assertEquals("PLAN_PROPOSED", t.sam().get(complaint).json().getString("status"));
        JsonObject both = decide(t.sue(), slug, again, "APPROVE", null, "sue").json();
        assertEquals("APPROVED", both.getString("status"));
        assertEquals(2, both.getJsonArray("signatures").size());
        assertEquals("PLAN_APPROVED", t.sam().get(complaint).json().getString("status"));
    }

    static JsonObject firstStep(JsonObject request) {
        return request.getJsonArray("steps").getJsonObject(0);
    }

    static JsonObject inboxItem(RestClient who, String slug, String id) {
        return inbox(who, slug).stream().filter(r -> r.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not in the inbox"));
    }

    static List<JsonObject> overdue(JsonObject caseFile) {
        return caseFile.getJsonArray("timeline").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("kind").equals("APPROVAL_OVERDUE")).toList();
    }

    @Test
    void aMissedStepIsEscalatedOnceToTheLevelUpWhoMaySignItWhileItsOwnApproversStillMay() {
        Team t = team("appr-esc");
        String slug = t.slug();
        String complaint = newCase(t, "Scratched fridge");
        String refund = t.sam().post(complaint + "/approvals", """
                {"type": "REFUND", "amount": {"amount": "800.00", "currency": "CNY"}, "subject": "Refund the scratch"}""")
                .json().getString("id");
        String purchase = t.sam().post(complaint + "/approvals", """
                {"type": "PURCHASE", "amount": {"amount": "2000.00", "currency": "CNY"}, "subject": "A new fridge"}""")
                .json().getString("id");
        assertFalse(assignedIds(t.dirk(), slug).contains(refund), "the director is not asked while the step is in time");
        assertFalse(assignedIds(t.chen(), slug).contains(purchase));
        // the customer is asked for photos: a paused case does not stop its approval steps' deadlines
        assertEquals(200, t.sam().post(complaint + "/transitions", "{\"action\": \"WAIT_FOR_CUSTOMER\", \"note\": \"photos\"}").status());

        Instant due = Instant.parse(firstStep(request(t.sam(), slug, refund)).getString("dueAt"));
        clockAt(due.plus(Duration.ofHours(1)));
        RestClient.Reply swept = admin().post("api/v1/operations/sweeps", "");
        assertEquals(200, swept.status(), swept::toString);
        assertTrue(swept.json().containsKey("approvalStepsEscalated"), swept::toString);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() ->
                firstStep(request(t.sam(), slug, refund)).get("escalatedAt") != JsonValue.NULL
                        && firstStep(request(t.sam(), slug, purchase)).get("escalatedAt") != JsonValue.NULL);

        // the supervisor's refund goes one level up the ladder, to the director of the department that owns the case
        JsonObject missed = firstStep(request(t.sam(), slug, refund));
        assertEquals("OPEN", missed.getString("status"));
        assertEquals("director", missed.getJsonObject("escalatedTo").getString("role"));
        assertEquals("OWN_DEPARTMENT", missed.getJsonObject("escalatedTo").getString("scope"));
        assertTrue(inboxItem(t.dirk(), slug, refund).getBoolean("escalatedToYou"));
        assertFalse(inboxItem(t.sue(), slug, refund).getBoolean("escalatedToYou"), "its own approver still may sign");
        assertFalse(assignedIds(t.dora(), slug).contains(refund), "not the director of another department");
        // the purchase, to whom its rule names: the CEO
        assertEquals("ceo", firstStep(request(t.sam(), slug, purchase)).getJsonObject("escalatedTo").getString("role"));
        assertTrue(inboxItem(t.chen(), slug, purchase).getBoolean("escalatedToYou"));
        assertTrue(assignedIds(t.fiona(), slug).contains(purchase));

        // once per step, on the timeline and in the audit trail, by the system
        assertEquals(200, admin().post("api/v1/operations/sweeps", "").status());
        assertEquals(0, admin().post("api/v1/operations/sweeps", "").json().getInt("approvalStepsEscalated"));
        List<JsonObject> entries = overdue(t.sam().get(complaint).json());
        assertEquals(2, entries.size(), entries::toString);
        JsonObject refundEntry = entries.stream().filter(e -> e.getJsonObject("detail").getString("requestId").equals(refund))
                .findFirst().orElseThrow();
        assertEquals("system", refundEntry.getString("actor"));
        assertEquals("director@OWN_DEPARTMENT", refundEntry.getJsonObject("detail").getString("escalatedTo"));
        List<JsonObject> audited = t.audrey().get("api/v1/tenants/" + slug + "/audit?entityType=APPROVAL&entityId=" + refund).json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("ESCALATED", "REQUESTED"), audited.stream().map(e -> e.getString("action")).toList());
        assertEquals("system", audited.get(0).getString("actor"));
        assertTrue(t.audrey().get("api/v1/tenants/" + slug + "/audit/verify").json().getBoolean("valid"));

        // the director signs, with their password; their signature decides the step
        wrongPasswordSignsNothing(t.dirk(), slug, refund);
        JsonObject approved = decide(t.dirk(), slug, refund, "APPROVE", "approved on escalation", "dirk").json();
        assertEquals("APPROVED", approved.getString("status"));
        JsonObject signature = approved.getJsonArray("signatures").getJsonObject(0);
        assertEquals("dirk", signature.getString("signer"));
        assertEquals("director", signature.getJsonObject("approver").getString("role"));
        assertFalse(assignedIds(t.sue(), slug).contains(refund));
        // the CEO rejects the purchase; finance's item is gone with it
        assertEquals("REJECTED", decide(t.chen(), slug, purchase, "REJECT", "Repair it instead", "chen").json().getString("status"));
        assertFalse(assignedIds(t.fiona(), slug).contains(purchase));
        assertEquals(2, overdue(t.sam().get(complaint).json()).size(), "escalated once each");
    }
}
