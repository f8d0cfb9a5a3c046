package io.redress.core.document;

import io.redress.core.InvalidInputException;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A document's file name by the archive rule {@code YYYYMMDD-<case number>-<description>}, plus the type's
 * extension: {@code 20261120-C-20261120-0001-发票-invoice.pdf}. The date is the day of filing in the tenant's zone;
 * the description keeps letters of any script, digits, {@code _} and {@code -}; runs of anything else become one
 * {@code -}, so that the name is safe in every file system and in a Content-Disposition header.
 */
public record DocumentName(String value) {

    /** Longest description kept in a name, in characters. */
    public static final int MAX_DESCRIPTION = 80;

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public static DocumentName of(LocalDate day, String caseNumber, String description, DocumentType type) {
        return new DocumentName(day.format(DAY) + "-" + caseNumber + "-" + sanitise(description) + "." + type.extension());
    }

    /**
     * The description as it appears in a name.
     *
     * @throws InvalidInputException (field {@code description}) if nothing usable is left
     */
    public static String sanitise(String description) {
        String text = description == null ? "" : Normalizer.normalize(description, Normalizer.Form.NFC);
        String cleaned = text.replaceAll("[^\\p{L}\\p{N}_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (cleaned.isEmpty()) {
            throw new InvalidInputException("description", "must contain letters or digits: it becomes part of the file name");
        }
        if (cleaned.codePointCount(0, cleaned.length()) > MAX_DESCRIPTION) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_DESCRIPTION)).replaceAll("-$", "");
        }
        return cleaned;
    }
}
