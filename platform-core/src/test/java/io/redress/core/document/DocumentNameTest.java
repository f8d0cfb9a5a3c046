package io.redress.core.document;

import io.redress.core.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentNameTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    @Test
    void followsTheArchiveRule() {
        assertEquals("20261120-C-20261120-0001-invoice.pdf",
                DocumentName.of(DAY, "C-20261120-0001", "invoice", DocumentType.PDF).value());
    }

    @Test
    void keepsChineseAndDigitsAndReplacesEverythingElseWithOneDash() {
        assertEquals("20261120-C-20261120-0001-会议纪要-2026-Q4.docx",
                DocumentName.of(DAY, "C-20261120-0001", "  会议纪要 / 2026 (Q4)  ", DocumentType.DOCX).value());
        assertEquals("a-b", DocumentName.sanitise("a/../\\b"));
        assertEquals("evil-exe", DocumentName.sanitise("evil.exe"), "no dot can make a second extension");
    }

    @Test
    void aDescriptionWithoutLettersOrDigitsIsRefusedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> DocumentName.sanitise(" /// ... "));
        assertEquals("description", e.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> DocumentName.sanitise(null));
    }

    @Test
    void aLongDescriptionIsCutToEightyCharactersWithoutEndingOnADash() {
        String cut = DocumentName.sanitise("发".repeat(79) + " x".repeat(20));
        assertTrue(cut.codePointCount(0, cut.length()) <= DocumentName.MAX_DESCRIPTION, cut);
        assertTrue(!cut.endsWith("-"), cut);
    }
}
