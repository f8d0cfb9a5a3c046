package io.redress.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walking skeleton end to end, over HTTP against Redress on a real Liberty, on H2 and on PostgreSQL (two
 * failsafe runs): onboarding, calendars, exchange rates, intake with grading and deadlines, reading back, lists,
 * idempotency, problem details and tenant isolation.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemIT extends SystemTest {

    static final String ADMIN_PASSWORD = "it-platform-admin-secret";
    static final String BOSS_PASSWORD = "boss-secret-1234";

    /** Every tenant's administrator is "boss", with a password of its own: same name, different people. */
    static String bossPassword(String slug) {
        return "boss-of-" + slug;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-it");
    }

    static String newSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Onboards a tenant on the overseas template, with the worked examples' calendars and rates. */
    RestClient tenant(String slug) {
        return tenant(slug, "overseas-grading");
    }

    RestClient tenant(String slug, String template) {
        RestClient.Reply created = admin().post("api/v1/tenants", """
                {"slug": "%s", "name": "Acme 跨境营销", "template": "%s", "locale": "zh-CN",
                 "timeZone": "Asia/Shanghai",
                 "admin": {"username": "boss", "password": "%s", "email": "boss@acme.example"}}
                """.formatted(slug, template, bossPassword(slug)));
        assertEquals(201, created.status(), created::toString);
        RestClient boss = anonymous().as("boss", bossPassword(slug));
        assertEquals(200, boss.put("api/v1/tenants/" + slug + "/exchange-rates",
                "{\"base\": \"CNY\", \"rates\": {\"USD\": \"7.10\", \"EUR\": \"7.70\"}}").status());
        return boss;
    }

    static String complaint(String receivedAt, String region, String lossAmount, String lossCurrency) {
        String loss = lossAmount == null ? "" : ", \"claimedLoss\": {\"amount\": \"%s\", \"currency\": \"%s\"}".formatted(lossAmount, lossCurrency);
        return """
                {"channel": "WHATSAPP", "receivedAt": "%s", "region": "%s", "language": "ar",
                 "complainant": {"name": "Fatima Al Mansoori", "kind": "CUSTOMER", "email": "fatima@example.ae", "country": "AE"},
                 "category": "DELIVERY", "subject": "Damaged shipment", "description": "The goods arrived broken."%s}
                """.formatted(receivedAt, region, loss);
    }

    static Map<String, JsonValue> dueTimes(JsonObject caseFile) {
        return caseFile.getJsonArray("deadlines").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(d -> d.getString("stage"), d -> d.get("dueAt")));
    }

    static void assertProblem(RestClient.Reply reply, int status) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertFalse(problem.getString("title").isBlank());
        assertTrue(problem.getString("type").startsWith("https://"));
    }

    static List<String> errorFields(RestClient.Reply reply) {
        return reply.json().getJsonArray("errors").stream().map(e -> e.asJsonObject().getString("field")).toList();
    }

    @Test
    void onboardingIsForThePlatformAdministratorOnly() {
        RestClient.Reply anonymous = anonymous().post("api/v1/tenants", "{}");
        assertProblem(anonymous, 401);
        assertTrue(anonymous.header("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertProblem(anonymous().as("admin", "wrong-password").post("api/v1/tenants", "{}"), 401);

        String slug = newSlug("onb");
        RestClient boss = tenant(slug);
        RestClient.Reply read = admin().get("api/v1/tenants/" + slug);
        assertEquals(200, read.status(), read::toString);
        assertEquals("overseas-grading", read.json().getString("template"));
        assertEquals("CN", read.json().getString("defaultCalendar"));
        assertEquals(slug, boss.get("api/v1/tenants/" + slug).json().getString("slug"));
        // a tenant administrator is not a platform administrator
        assertProblem(boss.post("api/v1/tenants", "{}"), 401);
        assertProblem(admin().post("api/v1/tenants", """
                {"slug": "%s", "name": "again", "template": "overseas-grading",
                 "admin": {"username": "boss", "password": "another-secret-1"}}""".formatted(slug)), 409);
    }

    @Test
    void badOnboardingNamesEveryFieldAndWritesNothing() {
        String slug = newSlug("bad");
        RestClient.Reply reply = admin().post("api/v1/tenants", """
                {"slug": "%s", "template": "no-such-template", "timeZone": "Mars/Olympus", "locale": "fr",
                 "admin": {"username": "b", "password": "short"}}""".formatted(slug));
        assertProblem(reply, 400);
        assertEquals(List.of("name", "template", "locale", "timeZone", "admin.username", "admin.password").stream().sorted().toList(),
                errorFields(reply).stream().sorted().toList());
        assertProblem(admin().get("api/v1/tenants/" + slug), 404);
        assertProblem(admin().post("api/v1/tenants", "{not json"), 400);
    }

    @Test
    void workedExamplesGetTheDeadlinesOfTheirGradeAndRegion() {
        String slug = newSlug("wex");
        RestClient boss = tenant(slug);
        String complaints = "api/v1/tenants/" + slug + "/complaints";

        RestClient.Reply europe = boss.post(complaints, complaint("2026-11-20T17:30:00Z", "EUROPE", null, null));
        assertEquals(201, europe.status(), europe::toString);
        JsonObject general = europe.json();
        assertEquals("GENERAL", general.getJsonObject("grade").getString("code"));
        assertEquals("一般投诉", general.getJsonObject("grade").getString("label"));
        assertEquals("no-aggravating-fact", general.getJsonObject("grade").getString("rule"));
        assertEquals("RECEIVED", general.getString("status"));
        assertTrue(general.getString("caseNumber").matches("C-20261121-\\d{4}"), general.getString("caseNumber"));
        assertTrue(europe.header("Location").orElseThrow().endsWith("/complaints/" + general.getString("caseNumber")));
        Map<String, JsonValue> due = dueTimes(general);
        assertEquals("\"2026-11-23T09:30:00Z\"", due.get("RESPONSE").toString());
        assertEquals("\"2026-11-24T18:00:00Z\"", due.get("REGISTRATION").toString());
        assertEquals("\"2026-11-25T18:00:00Z\"", due.get("INVESTIGATION").toString());
        assertEquals("\"2026-12-01T18:00:00Z\"", due.get("RESOLUTION").toString());
        assertEquals(JsonValue.NULL, due.get("PLAN"), "PLAN waits for INVESTIGATION to complete");
        assertEquals(JsonValue.NULL, due.get("FEEDBACK"));

        RestClient.Reply dubai = boss.post(complaints, complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", "12000.00", "CNY"));
        assertEquals(201, dubai.status(), dubai::toString);
        JsonObject major = dubai.json();
        assertEquals("MAJOR", major.getJsonObject("grade").getString("code"));
        assertEquals("loss-above-threshold", major.getJsonObject("grade").getString("rule"));
        due = dueTimes(major);
        assertEquals("\"2026-11-19T09:30:00Z\"", due.get("RESPONSE").toString());
        assertEquals("\"2026-11-19T08:30:00Z\"", due.get("CONTAINMENT").toString());
        assertEquals("\"2026-12-03T13:00:00Z\"", due.get("INVESTIGATION").toString());
        assertEquals("\"2026-12-31T13:00:00Z\"", due.get("RESOLUTION").toString());
        assertTrue(due.containsKey("SATISFACTION"));
        assertEquals("2026-11-19T07:30:00Z", major.getString("receivedAt"));
        assertEquals("12000.00", major.getJsonObject("claimedLoss").getString("amount"));
        List<String> timeline = major.getJsonArray("timeline").stream().map(t -> t.asJsonObject().getString("kind")).toList();
        assertEquals(List.of("RECEIVED", "GRADED", "CLOCKS_STARTED"), timeline);

        // read back: the same case, in English on request
        RestClient.Reply read = boss.get(complaints + "/" + major.getString("caseNumber"), "en");
        assertEquals(200, read.status(), read::toString);
        assertEquals(major.getString("caseNumber"), read.json().getString("caseNumber"));
        assertEquals("Major complaint", read.json().getJsonObject("grade").getString("label"));
        assertEquals(dueTimes(major), dueTimes(read.json()));

        // a loss in a foreign currency is compared after conversion: 1408 USD = 9,996.80 CNY, 1409 USD = 10,003.90 CNY
        assertEquals("IMPORTANT", boss.post(complaints, complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", "1408.00", "USD"))
                .json().getJsonObject("grade").getString("code"));
        assertEquals("MAJOR", boss.post(complaints, complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", "1409.00", "USD"))
                .json().getJsonObject("grade").getString("code"));
    }

    @Test
    void badComplaintsNameEveryFieldAndWriteNothing() {
        String slug = newSlug("val");
        RestClient boss = tenant(slug);
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        RestClient.Reply reply = boss.post(complaints, """
                {"channel": "FAX", "receivedAt": "yesterday", "region": "middle east",
                 "complainant": {"email": "not-an-address"},
                 "claimedLoss": {"amount": "-5", "currency": "XXY"}, "complainantCount": 0, "flags": ["NOPE"]}""");
        assertProblem(reply, 400);
        assertEquals(List.of("channel", "receivedAt", "region", "complainant.name", "complainant.email", "subject",
                        "claimedLoss.amount", "claimedLoss.currency", "complainantCount", "flags[0]").stream().sorted().toList(),
                errorFields(reply).stream().sorted().toList());
        assertProblem(boss.post(complaints, complaint("2026-11-19T11:30:00+04:00", "NOWHERE", null, null)), 400);
        assertEquals(List.of("receivedAt"), errorFields(boss.post(complaints, complaint("2099-01-05T10:00:00Z", "EUROPE", null, null))));
        RestClient.Reply noRate = boss.post(complaints, complaint("2026-11-19T11:30:00+04:00", "EUROPE", "100", "JPY"));
        assertProblem(noRate, 400);
        assertEquals(List.of("claimedLoss.currency"), errorFields(noRate));
        assertEquals(0, boss.get(complaints).json().getInt("total"), "nothing was written");
    }

    @Test
    void anIdempotencyKeyMakesARetryReturnTheFirstResult() {
        String slug = newSlug("idem");
        RestClient boss = tenant(slug);
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        String body = complaint("2026-11-20T17:30:00Z", "EUROPE", null, null);
        RestClient.Reply first = boss.post(complaints, body, "key-1");
        RestClient.Reply retry = boss.post(complaints, body, "key-1");
        assertEquals(201, first.status(), first::toString);
        assertEquals(200, retry.status(), retry::toString);
        assertEquals(first.json().getString("caseNumber"), retry.json().getString("caseNumber"));
        assertEquals(1, boss.get(complaints).json().getInt("total"));
        assertProblem(boss.post(complaints, complaint("2026-11-21T17:30:00Z", "EUROPE", null, null), "key-1"), 422);
        RestClient.Reply other = boss.post(complaints, body, "key-2");
        assertEquals(201, other.status());
        assertNotEquals(first.json().getString("caseNumber"), other.json().getString("caseNumber"));
    }

    @Test
    void theListFiltersByStatusGradeAndOverdueAndPages() {
        String slug = newSlug("list");
        RestClient boss = tenant(slug);
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        String past = boss.post(complaints, complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", "12000.00", "CNY"))
                .json().getString("caseNumber");
        // received just now: its first clock runs out in the future, wherever in the working week "now" falls
        String future = boss.post(complaints, complaint(java.time.Instant.now().toString(), "EUROPE", null, null)).json().getString("caseNumber");

        Function<String, List<String>> numbers = query -> {
            RestClient.Reply r = boss.get(complaints + query);
            assertEquals(200, r.status(), r::toString);
            return r.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getString("caseNumber")).toList();
        };
        assertEquals(List.of(past), numbers.apply("?grade=MAJOR"));
        assertEquals(List.of(future), numbers.apply("?grade=GENERAL"));
        assertEquals(List.of(past), numbers.apply("?overdue=true"));
        assertEquals(List.of(future), numbers.apply("?overdue=false"));
        assertEquals(2, numbers.apply("?status=RECEIVED").size());
        assertEquals(List.of(), numbers.apply("?status=CLOSED"));
        assertEquals(List.of(future), numbers.apply("?size=1&page=0"), "newest receipt first");
        assertEquals(List.of(past), numbers.apply("?size=1&page=1"));
        JsonObject page = boss.get(complaints + "?size=1").json();
        assertEquals(2, page.getInt("total"));
        assertEquals(2, page.getInt("totalPages"));
        JsonObject item = page.getJsonArray("items").getJsonObject(0);
        assertEquals("RESPONSE", item.getJsonObject("nextDeadline").getString("stage"));
        assertFalse(item.getBoolean("overdue"));
        long left = item.getJsonNumber("workingMinutesLeft").longValue();
        assertTrue(left > 0 && left <= 60, "received just now: at most its one working hour left, was " + left);
        JsonObject late = boss.get(complaints + "?overdue=true").json().getJsonArray("items").getJsonObject(0);
        assertTrue(late.getJsonNumber("workingMinutesLeft").longValue() < 0, "late by working time: " + late);

        RestClient.Reply bad = boss.get(complaints + "?status=SLEEPING&overdue=maybe&size=0&page=-1");
        assertProblem(bad, 400);
        assertEquals(List.of("overdue", "page", "size", "status"), errorFields(bad).stream().sorted().toList());
    }

    @Test
    void calendarsAndExchangeRatesAreValidatedAndStored() {
        String slug = newSlug("cal");
        RestClient boss = tenant(slug);
        String calendars = "api/v1/tenants/" + slug + "/calendars/";
        String gulf = """
                {"timeZone": "Asia/Dubai",
                 "week": {"SUNDAY": [["08:00","12:00"],["13:00","17:00"]], "MONDAY": [["08:00","12:00"],["13:00","17:00"]]},
                 "holidays": ["2026-12-02"], "extraWorkingDays": ["2026-11-21"]}""";
        RestClient.Reply created = boss.put(calendars + "GULF", gulf);
        assertEquals(201, created.status(), created::toString);
        assertEquals(200, boss.put(calendars + "GULF", gulf).status());
        JsonObject read = boss.get(calendars + "GULF").json();
        assertEquals("Asia/Dubai", read.getString("timeZone"));
        assertEquals(List.of("SUNDAY", "MONDAY"), List.copyOf(read.getJsonObject("week").keySet()));
        assertEquals("[\"2026-11-21\"]", read.getJsonArray("extraWorkingDays").toString());

        // Saturday 2026-11-21 is a make-up day with Sunday's (the first listed day's) hours
        RestClient.Reply onMakeUpDay = boss.post("api/v1/tenants/" + slug + "/complaints",
                complaint("2026-11-21T07:00:00+04:00", "GULF", null, null));
        // received 07:00 local, before work starts: the clock starts at 08:00 and runs out at 09:00 local = 05:00Z
        assertEquals("\"2026-11-21T05:00:00Z\"", dueTimes(onMakeUpDay.json()).get("RESPONSE").toString());

        RestClient.Reply bad = boss.put(calendars + "bad-code", """
                {"timeZone": "Nowhere/City", "week": {"FUNDAY": [["09:00","18:00"]], "MONDAY": [["18:00","09:00"]]},
                 "holidays": ["2026-13-01"]}""");
        assertProblem(bad, 400);
        assertEquals(List.of("code", "holidays[0]", "timeZone", "week.FUNDAY", "week.MONDAY[0]"), errorFields(bad).stream().sorted().toList());
        assertProblem(boss.get(calendars + "BAD_CODE"), 404);

        RestClient.Reply rates = boss.put("api/v1/tenants/" + slug + "/exchange-rates",
                "{\"base\": \"CNY\", \"rates\": {\"USD\": \"7.2\", \"EUR\": \"-1\", \"ABC\": \"2\"}}");
        assertProblem(rates, 400);
        assertEquals(List.of("rates.ABC", "rates.EUR"), errorFields(rates).stream().sorted().toList());
        assertEquals("7.10", boss.get("api/v1/tenants/" + slug + "/exchange-rates").json().getJsonObject("rates").getString("USD"),
                "a rejected update changes nothing");
    }

    @Test
    void aTenantNeverSeesAnotherTenantsData() {
        String slugA = newSlug("ta");
        String slugB = newSlug("tb");
        RestClient a = tenant(slugA);
        RestClient b = tenant(slugB);
        String caseA = a.post("api/v1/tenants/" + slugA + "/complaints", complaint("2026-11-20T17:30:00Z", "EUROPE", null, null))
                .json().getString("caseNumber");
        assertEquals(200, a.get("api/v1/tenants/" + slugA + "/complaints/" + caseA).status());

        // B's staff on A's paths: 404, never data
        assertProblem(b.get("api/v1/tenants/" + slugA + "/complaints/" + caseA), 404);
        assertProblem(b.get("api/v1/tenants/" + slugA + "/complaints"), 404);
        assertProblem(b.get("api/v1/tenants/" + slugA), 404);
        assertProblem(b.post("api/v1/tenants/" + slugA + "/complaints", complaint("2026-11-20T17:30:00Z", "EUROPE", null, null)), 404);
        assertProblem(b.put("api/v1/tenants/" + slugA + "/exchange-rates", "{\"base\": \"CNY\", \"rates\": {}}"), 404);
        assertProblem(b.get("api/v1/tenants/" + slugA + "/calendars/EUROPE"), 404);
        // B's own path with A's case number: not found in B
        assertProblem(b.get("api/v1/tenants/" + slugB + "/complaints/" + caseA), 404);
        assertEquals(0, b.get("api/v1/tenants/" + slugB + "/complaints").json().getInt("total"));
        assertEquals(1, a.get("api/v1/tenants/" + slugA + "/complaints").json().getInt("total"));
        // a tenant that does not exist looks the same
        assertProblem(b.get("api/v1/tenants/no-such-tenant/complaints"), 404);
        // the platform administrator does not work cases
        assertProblem(admin().get("api/v1/tenants/" + slugA + "/complaints"), 403);
    }

    @Test
    void healthAndOpenApiAreServed() {
        URI root = URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
        RestClient.Reply health = RestClient.at(root).get("health");
        assertEquals(200, health.status(), health::toString);
        assertEquals("UP", health.json().getString("status"));
        JsonArray checks = health.json().getJsonArray("checks");
        JsonObject database = checks.stream().map(JsonValue::asJsonObject).filter(c -> c.getString("name").equals("database"))
                .findFirst().orElseThrow(() -> new AssertionError("no database check in " + checks));
        // proves which database this run really used
        String expected = "postgres".equals(System.getProperty("redress.it.db")) ? "PostgreSQL" : "H2";
        assertEquals(expected, database.getJsonObject("data").getString("product"));
        RestClient.Reply openapi = RestClient.at(root).get("openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/v1/tenants/{tenant}/complaints"), "the API is documented");
    }

    static JsonObject stage(JsonObject policy, String grade, String stage) {
        return policy.getJsonObject("handlingPlans").getJsonArray(grade).stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("stage").equals(stage)).findFirst().orElseThrow(() -> new AssertionError(grade + " has no " + stage));
    }

    @Test
    void thePolicyIsReadEditedInVersionsAndARegradeIsExplicit() {
        String slug = newSlug("pol");
        RestClient boss = tenant(slug);
        String policyPath = "api/v1/tenants/" + slug + "/policy";
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        JsonObject v1 = boss.get(policyPath).json();
        assertEquals(1, v1.getInt("version"));
        assertEquals("grading-loss-risk", v1.getJsonObject("grading").getString("plugin"));
        assertEquals("10000.00", v1.getJsonObject("grading").getJsonObject("config").getJsonObject("majorLossThreshold").getString("amount"));
        assertEquals(List.of("GENERAL", "IMPORTANT", "MAJOR"), List.copyOf(v1.getJsonObject("handlingPlans").keySet()));
        JsonObject containment = stage(v1, "MAJOR", "CONTAINMENT");
        assertEquals("HOURS", containment.getString("unit"));
        assertTrue(containment.getJsonArray("mandatorySteps").toString().contains("STOP_FAULTY_OPERATION"));
        assertEquals("[\"MANAGEMENT\"]", stage(v1, "MAJOR", "PLAN").getJsonArray("approvals").toString());
        assertEquals("[\"REGIONAL_CENTRE_HEAD\"]", stage(v1, "IMPORTANT", "PLAN").getJsonArray("approvals").toString());
        assertTrue(stage(v1, "MAJOR", "FEEDBACK").getJsonArray("mandatorySteps").toString().contains("SIGNED_CONFIRMATION"));

        String major = boss.post(complaints, complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", "12000.00", "CNY"))
                .json().getString("caseNumber");

        // raise the threshold to 50,000 CNY: version 2; the plans keep the plugin's defaults
        RestClient.Reply v2 = boss.put(policyPath, """
                {"grading": {"plugin": "grading-loss-risk", "config": {"majorLossThreshold": {"amount": "50000.00", "currency": "CNY"}}}}""");
        assertEquals(200, v2.status(), v2::toString);
        assertEquals(2, v2.json().getInt("version"));
        assertEquals(2, boss.get(policyPath + "/versions").json().getJsonArray("versions").size());
        JsonObject after = boss.post(complaints, complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", "12000.00", "CNY")).json();
        assertEquals("IMPORTANT", after.getJsonObject("grade").getString("code"));
        assertEquals(2, after.getInt("policyVersion"));

        // history is not rewritten: the first case keeps its grade and version until it is regraded on purpose
        JsonObject before = boss.get(complaints + "/" + major).json();
        assertEquals("MAJOR", before.getJsonObject("grade").getString("code"));
        assertEquals(1, before.getInt("policyVersion"));
        RestClient.Reply regraded = boss.post(complaints + "/" + major + "/grade", "{}");
        assertEquals(200, regraded.status(), regraded::toString);
        JsonObject now = regraded.json();
        assertEquals("IMPORTANT", now.getJsonObject("grade").getString("code"));
        assertEquals(2, now.getInt("policyVersion"));
        // RESOLUTION: 15 working days from Thu 2026-11-19 in Dubai = Thu 2026-12-10 17:00 = 13:00Z (was 30 WD)
        assertEquals("\"2026-12-10T13:00:00Z\"", dueTimes(now).get("RESOLUTION").toString());
        assertFalse(dueTimes(now).containsKey("CONTAINMENT"), "an important complaint has no containment clock");
        List<JsonObject> timeline = now.getJsonArray("timeline").stream().map(JsonValue::asJsonObject).toList();
        JsonObject regrade = timeline.stream().filter(t -> t.getString("kind").equals("REGRADED")).findFirst().orElseThrow();
        assertEquals("MAJOR", regrade.getJsonObject("detail").getJsonObject("from").getString("grade"));
        assertEquals(1, regrade.getJsonObject("detail").getJsonObject("from").getInt("policyVersion"));
        JsonObject recomputed = timeline.stream().filter(t -> t.getString("kind").equals("CLOCKS_RECOMPUTED")).findFirst().orElseThrow();
        assertTrue(recomputed.getJsonObject("detail").getJsonArray("replaced").toString().contains("2026-12-31T13:00:00Z"),
                "the old RESOLUTION due time stays in the timeline");

        // by hand: a grade of the scheme and a reason are required
        assertEquals(List.of("reason"), errorFields(boss.post(complaints + "/" + major + "/grade", "{\"grade\": \"MAJOR\"}")));
        assertEquals(List.of("grade"), errorFields(boss.post(complaints + "/" + major + "/grade", "{\"grade\": \"LEVEL_3\", \"reason\": \"x\"}")));
        JsonObject byHand = boss.post(complaints + "/" + major + "/grade",
                "{\"grade\": \"MAJOR\", \"reason\": \"the customer is a key partner\"}").json();
        assertEquals("MAJOR", byHand.getJsonObject("grade").getString("code"));
        assertEquals("manual", byHand.getJsonObject("grade").getString("rule"));
    }

    @Test
    void invalidPolicyEditsAnswer422NamingTheFieldAndChangeNothing() {
        String slug = newSlug("bpol");
        RestClient boss = tenant(slug);
        String policyPath = "api/v1/tenants/" + slug + "/policy";
        RestClient.Reply unknown = boss.put(policyPath, "{\"grading\": {\"plugin\": \"no-such-plugin\"}}");
        assertProblem(unknown, 422);
        assertEquals(List.of("grading.plugin"), errorFields(unknown));
        RestClient.Reply badConfig = boss.put(policyPath, """
                {"grading": {"plugin": "grading-loss-risk", "config": {"majorGroupSize": 1, "bogus": 3,
                  "majorLossThreshold": {"amount": "-1", "currency": "CNY"}}}}""");
        assertProblem(badConfig, 422);
        List<String> fields = errorFields(badConfig);
        assertTrue(fields.containsAll(List.of("grading.config.majorGroupSize", "grading.config.bogus", "grading.config.majorLossThreshold.amount")),
                fields::toString);
        RestClient.Reply badPlans = boss.put(policyPath, """
                {"grading": {"plugin": "grading-loss-risk"},
                 "handlingPlans": {
                   "GENERAL": [{"stage": "RESPONSE", "anchor": "RECEIVED", "amount": 1, "unit": "WORKING_HOURS"},
                               {"stage": "PLAN", "anchor": "INVESTIGATION", "amount": 0, "unit": "FORTNIGHTS"}],
                   "MAJOR": [{"stage": "RESPONSE", "anchor": "RECEIVED", "amount": 1, "unit": "WORKING_HOURS"}],
                   "FOO": []}}""");
        assertProblem(badPlans, 422);
        assertEquals(List.of("handlingPlans.FOO", "handlingPlans.GENERAL[1].amount", "handlingPlans.GENERAL[1].anchor",
                "handlingPlans.GENERAL[1].unit", "handlingPlans.IMPORTANT"), errorFields(badPlans).stream().sorted().toList());
        RestClient.Reply missingGrade = boss.put(policyPath, """
                {"grading": {"plugin": "grading-loss-risk"},
                 "handlingPlans": {"GENERAL": [], "MAJOR": [], "FOO": []}}""");
        assertProblem(missingGrade, 422);
        assertEquals(List.of("handlingPlans.FOO", "handlingPlans.IMPORTANT"), errorFields(missingGrade).stream().sorted().toList());
        RestClient.Reply badLadders = boss.put(policyPath, """
                {"grading": {"plugin": "grading-loss-risk"},
                 "escalation": {"MAJOR": [{"share": 80, "notify": "ASSIGNEE"}, {"share": 80, "notify": "SUPERVISOR"}],
                                "FOO": [{"share": 0}]}}""");
        assertProblem(badLadders, 422);
        assertEquals(List.of("escalation.FOO[0].notify", "escalation.FOO[0].share", "escalation.MAJOR[1].share"),
                errorFields(badLadders).stream().sorted().toList());
        RestClient.Reply unknownTarget = boss.put(policyPath, """
                {"grading": {"plugin": "grading-loss-risk"},
                 "escalation": {"GENERAL": [{"share": 100, "notify": "NOBODY_KNOWN"}], "FOO": [{"share": 100, "notify": "LEGAL"}]}}""");
        assertProblem(unknownTarget, 422);
        assertEquals(List.of("escalation.FOO", "escalation.GENERAL[0].notify"), errorFields(unknownTarget).stream().sorted().toList());
        assertEquals(1, boss.get(policyPath).json().getInt("version"), "nothing was written");
        // only a tenant administrator edits the policy; B's administrator cannot even see A's
        String other = newSlug("bpol2");
        RestClient stranger = tenant(other);
        assertProblem(stranger.put(policyPath, "{\"grading\": {\"plugin\": \"grading-loss-risk\"}}"), 404);
    }

    @Test
    void networkGradingTemplateRunsPolicyB() {
        String slug = newSlug("net");
        RestClient boss = tenant(slug, "network-grading");
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        String calm = """
                {"channel": "FORUM", "receivedAt": "2026-09-30T17:30:00+08:00", "complainant": {"name": "王芳"},
                 "subject": "提示信息不清楚", "impact": "MINOR", "emotion": "CALM"}""";
        JsonObject level1 = boss.post(complaints, calm).json();
        assertEquals("LEVEL_1", level1.getJsonObject("grade").getString("code"));
        assertEquals("minor-impact", level1.getJsonObject("grade").getString("rule"));
        assertEquals("CN", level1.getString("region"));
        // 30 min left on Wed 30 Sep, then the National Day holidays; 1.5 h more on Thu 8 Oct from 09:00 = 10:30+08:00
        assertEquals("\"2026-10-08T02:30:00Z\"", dueTimes(level1).get("RESPONSE").toString());
        // 3 working days: Thu 8, Fri 9, and the make-up Saturday 10 Oct (调休), ending 18:00+08:00
        assertEquals("\"2026-10-10T10:00:00Z\"", dueTimes(level1).get("RESOLUTION").toString());
        JsonObject level2 = boss.post(complaints, calm.replace("\"CALM\"", "\"UNHAPPY\"")).json();
        assertEquals("LEVEL_2", level2.getJsonObject("grade").getString("code"));
        assertEquals("user-unhappy", level2.getJsonObject("grade").getString("rule"));
        JsonObject level3 = boss.post(complaints, calm.replace("\"MINOR\"", "\"INTERRUPTION\"")).json();
        assertEquals("LEVEL_3", level3.getJsonObject("grade").getString("code"));
        assertEquals("business-interruption", level3.getJsonObject("grade").getString("rule"));
        assertEquals("\"2026-09-30T11:30:00Z\"", dueTimes(level3).get("CONTAINMENT").toString(), "2 elapsed hours");
        JsonObject policy = boss.get("api/v1/tenants/" + slug + "/policy").json();
        assertEquals("LEADERSHIP_GROUP", stage(policy, "LEVEL_3", "CONTAINMENT").getString("owner"));
        assertTrue(stage(policy, "LEVEL_3", "CONTAINMENT").getJsonArray("mandatorySteps").toString().contains("EMERGENCY_MEETING"));
    }

    @Test
    void generalFeedbackTemplateRunsPolicyA() {
        String slug = newSlug("gen");
        RestClient boss = tenant(slug, "general-feedback");
        JsonObject standard = boss.post("api/v1/tenants/" + slug + "/complaints", """
                {"channel": "PHONE", "receivedAt": "2026-11-23T10:00:00+08:00", "complainant": {"name": "李雷"},
                 "subject": "退款进度慢"}""").json();
        assertEquals("STANDARD", standard.getJsonObject("grade").getString("code"));
        assertEquals("single-grade", standard.getJsonObject("grade").getString("rule"));
        Map<String, JsonValue> due = dueTimes(standard);
        assertEquals("\"2026-11-26T02:00:00Z\"", due.get("RESPONSE").toString(), "72 elapsed hours");
        assertEquals("\"2026-11-23T03:00:00Z\"", due.get("REGISTRATION").toString());
        assertEquals("\"2026-11-23T05:00:00Z\"", due.get("INVESTIGATION").toString());
        assertEquals("\"2026-11-30T02:00:00Z\"", due.get("PLAN").toString(), "7 days");
        assertEquals("\"2026-12-23T02:00:00Z\"", due.get("RESOLUTION").toString(), "30 days");
        assertEquals("\"2026-11-27T10:00:00Z\"", due.get("PROGRESS_UPDATE").toString(), "the Friday review, 18:00+08:00");
        assertEquals(JsonValue.NULL, due.get("RETURN_VISIT"), "30 days after the resolution, which has not happened");
    }

    @Test
    void aDroppedInPluginIsListedAndCanBeChosen() {
        RestClient.Reply listed = admin().get("api/v1/plugins");
        assertEquals(200, listed.status(), listed::toString);
        List<JsonObject> plugins = listed.json().getJsonArray("plugins").stream().map(JsonValue::asJsonObject).toList();
        assertTrue(plugins.stream().map(p -> p.getString("id")).toList().containsAll(List.of(
                "grading-loss-risk", "grading-severity", "grading-single", "grading-channel")), plugins::toString);
        JsonObject channel = plugins.stream().filter(p -> p.getString("id").equals("grading-channel")).findFirst().orElseThrow();
        assertEquals("GRADING_SCHEME", channel.getString("kind"));
        JsonObject urgentChannels = channel.getJsonArray("configSchema").getJsonObject(0);
        assertEquals("urgentChannels", urgentChannels.getString("key"));
        assertEquals("紧急渠道", urgentChannels.getJsonObject("label").getString("zh-CN"));

        String slug = newSlug("drop");
        RestClient boss = tenant(slug);
        RestClient.Reply chosen = boss.put("api/v1/tenants/" + slug + "/policy",
                "{\"grading\": {\"plugin\": \"grading-channel\", \"config\": {\"urgentChannels\": [\"WHATSAPP\"]}}}");
        assertEquals(200, chosen.status(), chosen::toString);
        assertEquals(List.of("NORMAL", "URGENT"), List.copyOf(chosen.json().getJsonObject("handlingPlans").keySet()));
        JsonObject urgent = boss.post("api/v1/tenants/" + slug + "/complaints",
                complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", null, null)).json();
        assertEquals("URGENT", urgent.getJsonObject("grade").getString("code"));
        assertEquals("urgent-channel", urgent.getJsonObject("grade").getString("rule"));
        assertEquals("\"2026-11-19T09:30:00Z\"", dueTimes(urgent).get("RESPONSE").toString());
    }

    @Test
    void aFailingPluginNeverLosesAComplaint() {
        String slug = newSlug("fault");
        RestClient boss = tenant(slug);
        String complaints = "api/v1/tenants/" + slug + "/complaints";
        Map<String, String> faults = Map.of("THROW", "failed", "HANG", "did not answer within",
                "UNKNOWN_GRADE", "unknown grade", "NOTHING", "no decision");
        String last = null;
        for (Map.Entry<String, String> fault : faults.entrySet()) {
            assertEquals(200, boss.put("api/v1/tenants/" + slug + "/policy",
                    "{\"grading\": {\"plugin\": \"fixture-faulty-grading\", \"config\": {\"mode\": \"" + fault.getKey() + "\"}}}").status());
            RestClient.Reply stored = boss.post(complaints, complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", null, null));
            assertEquals(201, stored.status(), stored::toString);
            JsonObject flagged = stored.json();
            assertEquals("NEEDS_MANUAL_GRADING", flagged.getString("status"), fault.getKey());
            assertEquals(JsonValue.NULL, flagged.get("grade"));
            assertTrue(flagged.getString("gradingFault").contains(fault.getValue()), fault.getKey() + ": " + flagged.getString("gradingFault"));
            assertTrue(flagged.getJsonArray("timeline").stream().anyMatch(t -> t.asJsonObject().getString("kind").equals("GRADING_FAILED")));
            assertEquals(0, flagged.getJsonArray("deadlines").size(), "no grade, no clocks yet");
            last = flagged.getString("caseNumber");
        }
        assertEquals(faults.size(), boss.get(complaints + "?status=NEEDS_MANUAL_GRADING").json().getInt("total"));

        // staff grade it by hand; the clocks of that grade start from the receipt
        RestClient.Reply byHand = boss.post(complaints + "/" + last + "/grade", "{\"grade\": \"ONLY\", \"reason\": \"the plugin is down\"}");
        assertEquals(200, byHand.status(), byHand::toString);
        assertEquals("RECEIVED", byHand.json().getString("status"));
        assertEquals("manual", byHand.json().getJsonObject("grade").getString("rule"));
        assertEquals(JsonValue.NULL, byHand.json().get("gradingFault"));
        assertTrue(dueTimes(byHand.json()).get("RESPONSE") != JsonValue.NULL);
    }

    @Test
    void aDraftPolicyCanBeTriedOnAComplaintWithoutSavingIt() {
        String slug = newSlug("try");
        RestClient boss = tenant(slug);
        String preview = "api/v1/tenants/" + slug + "/policy/preview";
        String facts = complaint("2026-11-19T11:30:00+04:00", "MIDDLE_EAST", "12000.00", "CNY");
        JsonObject current = boss.post(preview, "{\"complaint\": " + facts + "}").json();
        assertEquals("MAJOR", current.getJsonObject("grade").getString("code"));
        JsonObject draft = boss.post(preview, """
                {"policy": {"grading": {"plugin": "grading-loss-risk",
                            "config": {"majorLossThreshold": {"amount": "50000.00", "currency": "CNY"}}}},
                 "complaint": %s}""".formatted(facts)).json();
        assertEquals("IMPORTANT", draft.getJsonObject("grade").getString("code"));
        assertEquals("重要投诉", draft.getJsonObject("grade").getJsonObject("label").getString("zh-CN"));
        Map<String, JsonValue> due = draft.getJsonArray("deadlines").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(d -> d.getString("stage"), d -> d.get("dueAt")));
        assertEquals("\"2026-12-10T13:00:00Z\"", due.get("RESOLUTION").toString());
        assertEquals(JsonValue.NULL, due.get("PLAN"));
        assertEquals(1, boss.get("api/v1/tenants/" + slug + "/policy").json().getInt("version"), "trying saves nothing");
        assertEquals(0, boss.get("api/v1/tenants/" + slug + "/complaints").json().getInt("total"));
        RestClient.Reply bad = boss.post(preview, "{\"policy\": {\"grading\": {}}, \"complaint\": {\"channel\": \"FAX\"}}");
        assertProblem(bad, 422);
        assertTrue(errorFields(bad).containsAll(List.of("policy.grading.plugin", "complaint.channel")), bad::toString);
    }

    static List<String> chainRoles(JsonObject chain) {
        return chain.getJsonArray("steps").stream()
                .map(st -> st.asJsonObject().getJsonArray("approvers").stream()
                        .map(a -> a.asJsonObject().getString("role")).collect(Collectors.joining("+")))
                .toList();
    }

    @Test
    void templatesBringTheirApprovalRulesKpisAndOrganisation() {
        String a = newSlug("pa");
        RestClient bossA = tenant(a, "general-feedback");
        JsonObject policyA = bossA.get("api/v1/tenants/" + a + "/policy").json();
        assertEquals("approval-thresholds", policyA.getJsonObject("approval").getString("plugin"));
        assertEquals("kpi-scorecard", policyA.getJsonObject("kpi").getString("plugin"));
        assertTrue(policyA.getJsonArray("organisation").toString().contains("COMPLAINT_DEPARTMENT"));
        String chainA = "api/v1/tenants/" + a + "/policy/approval-chain";
        // Policy A: a refund above 10,000 CNY needs the director; up to it, a supervisor
        assertEquals(List.of("supervisor"), chainRoles(bossA.post(chainA,
                "{\"type\": \"REFUND\", \"amount\": {\"amount\": \"10000.00\", \"currency\": \"CNY\"}}").json()));
        assertEquals(List.of("director"), chainRoles(bossA.post(chainA,
                "{\"type\": \"REFUND\", \"amount\": {\"amount\": \"10000.01\", \"currency\": \"CNY\"}}").json()));
        // 1,409 USD = 10,003.90 CNY at the tenant's rate
        assertEquals(List.of("director"), chainRoles(bossA.post(chainA,
                "{\"type\": \"REFUND\", \"amount\": {\"amount\": \"1409.00\", \"currency\": \"USD\"}}").json()));
        // a purchase: department head, then finance, then the CEO
        JsonObject purchase = bossA.post(chainA, "{\"type\": \"PURCHASE\", \"amount\": {\"amount\": \"500.00\", \"currency\": \"CNY\"}}").json();
        assertEquals(List.of("department-head", "finance", "ceo"), chainRoles(purchase));
        assertTrue(purchase.getJsonArray("steps").stream().allMatch(st -> st.asJsonObject().getString("mode").equals("SERIAL")));

        String c = newSlug("pc");
        RestClient bossC = tenant(c);
        JsonObject policyC = bossC.get("api/v1/tenants/" + c + "/policy").json();
        assertTrue(policyC.getJsonArray("organisation").toString().contains("MIDDLE_EAST_CENTRE"));
        assertEquals("kpi-scorecard", policyC.getJsonObject("kpi").getString("plugin"));
        String chainC = "api/v1/tenants/" + c + "/policy/approval-chain";
        assertEquals(List.of("regional-centre-head"), chainRoles(bossC.post(chainC, "{\"type\": \"PLAN\", \"grade\": \"IMPORTANT\"}").json()));
        assertEquals(List.of("management"), chainRoles(bossC.post(chainC, "{\"type\": \"PLAN\", \"grade\": \"MAJOR\"}").json()));
        assertEquals(List.of("management", "general-manager"), chainRoles(bossC.post(chainC,
                "{\"type\": \"COMPENSATION\", \"grade\": \"MAJOR\", \"amount\": {\"amount\": \"150000.00\", \"currency\": \"CNY\"}}").json()));
        JsonObject none = bossC.post(chainC, "{\"type\": \"PLAN\", \"grade\": \"GENERAL\"}").json();
        assertFalse(none.getBoolean("needsApproval"));
        assertEquals(List.of("type"), errorFields(bossC.post(chainC, "{\"type\": \"BRIBE\"}")));

        // the approval rules and the organisation are policy too: validated, versioned
        RestClient.Reply badRules = bossC.put("api/v1/tenants/" + c + "/policy", """
                {"grading": {"plugin": "grading-loss-risk"},
                 "approval": {"plugin": "approval-thresholds", "config": {"rules": [{"id": "x", "types": ["LUNCH"], "steps": []}]}},
                 "kpi": {"plugin": "no-such-kpi"},
                 "organisation": [{"code": "legal", "kind": "TEAM", "name": {"zh-CN": "法务", "en": ""}}]}""");
        assertProblem(badRules, 422);
        List<String> fields = errorFields(badRules);
        assertTrue(fields.stream().anyMatch(f -> f.startsWith("approval.config.rules[0]")), fields::toString);
        assertTrue(fields.containsAll(List.of("kpi.plugin", "organisation[0].code", "organisation[0].kind", "organisation[0].name.en")),
                fields::toString);
        RestClient.Reply kept = bossC.put("api/v1/tenants/" + c + "/policy", "{\"grading\": {\"plugin\": \"grading-loss-risk\"}}");
        assertEquals(200, kept.status(), kept::toString);
        assertEquals("approval-thresholds", kept.json().getJsonObject("approval").getString("plugin"), "left out, the approval rules stay");
        assertEquals(policyC.getJsonArray("organisation"), kept.json().getJsonArray("organisation"));
    }

    @Test
    void aCalendarCanBeCheckedDayByDay() {
        String slug = newSlug("cpv");
        RestClient boss = tenant(slug);
        RestClient.Reply preview = boss.get("api/v1/tenants/" + slug + "/calendars/CN/preview?from=2026-09-30&days=11");
        assertEquals(200, preview.status(), preview::toString);
        List<JsonObject> days = preview.json().getJsonArray("days").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(11, days.size());
        assertEquals("WORKDAY", days.get(0).getString("kind"));
        assertEquals("HOLIDAY", days.get(1).getString("kind"), "1 October, National Day");
        assertEquals("MAKE_UP_DAY", days.get(10).getString("kind"), "Saturday 10 October is worked (调休)");
        JsonObject makeUp = days.get(10).getJsonArray("intervals").getJsonObject(0);
        assertEquals("2026-10-10T01:00:00Z", makeUp.getString("from"));
        assertEquals("2026-10-10T10:00:00Z", makeUp.getString("to"));
        RestClient.Reply bad = boss.get("api/v1/tenants/" + slug + "/calendars/CN/preview?from=yesterday&days=1000");
        assertProblem(bad, 400);
        assertEquals(List.of("days", "from"), errorFields(bad).stream().sorted().toList());
        assertProblem(boss.get("api/v1/tenants/" + slug + "/calendars/NOPE/preview"), 404);

        // a Gulf calendar whose breaks are the day's computed prayer times, not a fixed hour
        String dubai = """
                {"timeZone": "Asia/Dubai",
                 "week": {"MONDAY": [["08:00","17:00"]], "TUESDAY": [["08:00","17:00"]], "WEDNESDAY": [["08:00","17:00"]],
                          "THURSDAY": [["08:00","17:00"]], "FRIDAY": [["08:00","17:00"]]},
                 "prayerBreaks": {"latitude": 25.2048, "longitude": 55.2708, "method": "DUBAI", "minutes": 20,
                                  "prayers": ["DHUHR", "ASR"]}}""";
        assertEquals(201, boss.put("api/v1/tenants/" + slug + "/calendars/GULF_PRAYER", dubai).status());
        JsonObject thursday = boss.get("api/v1/tenants/" + slug + "/calendars/GULF_PRAYER/preview?from=2026-11-19&days=1")
                .json().getJsonArray("days").getJsonObject(0);
        assertEquals(3, thursday.getJsonArray("intervals").size(), "08:00–17:00 cut by Dhuhr and Asr: " + thursday);
        assertEquals("DUBAI", boss.get("api/v1/tenants/" + slug + "/calendars/GULF_PRAYER").json()
                .getJsonObject("prayerBreaks").getString("method"));
        RestClient.Reply badPrayer = boss.put("api/v1/tenants/" + slug + "/calendars/GULF_PRAYER",
                dubai.replace("\"DUBAI\"", "\"MARS\"").replace("25.2048", "95"));
        assertEquals(List.of("prayerBreaks.latitude", "prayerBreaks.method"), errorFields(badPrayer).stream().sorted().toList());

        // next year's schedule is loaded when it is published; the other years stay (these 2027 dates are test data)
        String year = "api/v1/tenants/" + slug + "/calendars/CN/years/2027";
        RestClient.Reply loaded = boss.put(year, """
                {"source": "test data", "holidays": ["2027-01-01"], "extraWorkingDays": ["2027-01-09"]}""");
        assertEquals(200, loaded.status(), loaded::toString);
        String holidays = loaded.json().getJsonArray("holidays").toString();
        assertTrue(holidays.contains("2027-01-01") && holidays.contains("2026-10-01"), holidays);
        assertEquals("MAKE_UP_DAY", boss.get("api/v1/tenants/" + slug + "/calendars/CN/preview?from=2027-01-09&days=1")
                .json().getJsonArray("days").getJsonObject(0).getString("kind"));
        RestClient.Reply wrongYear = boss.put(year, "{\"holidays\": [\"2028-01-01\"], \"extraWorkingDays\": [\"soon\"]}");
        assertProblem(wrongYear, 400);
        assertEquals(List.of("extraWorkingDays[0]", "holidays[0]"), errorFields(wrongYear).stream().sorted().toList());
        assertTrue(boss.get("api/v1/tenants/" + slug + "/calendars/CN").json().getJsonArray("holidays").toString().contains("2027-01-01"),
                "a rejected load changes nothing");
    }
}
