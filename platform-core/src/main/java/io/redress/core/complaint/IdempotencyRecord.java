package io.redress.core.complaint;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Remembers which complaint an Idempotency-Key created, and of which request, so a retry returns it again. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends TenantOwned {

    @Id
    @Column(name = "idem_key")
    private String key;
    @Column(name = "request_hash", nullable = false)
    private String requestHash;
    @Column(name = "complaint_id", nullable = false)
    private String complaintId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(String key, String requestHash, String complaintId, Instant createdAt) {
        this.key = key;
        this.requestHash = requestHash;
        this.complaintId = complaintId;
        this.createdAt = createdAt;
    }

    String requestHash() {
        return requestHash;
    }

    String complaintId() {
        return complaintId;
    }
}
