package io.redress.it;

import io.redress.core.audit.AuditTrail;
import io.redress.core.audit.ChainVerdict;
import io.redress.core.complaint.ComplaintIntake;
import io.redress.core.sla.CalendarDefinition;
import io.redress.core.sla.Calendars;
import io.redress.core.tenant.Tenants;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.net.URI;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;

import static io.redress.it.SystemIT.assertProblem;
import static io.redress.it.SystemIT.bossPassword;
import static io.redress.it.SystemIT.newSlug;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail: every change through the API is appended with its actor and before/after, the chain verifies;
 * then an entry changed by hand in the database (as a DBA would: on PostgreSQL past the append-only trigger) is
 * reported as the first broken link of its tenant, and only of its tenant; concurrent appends never fork a chain.
 */
@ExtendWith(ArquillianExtension.class)
// not a SystemTest: some of its tests run inside the server, and the deployed archive does not carry that base class
class AuditIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.redress("redress-audit").addClasses(AuditIT.class, SystemIT.class, TenantSql.class, InServer.class, RestClient.class, Deployments.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Tenants tenants;

    @Inject
    ComplaintIntake intake;

    @Inject
    AuditTrail audit;

    @Inject
    Calendars calendars;

    RestClient anonymous() {
        return RestClient.at(URI.create(base.toString()));
    }

    @Test
    @RunAsClient
    void everyChangeThroughTheApiIsAppendedAndTheChainVerifies() {
        String slug = newSlug("audit");
        RestClient admin = anonymous().as("admin", SystemIT.ADMIN_PASSWORD);
        assertEquals(201, admin.post("api/v1/tenants", """
                {"slug": "%s", "name": "Audit", "template": "overseas-grading", "locale": "en", "timeZone": "Asia/Dubai",
                 "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, bossPassword(slug))).status());
        RestClient boss = anonymous().as("boss", bossPassword(slug));
        String t = "api/v1/tenants/" + slug;
        assertEquals(200, boss.put(t + "/exchange-rates", "{\"base\": \"CNY\", \"rates\": {\"USD\": \"7.10\"}}").status());
        assertEquals(201, boss.put(t + "/calendars/GULF", """
                {"timeZone": "Asia/Dubai", "week": {"MONDAY": [["09:00","17:00"]], "TUESDAY": [["09:00","17:00"]]}}""").status());
        assertEquals(200, boss.put(t + "/policy", "{\"grading\": {\"plugin\": \"grading-loss-risk\"}}").status());
        for (String[] member : new String[][] {{"omar", "specialist"}, {"sara", "supervisor"}, {"audrey", "auditor"}}) {
            assertEquals(201, boss.post(t + "/staff", """
                    {"username": "%s", "password": "%s-secret-1", "roles": ["%s"], "trainings": ["COMPLAINT_HANDLING"]}"""
                    .formatted(member[0], member[0], member[1])).status());
        }
        assertEquals(200, boss.put(t + "/staff/omar/profile", "{\"languages\": [\"ar\", \"en\"], \"trainings\": [\"COMPLAINT_HANDLING\"]}").status());
        RestClient omar = anonymous().as("omar", "omar-secret-1");
        RestClient sara = anonymous().as("sara", "sara-secret-1");
        RestClient audrey = anonymous().as("audrey", "audrey-secret-1");

        RestClient.Reply created = omar.post(t + "/complaints", """
                {"channel": "EMAIL", "receivedAt": "2026-11-19T10:00:00+04:00", "region": "MIDDLE_EAST",
                 "complainant": {"name": "Fatima"}, "subject": "Late delivery"}""");
        assertEquals(201, created.status(), created::toString);
        String caseNumber = created.json().getString("caseNumber");
        String one = t + "/complaints/" + caseNumber;
        assertEquals(200, omar.post(one + "/transitions", "{\"action\": \"ACKNOWLEDGE\"}").status());
        assertEquals(200, omar.post(one + "/transitions", "{\"action\": \"WAIT_FOR_CUSTOMER\", \"note\": \"invoice\"}").status());
        assertEquals(200, omar.post(one + "/transitions", "{\"action\": \"RESUME\"}").status());
        assertEquals(200, omar.post(one + "/stages/REGISTRATION/complete", "{}").status());
        assertEquals(200, sara.post(one + "/stages/RESOLUTION/extensions",
                "{\"amount\": 2, \"unit\": \"WORKING_DAYS\", \"reason\": \"parts on order\"}").status());
        assertEquals(200, sara.post(one + "/grade", "{\"grade\": \"IMPORTANT\", \"reason\": \"repeat customer\"}").status());

        // the case's entries, newest first, each with its actor and before/after
        JsonObject ofCase = audrey.get(t + "/audit?entityType=COMPLAINT&entityId=" + caseNumber + "&size=100").json();
        // the case was received days ago: the sweep appends the rungs its clocks reach meanwhile, as it finds them
        List<String> sweeps = List.of("DEADLINE_WARNING", "ESCALATED");
        List<String> actions = ofCase.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> !(e.getString("actor").equals("system") && sweeps.contains(e.getString("action"))))
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("GRADED_BY_HAND", "DEADLINE_EXTENDED", "STAGE_COMPLETED", "RESUMED", "WAITING_FOR_CUSTOMER",
                "TRANSITION", "CREATED"), actions);
        JsonObject transition = entry(ofCase, "TRANSITION");
        assertEquals("omar", transition.getString("actor"));
        assertEquals("RECEIVED", transition.getJsonObject("before").getString("status"));
        assertEquals("ACKNOWLEDGED", transition.getJsonObject("after").getString("status"));
        JsonObject regraded = entry(ofCase, "GRADED_BY_HAND");
        assertEquals("sara", regraded.getString("actor"));
        assertEquals("GENERAL", regraded.getJsonObject("before").getString("grade"));
        assertEquals("IMPORTANT", regraded.getJsonObject("after").getJsonObject("to").getString("grade"));
        assertEquals(JsonValue.NULL, entry(ofCase, "CREATED").get("before"));

        JsonObject all = boss.get(t + "/audit?size=500").json();
        List<String> kinds = all.getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("entityType") + " " + e.asJsonObject().getString("action")).toList();
        assertTrue(kinds.containsAll(List.of("CALENDAR CREATED", "POLICY CREATED_FROM_TEMPLATE", "EXCHANGE_RATES REPLACED",
                "POLICY REPLACED", "STAFF CREATED", "STAFF PROFILE_CREATED", "STAFF PROFILE_REPLACED")), kinds::toString);
        JsonObject rates = all.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("entityType").equals("EXCHANGE_RATES")).findFirst().orElseThrow();
        assertEquals("boss", rates.getString("actor"));
        assertEquals("7.10", rates.getJsonObject("after").getJsonObject("rates").getString("USD"));
        assertTrue(all.getJsonArray("items").stream().noneMatch(e -> e.toString().contains("-secret-1")), "no password is kept");

        JsonObject verdict = audrey.get(t + "/audit/verify").json();
        assertTrue(verdict.getBoolean("valid"), verdict::toString);
        // the sweep may have appended a rung since the list was read, never taken one away
        assertTrue(verdict.getInt("entries") >= all.getInt("total"), verdict::toString);
        // and once it has nothing more to append, the chain holds every entry listed
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                boss.get(t + "/audit?size=1").json().getInt("total") == audrey.get(t + "/audit/verify").json().getInt("entries"));
        assertFalse(verdict.containsKey("firstBrokenSeq"));

        // only the tenant's administrators and auditors read the trail; another tenant's caller sees no tenant
        assertProblem(omar.get(t + "/audit/verify"), 403);
        assertProblem(sara.get(t + "/audit"), 403);
        assertProblem(boss.get(t + "/audit?page=-1"), 400);
    }

    private static JsonObject entry(JsonObject page, String action) {
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").equals(action)).findFirst().orElseThrow();
    }

    @Test
    void anEntryChangedByHandInTheDatabaseIsTheFirstBrokenLinkOfItsTenantOnly() throws Exception {
        String a = onboard("tamper-a");
        String b = onboard("tamper-b");
        for (int i = 0; i < 3; i++) {
            take(a, "Case " + i);
            take(b, "Case " + i);
        }
        ChainVerdict intactA = audit.verify(a);
        assertTrue(intactA.valid(), intactA::toString);
        assertTrue(audit.verify(b).valid());
        long entriesA = intactA.entries();
        long victim = entriesA - 2;

        DataSource ds = InitialContext.doLookup("jdbc/redress");
        try (Connection c = ds.getConnection()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            if (postgres) {
                // row-level security: a statement bound to no tenant finds no entry to change
                assertEquals(0, tamper(c, a, victim));
                // bound to the tenant, the database refuses, whoever asks through the application's connection
                SQLException refused = assertThrows(SQLException.class, () -> TenantSql.asTenant(c, a, tx -> tamper(tx, a, victim)));
                assertTrue(refused.getMessage().contains("append-only"), refused::getMessage);
                assertThrows(SQLException.class, () -> TenantSql.asTenant(c, a, tx -> {
                    try (PreparedStatement delete = tx.prepareStatement("DELETE FROM audit_entry WHERE tenant_id = ?")) {
                        delete.setString(1, a);
                        return delete.executeUpdate();
                    }
                }));
                assertTrue(audit.verify(a).valid(), "nothing was changed");
                // what a DBA (the table's owner) can still do on purpose: switch the trigger off, edit, switch it on
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
                }
                int changed = TenantSql.asTenant(c, a, tx -> tamper(tx, a, victim));
                assertEquals(1, changed);
                try (Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
                }
            } else {
                // H2 has no trigger (see V6_1 for H2): the application has no update path, a DBA's SQL does
                assertEquals(1, tamper(c, a, victim));
            }
        }

        ChainVerdict broken = audit.verify(a);
        assertFalse(broken.valid());
        assertEquals(victim, broken.firstBrokenSeq());
        assertEquals("its content does not match its hash", broken.reason());
        ChainVerdict other = audit.verify(b);
        assertTrue(other.valid(), "tenant B's chain does not depend on A's: " + other);
    }

    private static int tamper(Connection c, String tenant, long seq) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE audit_entry SET actor = 'mallory' WHERE tenant_id = ? AND seq = ?")) {
            update.setString(1, tenant);
            update.setLong(2, seq);
            return update.executeUpdate();
        }
    }

    @Test
    void concurrentAppendsOfOneTenantNeverForkTheChain() throws Exception {
        String slug = onboard("concurrent");
        long before = audit.verify(slug).entries();
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        // calendars of different codes take no lock but the chain's head: only it keeps the appends in line
        CalendarDefinition europe = calendars.definition(slug, "EUROPE").orElseThrow();
        List<Future<Boolean>> puts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String code = "PARALLEL_" + i;
            puts.add(executor.submit(() -> calendars.put(slug, code, europe, "test")));
        }
        for (Future<Boolean> f : puts) {
            assertTrue(f.get());
        }
        ChainVerdict verdict = audit.verify(slug);
        assertTrue(verdict.valid(), verdict::toString);
        assertEquals(before + 8, verdict.entries(), "one entry per intake, each on its own link");
        assertEquals(8, audit.entries(slug, "CALENDAR", null, 0, 50).items().stream()
                .filter(e -> e.entityId().startsWith("PARALLEL_")).count());
    }

    private String onboard(String prefix) {
        return InServer.onboard(tenants, prefix);
    }

    private String take(String tenant, String subject) {
        return InServer.take(intake, tenant, subject);
    }

}
