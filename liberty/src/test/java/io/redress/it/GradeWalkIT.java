package io.redress.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * Every grade of each template walked through its whole life — intake, containment where the grade has it,
 * acknowledgement, registration, assignment (to the leadership group or task force where the grade demands it), the
 * investigation, the plan and its approval chain, progress updates, resolution, feedback, the complainant's survey
 * from the public link, the return visit and the closure (by the director's signature where the policy says so) — each
 * step by a role that may take it and every role that must not refused first; at the end no clock is missed or still
 * running, each step is in the timeline and the audit chain holds.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradeWalkIT extends SystemTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.redress("redress-walk");
    }

    /** A member of staff: their client and user name (their password signs approvals). */
    record Member(RestClient client, String username) {
        String password() {
            return username + "-secret-1";
        }
    }

    /** A tenant on a template, its administrator and its auditor. */
    final class Company {
        final String slug;
        final RestClient boss;
        final Member auditor;

        Company(String prefix, String template, String locale, String zone) {
            slug = newSlug(prefix);
            RestClient.Reply onboarded = anonymous().as("admin", SystemIT.ADMIN_PASSWORD).post("api/v1/tenants", """
                    {"slug": "%s", "name": "Walk", "template": "%s", "locale": "%s", "timeZone": "%s",
                     "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, template, locale, zone, bossPassword(slug)));
            assertEquals(201, onboarded.status(), onboarded::toString);
            boss = anonymous().as("boss", bossPassword(slug));
            auditor = staff("audrey", "auditor", "");
        }

        Member staff(String username, String role, String profile) {
            RestClient.Reply created = boss.post("api/v1/tenants/" + slug + "/staff", """
                    {"username": "%s", "password": "%s-secret-1", "roles": ["%s"]%s}""".formatted(username, username, role, profile));
            assertEquals(201, created.status(), created::toString);
            return new Member(anonymous().as(username, username + "-secret-1"), username);
        }

        String complaints() {
            return "api/v1/tenants/" + slug + "/complaints";
        }
    }

    /** How one grade is worked: who works it, who leads, who signs its plan and its closure. */
    record Roles(Member worker, Member otherWorker, Member lead, Member outsider, List<Member> planSigners,
                 List<Member> closureSigners) {
    }

    /** Received a minute ago: every clock is met when the case is worked at once. */
    static String aMinuteAgo() {
        return Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static List<String> stages(JsonObject caseFile) {
        return caseFile.getJsonArray("deadlines").stream().map(d -> d.asJsonObject().getString("stage")).distinct().toList();
    }

    static boolean runs(JsonObject caseFile, String stage) {
        return caseFile.getJsonArray("deadlines").stream().map(JsonValue::asJsonObject)
                .anyMatch(d -> d.getString("stage").equals(stage) && d.get("dueAt") != JsonValue.NULL
                        && d.get("completedAt") == JsonValue.NULL && !d.getBoolean("paused"));
    }

    /** One case of a grade, walked to closure; counts the transitions it takes. */
    final class Walk {
        final Company company;
        final Roles roles;
        final String one;
        final String transitions;
        final String token;
        final List<String> taken = new ArrayList<>();

        Walk(Company company, Roles roles, String complaint, String grade) {
            this.company = company;
            this.roles = roles;
            RestClient.Reply created = roles.worker().client().post(company.complaints(), complaint.formatted(aMinuteAgo()));
            assertEquals(201, created.status(), created::toString);
            assertEquals(grade, created.json().getJsonObject("grade").getString("code"), created::toString);
            one = company.complaints() + "/" + created.json().getString("caseNumber");
            transitions = one + "/transitions";
            token = created.json().getString("trackingToken");
        }

        JsonObject file() {
            RestClient.Reply read = roles.lead().client().get(one);
            assertEquals(200, read.status(), read::toString);
            return read.json();
        }

        List<String> actions(Member who) {
            return who.client().get(one + "/actions").value().asJsonArray().stream().map(a -> ((JsonString) a).getString()).toList();
        }

        /** The administrator and the auditor never act, nor the others named; then the member takes the step. */
        JsonObject step(Member who, String body, String expectedStatus, Member... refused) {
            assertProblem(company.boss.post(transitions, body), 403);
            assertProblem(company.auditor.client().post(transitions, body), 403);
            for (Member other : refused) {
                assertProblem(other.client().post(transitions, body), 403);
            }
            RestClient.Reply done = who.client().post(transitions, body);
            assertEquals(200, done.status(), () -> body + " by " + who.username() + ": " + done);
            assertEquals(expectedStatus, done.json().getString("status"), done::toString);
            taken.add(body);
            return done.json();
        }

        /** Signs the open approval of the case with each signer in turn; the ones who hold no place are refused. */
        void sign(String type, List<Member> signers, Member... refused) {
            JsonObject request = company.auditor.client().get(one + "/approvals").value().asJsonArray().stream()
                    .map(JsonValue::asJsonObject)
                    .filter(r -> r.getString("type").equals(type) && r.getString("status").equals("PENDING"))
                    .findFirst().orElseThrow(() -> new AssertionError("no pending " + type + " approval on " + one));
            String decision = "api/v1/tenants/" + company.slug + "/approvals/" + request.getString("id") + "/decision";
            for (Member other : refused) {
                assertProblem(other.client().post(decision, signature(other)), 403);
            }
            assertProblem(company.auditor.client().post(decision, signature(company.auditor)), 403);
            for (int i = 0; i < signers.size(); i++) {
                Member signer = signers.get(i);
                RestClient.Reply wrongPassword = signer.client().post(decision,
                        "{\"decision\": \"APPROVE\", \"password\": \"not-my-password\"}");
                assertProblem(wrongPassword, 403);
                RestClient.Reply signed = signer.client().post(decision, signature(signer));
                assertEquals(200, signed.status(), signed::toString);
                String expected = i == signers.size() - 1 ? "APPROVED" : "PENDING";
                assertEquals(expected, signed.json().getString("status"), signed::toString);
            }
        }

        String signature(Member signer) {
            return "{\"decision\": \"APPROVE\", \"password\": \"" + signer.password() + "\", \"comment\": \"agreed\"}";
        }

        /** The whole life; {@code groupOwner} is the group the grade's cases go to, or null. */
        void toClosure(String groupOwner) {
            Member worker = roles.worker();
            Member lead = roles.lead();
            JsonObject received = file();
            assertEquals("RECEIVED", received.getString("status"));
            assertProblem(worker.client().post(transitions, act("REGISTER")), 409);
            assertProblem(worker.client().post(transitions, act("RESOLVE")), 409);

            if (stages(received).contains("CONTAINMENT")) {
                assertTrue(actions(worker).contains("CONTAIN"), () -> actions(worker).toString());
                JsonObject contained = step(worker, act("CONTAIN"), "RECEIVED");
                assertFalse(runs(contained, "CONTAINMENT"));
                assertProblem(worker.client().post(transitions, act("CONTAIN")), 409);
            } else {
                assertProblem(worker.client().post(transitions, act("CONTAIN")), 409);
                assertFalse(actions(worker).contains("CONTAIN"));
            }
            step(worker, act("ACKNOWLEDGE"), "ACKNOWLEDGED");
            step(worker, act("REGISTER"), "REGISTERED");

            String candidates = one + "/candidates";
            List<String> offered = lead.client().get(candidates).value().asJsonArray().stream()
                    .map(c -> c.asJsonObject().getString("username")).toList();
            assertTrue(offered.contains(worker.username()), offered::toString);
            if (groupOwner != null) {
                assertFalse(offered.contains(roles.outsider().username()), () -> "only the " + groupOwner + ": " + offered);
                RestClient.Reply outside = lead.client().post(transitions,
                        "{\"action\": \"ASSIGN\", \"assignee\": \"" + roles.outsider().username() + "\"}");
                assertProblem(outside, 400);
                assertEquals(List.of("assignee"), errorFields(outside));
                assertTrue(outside.body().contains(groupOwner), outside::toString);
            }
            JsonObject assigned = step(lead, "{\"action\": \"ASSIGN\", \"assignee\": \"" + worker.username() + "\"}", "ASSIGNED",
                    worker);
            assertEquals(worker.username(), assigned.getString("assignee"));

            step(worker, act("START_INVESTIGATION"), "INVESTIGATING", roles.otherWorker());
            step(worker, "{\"action\": \"PROPOSE_PLAN\", \"note\": \"refund the fee and fix the cause\"}", "PLAN_PROPOSED",
                    roles.otherWorker());
            if (roles.planSigners().isEmpty()) {
                step(lead, act("APPROVE_PLAN"), "PLAN_APPROVED", worker);
            } else {
                assertProblem(lead.client().post(transitions, act("APPROVE_PLAN")), 409);
                sign("PLAN", roles.planSigners(), worker);
                assertEquals("PLAN_APPROVED", file().getString("status"));
                taken.add("APPROVE_PLAN (by the plan's approval)");
            }
            JsonObject resolving = step(worker, act("START_RESOLUTION"), "RESOLVING", roles.otherWorker());
            if (runs(resolving, "PROGRESS_UPDATE")) {
                long before = resolving.getJsonArray("deadlines").stream()
                        .filter(d -> d.asJsonObject().getString("stage").equals("PROGRESS_UPDATE")).count();
                JsonObject updated = step(worker, act("REPORT_PROGRESS"), "RESOLVING", roles.otherWorker());
                List<JsonObject> updates = updated.getJsonArray("deadlines").stream().map(JsonValue::asJsonObject)
                        .filter(d -> d.getString("stage").equals("PROGRESS_UPDATE")).toList();
                assertEquals(before + 1, updates.size(), "the next update falls due: " + updates);
                assertTrue(updates.get(updates.size() - 2).getBoolean("met"));
                assertNotEquals(JsonValue.NULL, updates.get(updates.size() - 1).get("dueAt"));
            } else {
                assertProblem(worker.client().post(transitions, act("REPORT_PROGRESS")), 409);
            }
            step(worker, act("RESOLVE"), "RESOLVED", roles.otherWorker());
            JsonObject fedBack = step(worker, act("GIVE_FEEDBACK"), "FEEDBACK_GIVEN", roles.otherWorker());

            List<String> stages = stages(fedBack);
            RestClient.Reply answered = anonymous().post("api/v1/public/surveys/" + token,
                    "{\"score\": 5, \"comment\": \"handled well\"}");
            assertEquals(200, answered.status(), answered::toString);
            assertEquals(5, answered.json().getJsonObject("survey").getInt("score"));
            for (String surveyed : List.of("SATISFACTION", "RETURN_VISIT")) {
                if (stages.contains(surveyed)) {
                    assertFalse(runs(file(), surveyed), "the answer completes " + surveyed);
                    break;
                }
            }
            if (stages.contains("RETURN_VISIT")) {
                step(worker, act("RECORD_RETURN_VISIT"), "RETURN_VISITED", roles.otherWorker());
            }

            if (roles.closureSigners().isEmpty()) {
                step(lead, act("CLOSE"), "CLOSED", worker);
            } else {
                assertFalse(actions(lead).contains("CLOSE"), "the policy puts the closure to approval");
                RestClient.Reply byHand = lead.client().post(transitions, act("CLOSE"));
                assertProblem(byHand, 409);
                assertTrue(byHand.body().contains("CLOSURE"), byHand::toString);
                RestClient.Reply asked = lead.client().post(one + "/approvals",
                        "{\"type\": \"CLOSURE\", \"subject\": \"refunded, the customer confirmed\"}");
                assertEquals(201, asked.status(), asked::toString);
                assertEquals("PENDING", asked.json().getString("status"));
                sign("CLOSURE", roles.closureSigners(), worker, lead);
                taken.add("CLOSE (by the closure's approval)");
            }

            JsonObject closed = file();
            assertEquals("CLOSED", closed.getString("status"));
            List<JsonObject> clocks = closed.getJsonArray("deadlines").stream().map(JsonValue::asJsonObject).toList();
            assertTrue(clocks.stream().noneMatch(d -> d.get("dueAt") != JsonValue.NULL && d.get("completedAt") == JsonValue.NULL),
                    () -> "no clock runs on a closed case: " + clocks);
            assertTrue(clocks.stream().noneMatch(d -> d.get("met") != JsonValue.NULL && !d.getBoolean("met")),
                    () -> "worked at once, no clock is missed: " + clocks);
            long recorded = closed.getJsonArray("timeline").stream()
                    .filter(t -> t.asJsonObject().getString("kind").equals("TRANSITION")).count();
            assertEquals(taken.size(), recorded, () -> "every step is on the timeline: " + taken);
            assertProblem(worker.client().post(transitions, act("ACKNOWLEDGE")), 409);
        }
    }

    static List<String> approverRoles(JsonObject chain, int step) {
        return chain.getJsonArray("steps").getJsonObject(step).getJsonArray("approvers").stream()
                .map(a -> a.asJsonObject().getString("role")).toList();
    }

    void chainHolds(Company company) {
        JsonObject verdict = company.auditor.client().get("api/v1/tenants/" + company.slug + "/audit/verify").json();
        assertTrue(verdict.getBoolean("valid"), verdict::toString);
    }

    @Test
    void policyA_theStandardGrade_planBySupervisor_closureByTheDirectorsSignature() {
        Company a = new Company("walk-a", "general-feedback", "zh-CN", "Asia/Shanghai");
        String dept = ", \"unit\": \"COMPLAINT_DEPARTMENT\"";
        Member li = a.staff("li.na", "specialist", dept);
        Member wu = a.staff("wu.lei", "specialist", dept);
        Member wang = a.staff("wang.wei", "supervisor", dept + ", \"positions\": [\"supervisor\"]");
        Member zhang = a.staff("zhang.min", "director", dept + ", \"positions\": [\"director\"]");
        Roles roles = new Roles(li, wu, wang, null, List.of(wang), List.of(zhang));
        new Walk(a, roles, """
                {"channel": "PHONE", "receivedAt": "%s", "complainant": {"name": "王芳", "kind": "CUSTOMER", "phone": "13800000000"},
                 "subject": "退款迟迟未到账"}""", "STANDARD").toClosure(null);
        chainHolds(a);
    }

    @Test
    void policyB_levels1To3_theLeadershipGroupHandlesAndSignsLevel3() {
        Company b = new Company("walk-b", "network-grading", "zh-CN", "Asia/Shanghai");
        Member kefu = b.staff("kefu", "specialist", ", \"unit\": \"CUSTOMER_SERVICE\"");
        Member tech = b.staff("tech", "specialist", ", \"unit\": \"TECHNOLOGY\"");
        Member lg = b.staff("lg.member", "specialist", ", \"unit\": \"TECHNOLOGY\", \"groups\": [\"LEADERSHIP_GROUP\"]");
        Member sup = b.staff("sup", "supervisor", ", \"unit\": \"CUSTOMER_SERVICE\"");
        Member head = b.staff("lg.head", "management", ", \"groups\": [\"LEADERSHIP_GROUP\"], \"positions\": [\"leadership-group-head\"]");
        Member dir = b.staff("dir", "director", ", \"positions\": [\"director\"]");

        RestClient.Reply notAGroup = b.boss.post("api/v1/tenants/" + b.slug + "/staff", """
                {"username": "x1", "password": "x1-secret-1", "roles": ["specialist"], "groups": ["TECHNOLOGY"]}""");
        assertProblem(notAGroup, 400);
        assertEquals(List.of("groups[0]"), errorFields(notAGroup));

        String complaint = """
                {"channel": "PHONE", "receivedAt": "%%s", "complainant": {"name": "李雷", "phone": "13900000000"},
                 "subject": "网络故障", "impact": "%s", "emotion": "%s"}""";
        new Walk(b, new Roles(kefu, tech, sup, null, List.of(), List.of()),
                complaint.formatted("MINOR", "CALM"), "LEVEL_1").toClosure(null);
        new Walk(b, new Roles(tech, kefu, sup, null, List.of(), List.of()),
                complaint.formatted("CORE_FUNCTION", "UNHAPPY"), "LEVEL_2").toClosure(null);
        new Walk(b, new Roles(lg, kefu, sup, kefu, List.of(head, dir), List.of()),
                complaint.formatted("INTERRUPTION", "AGITATED"), "LEVEL_3").toClosure("LEADERSHIP_GROUP");
        chainHolds(b);

        // Policy B's other thresholds, as its chain routes them: a level 2 extension to the department head, any
        // compensation to a supervisor, a level 3 plan to the leadership group's head and the director together
        String chain = "api/v1/tenants/" + b.slug + "/policy/approval-chain";
        JsonObject extension = b.boss.post(chain, "{\"type\": \"EXTENSION\", \"grade\": \"LEVEL_2\"}").json();
        assertEquals("level2-extension-by-department-head", extension.getString("rule"), extension::toString);
        assertEquals(List.of("department-head"), approverRoles(extension, 0));
        assertFalse(b.boss.post(chain, "{\"type\": \"EXTENSION\", \"grade\": \"LEVEL_1\"}").json().getBoolean("needsApproval"));
        JsonObject compensation = b.boss.post(chain,
                "{\"type\": \"COMPENSATION\", \"grade\": \"LEVEL_1\", \"amount\": {\"amount\": \"200.00\", \"currency\": \"CNY\"}}").json();
        assertEquals(List.of("supervisor"), approverRoles(compensation, 0));
        JsonObject plan = b.boss.post(chain, "{\"type\": \"PLAN\", \"grade\": \"LEVEL_3\"}").json();
        assertEquals("PARALLEL_ALL", plan.getJsonArray("steps").getJsonObject(0).getString("mode"));
        assertEquals(List.of("leadership-group-head", "director"), approverRoles(plan, 0));
        assertFalse(b.boss.post(chain, "{\"type\": \"PLAN\", \"grade\": \"LEVEL_2\"}").json().getBoolean("needsApproval"));
    }

    @Test
    void policyC_generalImportantMajor_regionalHeadAndManagementSign_theTaskForceHandlesMajor() {
        Company c = new Company("walk-c", "overseas-grading", "en", "Asia/Dubai");
        String trained = ", \"trainings\": [\"COMPLAINT_HANDLING\"]";
        Member omar = c.staff("omar", "specialist", ", \"unit\": \"MIDDLE_EAST_CENTRE\", \"languages\": [\"ar\", \"en\"]" + trained);
        Member lena = c.staff("lena", "specialist", ", \"unit\": \"MIDDLE_EAST_CENTRE\", \"languages\": [\"en\"]" + trained);
        Member tf = c.staff("tariq", "specialist", ", \"unit\": \"HQ_CUSTOMER_SERVICE\", \"languages\": [\"ar\"], "
                + "\"groups\": [\"HQ_TASK_FORCE\"]" + trained);
        Member sara = c.staff("sara", "supervisor", ", \"unit\": \"MIDDLE_EAST_CENTRE\", \"positions\": [\"regional-centre-head\"]");
        Member mona = c.staff("mona", "management", ", \"unit\": \"MANAGEMENT\", \"positions\": [\"management\"]");

        String complaint = """
                {"channel": "WHATSAPP", "receivedAt": "%%s", "region": "MIDDLE_EAST", "language": "ar",
                 "complainant": {"name": "Fatima Al Mansoori", "kind": "CUSTOMER", "phone": "+971 50 000 0000"},
                 "subject": "Shipment problem"%s}""";
        new Walk(c, new Roles(omar, lena, sara, null, List.of(), List.of()), complaint.formatted(""), "GENERAL").toClosure(null);
        new Walk(c, new Roles(omar, lena, sara, null, List.of(sara), List.of()),
                complaint.formatted(", \"flags\": [\"DELIVERY_DELAY\"]"), "IMPORTANT").toClosure(null);
        new Walk(c, new Roles(tf, lena, sara, omar, List.of(mona), List.of()),
                complaint.formatted(", \"claimedLoss\": {\"amount\": \"20000.00\", \"currency\": \"CNY\"}"), "MAJOR")
                .toClosure("HQ_TASK_FORCE");
        chainHolds(c);
    }
}
