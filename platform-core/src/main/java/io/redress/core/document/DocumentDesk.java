package io.redress.core.document;

import io.redress.core.ContentTooLargeException;
import io.redress.core.identity.Caller;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * What the staff UI and the API need of a case's documents. Every method checks the caller's access: the owning
 * department (staff whose unit owns the case) and the case's assignee read, supervisors, directors and management
 * read and edit, auditors read; restricted documents are the director's and management's only.
 *
 * @see io.redress.core.NotFoundException      no such case or document (404)
 * @see io.redress.core.NotAllowedException    the caller may not do this (403)
 * @see io.redress.core.InvalidInputException  a bad description, type, size or content, by field (400)
 */
public interface DocumentDesk {

    /** What the caller may do with the case's documents, so that a UI shows only what works. */
    CaseDocumentAccess access(String tenant, String caseNumber, Caller caller);

    /** The documents the caller may read, oldest first; deleted ones are gone, restricted ones only for those allowed. */
    List<DocumentSummary> list(String tenant, String caseNumber, Caller caller);

    /** Files a document under the archive name {@code YYYYMMDD-<case number>-<description>.<ext>}. */
    DocumentSummary upload(String tenant, String caseNumber, NewDocument document, Caller caller);

    /** The decrypted content. */
    DocumentFile download(String tenant, String caseNumber, String documentId, Caller caller);

    /** Removes the document from the case (kept, marked deleted, for the archive and the audit trail). */
    void delete(String tenant, String caseNumber, String documentId, Caller caller);

    /** The largest content accepted, in bytes. */
    long maxBytes();

    /**
     * Reads an upload's content as it arrives (a multipart part, a browser upload), holding at most
     * {@link #maxBytes()} + 1 bytes: the first byte past the limit ends the reading.
     *
     * @param field the name of the upload's field, for the answer
     * @throws ContentTooLargeException past the limit (413)
     */
    default byte[] read(InputStream in, String field) throws IOException {
        long max = maxBytes();
        byte[] content = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        if (content.length > max) {
            throw new ContentTooLargeException(field, max);
        }
        return content;
    }

    /** @param contentType one of {@link DocumentType}'s media types */
    record NewDocument(String description, String contentType, byte[] content, boolean restricted) {
    }

    record DocumentSummary(String id, String name, String description, String contentType, long size, boolean restricted,
                           Instant uploadedAt, String uploadedBy, String sha256) {
    }

    record DocumentFile(String name, String contentType, byte[] content) {
    }

    /**
     * @param read             may list and download the case's unrestricted documents
     * @param edit             may upload and delete
     * @param restricted       may read, upload and delete restricted documents too
     */
    record CaseDocumentAccess(boolean read, boolean edit, boolean restricted) {
    }
}
