package io.redress.core.document;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document's content as stored: AES-GCM ciphertext under the tenant's key ({@link DocumentCipher}). */
@Entity
@Table(name = "document_content")
public class DocumentContent extends TenantOwned {

    @Id
    @Column(name = "document_id")
    private String documentId;
    @Column(nullable = false)
    private byte[] sealed;

    protected DocumentContent() {
    }

    DocumentContent(String documentId, byte[] sealed) {
        this.documentId = documentId;
        this.sealed = sealed;
    }

    byte[] sealed() {
        return sealed;
    }
}
