package io.redress.core.document;

import io.redress.core.InvalidInputException;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentRulesTest {

    private static Caller as(String name, Role role) {
        return new Caller(name, "acme", Set.of(role));
    }

    @Test
    void theDepartmentReadsSupervisorsAndAboveEditRestrictedIsForTheDirectorAndManagement() {
        var ofUnit = DocumentRules.access(as("omar", Role.SPECIALIST), "SEA", "SEA", null);
        assertTrue(ofUnit.read());
        assertFalse(ofUnit.edit());
        assertFalse(DocumentRules.mayRead(ofUnit, true));
        assertFalse(DocumentRules.access(as("lena", Role.SPECIALIST), "EUROPE", "SEA", null).read());
        assertFalse(DocumentRules.access(as("lena", Role.SPECIALIST), null, null, null).read(), "no unit owns the case yet");
        assertTrue(DocumentRules.access(as("lena", Role.SPECIALIST), null, null, "lena").read(), "the assignee reads");
        assertFalse(DocumentRules.access(as("boss", Role.TENANT_ADMIN), null, "SEA", null).read());

        var supervisor = DocumentRules.access(as("sara", Role.SUPERVISOR), "EUROPE", "SEA", null);
        assertTrue(DocumentRules.mayEdit(supervisor, false));
        assertFalse(DocumentRules.mayRead(supervisor, true));
        assertFalse(DocumentRules.mayEdit(supervisor, true));

        var auditor = DocumentRules.access(as("audrey", Role.AUDITOR), null, "SEA", null);
        assertTrue(DocumentRules.mayRead(auditor, false));
        assertFalse(DocumentRules.mayRead(auditor, true));
        assertFalse(auditor.edit());

        for (Role top : new Role[] {Role.DIRECTOR, Role.MANAGEMENT}) {
            var access = DocumentRules.access(as("d", top), null, "SEA", null);
            assertTrue(DocumentRules.mayRead(access, true));
            assertTrue(DocumentRules.mayEdit(access, true));
        }
    }

    @Test
    void limitsAndTypesAreCheckedByField() {
        DocumentArchive archive = new DocumentArchive();
        archive.maxBytes = 16;
        byte[] pdf = "%PDF-1.7 tiny".getBytes(StandardCharsets.US_ASCII);
        assertEquals(DocumentType.PDF, archive.check(new DocumentDesk.NewDocument("invoice", "application/pdf", pdf, false)));
        assertEquals(DocumentType.TEXT, archive.check(new DocumentDesk.NewDocument("note", "text/plain; charset=utf-8",
                "说明".getBytes(StandardCharsets.UTF_8), false)));

        assertFields(archive, new DocumentDesk.NewDocument("x", "application/pdf", new byte[17], false), "content");
        assertFields(archive, new DocumentDesk.NewDocument("x", "application/x-msdownload", pdf, false), "contentType");
        assertFields(archive, new DocumentDesk.NewDocument("x", "image/png", pdf, false), "content");
        assertFields(archive, new DocumentDesk.NewDocument("x", "application/pdf", new byte[0], false), "content");
        assertFields(archive, new DocumentDesk.NewDocument(" ", "text/csv", null, false), "description", "contentType", "content");
        assertFields(archive, new DocumentDesk.NewDocument("x", "text/plain", new byte[] {(byte) 0xff, (byte) 0xfe}, false), "content");
    }

    @Test
    void theKeyDirectoryComesFromTheKeysDirElseTheDataDir() {
        assertEquals("/k", DocumentArchive.keyDirectory(Optional.of("/k"), Optional.of("/d")).toString());
        assertEquals("/d/keys", DocumentArchive.keyDirectory(Optional.empty(), Optional.of("/d")).toString());
        assertEquals("/d/keys", DocumentArchive.keyDirectory(Optional.of("${unset}"), Optional.of("/d")).toString());
        assertEquals("data/keys", DocumentArchive.keyDirectory(Optional.empty(), Optional.empty()).toString());
    }

    private static void assertFields(DocumentArchive archive, DocumentDesk.NewDocument upload, String... fields) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> archive.check(upload));
        assertEquals(java.util.List.of(fields), e.errors().stream().map(f -> f.field()).toList());
    }
}
