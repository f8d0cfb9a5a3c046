package io.redress.it;

import io.redress.core.complaint.Complainant;
import io.redress.core.complaint.ComplaintIntake;
import io.redress.core.complaint.NewComplaint;
import io.redress.core.document.DocumentArchive;
import io.redress.core.document.DocumentCipher;
import io.redress.core.document.DocumentDesk;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import io.redress.core.tenant.Tenants;
import io.redress.plugin.api.Channel;
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
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.redress.it.SystemIT.assertProblem;
import static io.redress.it.SystemIT.bossPassword;
import static io.redress.it.SystemIT.errorFields;
import static io.redress.it.SystemIT.newSlug;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Documents of a case through the API: archive names, size and type limits (400 naming the field), access by role
 * (403), restricted items, download equal to upload, soft deletion; the same upload as multipart/form-data, bounded
 * while it is read (413); and, inside the server, that what the database
 * holds is ciphertext that only the tenant's key opens.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

    /** The test server's limit (REDRESS_DOCUMENTS_MAX_BYTES in the failsafe configuration). */
    static final int MAX_BYTES = 1024 * 1024;

    static final byte[] PDF = "%PDF-1.4\n% refund plan: 12,000 CNY to Fatima\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Deployment
    static WebArchive deployment() {
        return Deployments.redress("redress-documents").addClasses(DocumentsIT.class, SystemIT.class, TenantSql.class, InServer.class, RestClient.class, Deployments.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    Tenants tenants;

    @Inject
    ComplaintIntake intake;

    @Inject
    DocumentArchive archive;

    RestClient anonymous() {
        return RestClient.at(URI.create(base.toString()));
    }

    RestClient staff(RestClient boss, String t, String username, String role, String unit) {
        RestClient.Reply created = boss.post(t + "/staff", """
                {"username": "%s", "password": "%s-secret-1", "roles": ["%s"], "trainings": ["COMPLAINT_HANDLING"]%s}"""
                .formatted(username, username, role, unit == null ? "" : ", \"unit\": \"" + unit + "\""));
        assertEquals(201, created.status(), created::toString);
        return anonymous().as(username, username + "-secret-1");
    }

    static String upload(String description, String contentType, byte[] content, boolean restricted) {
        return """
                {"description": "%s", "contentType": "%s", "contentBase64": "%s", "restricted": %s}"""
                .formatted(description, contentType, Base64.getEncoder().encodeToString(content), restricted);
    }

    /** A tenant on the overseas template, through the API; its administrator "boss" signed in. */
    RestClient onboard(String slug, String locale, String zone) {
        RestClient.Reply created = anonymous().as("admin", SystemIT.ADMIN_PASSWORD).post("api/v1/tenants", """
                {"slug": "%s", "name": "Docs %s", "template": "overseas-grading", "locale": "%s", "timeZone": "%s",
                 "admin": {"username": "boss", "password": "%s"}}""".formatted(slug, slug, locale, zone, bossPassword(slug)));
        assertEquals(201, created.status(), created::toString);
        return anonymous().as("boss", bossPassword(slug));
    }

    /** The descriptions listed, sorted: the order of uploads in one instant is the database's collation's. */
    static List<String> names(RestClient.Reply list) {
        assertEquals(200, list.status(), list::toString);
        return list.value().asJsonArray().stream().map(d -> d.asJsonObject().getString("description")).sorted().toList();
    }

    @Test
    @RunAsClient
    void documentsAreNamedLimitedAndReadOrChangedByRole() {
        String slug = newSlug("docs");
        String t = "api/v1/tenants/" + slug;
        RestClient boss = onboard(slug, "zh-CN", "Asia/Shanghai");
        RestClient omar = staff(boss, t, "omar", "specialist", "MIDDLE_EAST_CENTRE");
        RestClient karim = staff(boss, t, "karim", "specialist", "MIDDLE_EAST_CENTRE");
        RestClient lena = staff(boss, t, "lena", "specialist", null);
        RestClient sara = staff(boss, t, "sara", "supervisor", null);
        RestClient dina = staff(boss, t, "dina", "director", null);
        RestClient audrey = staff(boss, t, "audrey", "auditor", null);

        RestClient.Reply created = omar.post(t + "/complaints", """
                {"channel": "EMAIL", "receivedAt": "2026-11-19T10:00:00+04:00", "region": "MIDDLE_EAST",
                 "complainant": {"name": "Fatima"}, "subject": "Refund"}""");
        assertEquals(201, created.status(), created::toString);
        String caseNumber = created.json().getString("caseNumber");
        String one = t + "/complaints/" + caseNumber;
        String documents = one + "/documents";
        assertEquals(200, omar.post(one + "/transitions", "{\"action\": \"ACKNOWLEDGE\"}").status());
        assertEquals(200, omar.post(one + "/transitions", "{\"action\": \"REGISTER\"}").status());
        // before the case has an owning unit, a specialist does not read its documents
        assertProblem(karim.get(documents), 403);
        assertEquals(200, sara.post(one + "/transitions", "{\"action\": \"ASSIGN\", \"assignee\": \"omar\"}").status());

        // supervisors and above file; a specialist does not; restricted items are the director's
        assertProblem(omar.post(documents, upload("invoice", "application/pdf", PDF, false)), 403);
        assertProblem(sara.post(documents, upload("secret", "application/pdf", PDF, true)), 403);
        RestClient.Reply filed = sara.post(documents, upload("发票 invoice", "application/pdf", PDF, false));
        assertEquals(201, filed.status(), filed::toString);
        JsonObject invoice = filed.json();
        String day = Instant.parse(invoice.getString("uploadedAt")).atZone(ZoneId.of("Asia/Shanghai"))
                .toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        assertEquals(day + "-" + caseNumber + "-发票-invoice.pdf", invoice.getString("name"));
        assertEquals(PDF.length, invoice.getInt("size"));
        assertTrue(filed.header("Location").orElseThrow().endsWith("/documents/" + invoice.getString("id")));
        RestClient.Reply restricted = dina.post(documents, upload("legal opinion", "application/pdf", PDF, true));
        assertEquals(201, restricted.status(), restricted::toString);
        String restrictedId = restricted.json().getString("id");

        // limits and types, each answered 400 naming its field
        RestClient.Reply tooLarge = sara.post(documents, upload("big", "text/plain", new byte[MAX_BYTES + 1], false));
        assertProblem(tooLarge, 400);
        assertEquals(List.of("contentBase64"), errorFields(tooLarge));
        RestClient.Reply badType = sara.post(documents, upload("tool", "application/x-msdownload", PDF, false));
        assertProblem(badType, 400);
        assertEquals(List.of("contentType"), errorFields(badType));
        RestClient.Reply disguised = sara.post(documents, upload("photo", "application/pdf", PNG, false));
        assertProblem(disguised, 400);
        assertEquals(List.of("contentBase64"), errorFields(disguised));
        RestClient.Reply noName = sara.post(documents, upload(" /// ", "application/pdf", PDF, false));
        assertProblem(noName, 400);
        assertEquals(List.of("description"), errorFields(noName));
        assertEquals(201, sara.post(documents, upload("photo", "image/png", PNG, false)).status());

        // the department, the assignee and the auditor read unrestricted documents; others of the tenant do not
        assertEquals(List.of("photo", "发票 invoice"), names(karim.get(documents)));
        assertEquals(List.of("photo", "发票 invoice"), names(omar.get(documents)));
        assertEquals(List.of("photo", "发票 invoice"), names(audrey.get(documents)));
        assertEquals(List.of("legal opinion", "photo", "发票 invoice"), names(dina.get(documents)));
        assertProblem(lena.get(documents), 403);
        assertProblem(boss.get(documents), 403);

        // download is the upload, decrypted, with its archive name
        HttpResponse<byte[]> download = karim.download(documents + "/" + invoice.getString("id"));
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''" + URLEncoder.encode(invoice.getString("name"), StandardCharsets.UTF_8)),
                disposition);
        assertEquals(403, omar.download(documents + "/" + restrictedId).statusCode());
        assertEquals(403, audrey.download(documents + "/" + restrictedId).statusCode());
        assertArrayEquals(PDF, dina.download(documents + "/" + restrictedId).body());
        assertEquals(404, karim.download(documents + "/" + UUID.randomUUID()).statusCode());

        // another tenant's staff see no tenant
        String other = newSlug("docs-other");
        onboard(other, "en", "Asia/Dubai");
        assertProblem(anonymous().as("boss", bossPassword(other)).get(documents), 404);

        // removal: supervisors and above; the document leaves the case, the trail keeps both acts
        assertProblem(omar.delete(documents + "/" + invoice.getString("id")), 403);
        assertProblem(sara.delete(documents + "/" + restrictedId), 403);
        assertEquals(204, sara.delete(documents + "/" + invoice.getString("id")).status());
        assertEquals(List.of("photo"), names(karim.get(documents)));
        assertEquals(404, dina.download(documents + "/" + invoice.getString("id")).statusCode());
        JsonObject trail = boss.get(t + "/audit?entityType=DOCUMENT&entityId=" + invoice.getString("id")).json();
        assertEquals(List.of("DELETED", "CREATED"), trail.getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("action")).toList());
        JsonObject createdEntry = trail.getJsonArray("items").getJsonObject(1);
        assertEquals("sara", createdEntry.getString("actor"));
        assertEquals(invoice.getString("name"), createdEntry.getJsonObject("after").getString("name"));
        assertEquals(JsonValue.NULL, createdEntry.get("before"));
    }

    /** A multipart/form-data body: text parts as given, and the part {@code file} with its name, type and bytes. */
    static final class Multipart {
        final String boundary = "redress-" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Multipart text(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String fileName, String contentType, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                    + "Content-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(content);
            write("\r\n");
            return this;
        }

        RestClient.Reply post(RestClient client, String path) {
            write("--" + boundary + "--\r\n");
            return client.send("POST", path, Map.of(), "multipart/form-data; boundary=" + boundary, body.toByteArray());
        }

        private void write(String text) {
            body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    @RunAsClient
    void documentsAreAlsoUploadedAsMultipartFormDataBoundedWhileRead() {
        String slug = newSlug("docs-mp");
        String t = "api/v1/tenants/" + slug;
        RestClient boss = onboard(slug, "zh-CN", "Asia/Shanghai");
        RestClient sara = staff(boss, t, "sara", "supervisor", null);
        RestClient.Reply created = sara.post(t + "/complaints", """
                {"channel": "EMAIL", "receivedAt": "2026-11-19T10:00:00+04:00", "region": "MIDDLE_EAST",
                 "complainant": {"name": "Fatima"}, "subject": "Refund"}""");
        assertEquals(201, created.status(), created::toString);
        String caseNumber = created.json().getString("caseNumber");
        String documents = t + "/complaints/" + caseNumber + "/documents";
        // the staff's case file carries the complainant's link to the public page of this server
        assertEquals(base + "track/" + created.json().getString("trackingToken"), created.json().getString("trackingUrl"));

        RestClient.Reply filed = new Multipart().text("description", "发票 scan").text("restricted", "false")
                .file("scan.pdf", "application/pdf", PDF).post(sara, documents);
        assertEquals(201, filed.status(), filed::toString);
        assertTrue(filed.json().getString("name").endsWith("-" + caseNumber + "-发票-scan.pdf"), filed::toString);
        assertEquals(PDF.length, filed.json().getInt("size"));
        assertFalse(filed.json().getBoolean("restricted"));
        assertArrayEquals(PDF, sara.download(documents + "/" + filed.json().getString("id")).body());
        RestClient.Reply named = new Multipart().file("delivery note.png", "image/png", PNG).post(sara, documents);
        assertEquals(201, named.status(), named::toString);
        assertEquals("delivery note", named.json().getString("description"), "without a description, the file's name");

        // one byte past the limit: refused as the part is read, 413 naming the file
        byte[] justTooLarge = new byte[MAX_BYTES + 1];
        System.arraycopy(PDF, 0, justTooLarge, 0, PDF.length);
        RestClient.Reply tooLarge = new Multipart().text("description", "big").file("big.pdf", "application/pdf", justTooLarge)
                .post(sara, documents);
        assertProblem(tooLarge, 413);
        assertEquals(List.of("file"), errorFields(tooLarge));
        // far past it: refused by its declared length, before the body is parsed
        RestClient.Reply farTooLarge = new Multipart().file("huge.pdf", "application/pdf", new byte[2 * MAX_BYTES])
                .post(sara, documents);
        assertProblem(farTooLarge, 413);
        assertEquals(List.of("file"), errorFields(farTooLarge));

        // a type the bytes do not match, a bad flag, no file: 400 naming the field
        RestClient.Reply forged = new Multipart().text("description", "photo").file("photo.pdf", "application/pdf", PNG)
                .post(sara, documents);
        assertProblem(forged, 400);
        assertEquals(List.of("file"), errorFields(forged));
        RestClient.Reply badFlag = new Multipart().text("restricted", "perhaps").file("a.pdf", "application/pdf", PDF)
                .post(sara, documents);
        assertProblem(badFlag, 400);
        assertEquals(List.of("restricted"), errorFields(badFlag));
        RestClient.Reply noFile = new Multipart().text("description", "nothing").post(sara, documents);
        assertProblem(noFile, 400);
        assertEquals(List.of("file"), errorFields(noFile));
        assertEquals(List.of("delivery note", "发票 scan"), names(sara.get(documents)), "nothing refused was filed");

        // another tenant's staff, on this tenant's path, and this tenant's staff on the other's: no such tenant
        String other = newSlug("docs-mp-other");
        RestClient otherBoss = onboard(other, "en", "Asia/Dubai");
        RestClient mole = staff(otherBoss, "api/v1/tenants/" + other, "mole", "supervisor", null);
        assertProblem(new Multipart().file("x.pdf", "application/pdf", PDF).post(mole, documents), 404);
        assertProblem(new Multipart().file("x.pdf", "application/pdf", PDF)
                .post(sara, "api/v1/tenants/" + other + "/complaints/" + caseNumber + "/documents"), 404);
        assertEquals(List.of("delivery note", "发票 scan"), names(sara.get(documents)));
    }

    @Test
    void theDatabaseHoldsCiphertextThatOnlyTheTenantsKeyOpens() throws Exception {
        String a = onboard("enc-a");
        String b = onboard("enc-b");
        String caseNumber = intake.take(a, new NewComplaint(Channel.EMAIL, Instant.parse("2026-11-20T10:30:00Z"), "EUROPE", "en",
                new Complainant("Oliver", null, null, null, null, "GB", null), null, "Refund", null, null, null, 1,
                null, null, Set.of()), null, null, "test").caseFile().complaint().caseNumber().value();
        byte[] plain = "refund plan: 12,000 CNY, account 6222-0000-1111".getBytes(StandardCharsets.UTF_8);
        DocumentDesk.DocumentSummary saved = archive.upload(a, caseNumber,
                new DocumentDesk.NewDocument("plan", "text/plain", plain, false), new Caller("dina", a, Set.of(Role.DIRECTOR)));

        byte[] stored;
        DataSource ds = InitialContext.doLookup("jdbc/redress");
        try (Connection c = ds.getConnection()) {
            stored = TenantSql.asTenant(c, a, tx -> {
                try (PreparedStatement q = tx.prepareStatement("SELECT sealed FROM document_content WHERE tenant_id = ? AND document_id = ?")) {
                    q.setString(1, a);
                    q.setString(2, saved.id());
                    try (ResultSet rs = q.executeQuery()) {
                        assertTrue(rs.next());
                        return rs.getBytes(1);
                    }
                }
            });
        }
        assertNotNull(stored);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("refund plan"), "no plaintext at rest");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("6222-0000-1111"));
        assertEquals(12 + plain.length + 16, stored.length, "nonce, ciphertext and tag");

        assertArrayEquals(plain, DocumentCipher.decrypt(archive.keys().key(a), a, saved.id(), stored));
        assertThrows(DocumentCipher.DocumentTamperedException.class,
                () -> DocumentCipher.decrypt(archive.keys().key(b), a, saved.id(), stored));

        Path keyFile = archive.keys().directory().resolve(a + ".key");
        assertEquals(32, Files.size(keyFile), "the key lives outside the database, in the key directory");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
    }

    private String onboard(String prefix) {
        return InServer.onboard(tenants, prefix);
    }
}
