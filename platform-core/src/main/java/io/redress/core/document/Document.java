package io.redress.core.document;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A document filed on a case: its archive name and what the archive needs to know of it; the content is apart. */
@Entity
@Table(name = "document")
public class Document extends TenantOwned {

    @Id
    private String id;
    @Column(name = "complaint_id", nullable = false)
    private String complaintId;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private String description;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false)
    private String sha256;
    @Column(nullable = false)
    private boolean restricted;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;
    @Column(name = "deleted_at")
    private Instant deletedAt;
    @Column(name = "deleted_by")
    private String deletedBy;

    protected Document() {
    }

    Document(String complaintId, DocumentName name, String description, DocumentType type, long sizeBytes, String sha256,
             boolean restricted, Instant uploadedAt, String uploadedBy) {
        this.id = UUID.randomUUID().toString();
        this.complaintId = complaintId;
        this.name = name.value();
        this.description = description;
        this.contentType = type.mediaType();
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.restricted = restricted;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    void delete(Instant at, String actor) {
        this.deletedAt = at;
        this.deletedBy = actor;
    }

    public String id() {
        return id;
    }

    public String complaintId() {
        return complaintId;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String contentType() {
        return contentType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** SHA-256 of the plaintext, hex: what was filed can be checked against a copy without decrypting. */
    public String sha256() {
        return sha256;
    }

    public boolean restricted() {
        return restricted;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public boolean deleted() {
        return deletedAt != null;
    }
}
