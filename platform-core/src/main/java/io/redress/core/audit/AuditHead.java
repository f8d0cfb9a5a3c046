package io.redress.core.audit;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of a tenant's chain: the last sequence number and hash. Appends lock this row (SELECT … FOR UPDATE)
 * before they read it, so concurrent appends of one tenant queue up and never fork the chain.
 */
@Entity
@Table(name = "audit_head")
public class AuditHead extends TenantOwned {

    /** One row per tenant: the tenant column is the key, this constant completes the JPA identity. */
    static final String SCOPE = "HEAD";

    @Id
    private String scope;
    @Column(name = "last_seq", nullable = false)
    private long lastSeq;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;

    protected AuditHead() {
    }

    static AuditHead empty() {
        AuditHead head = new AuditHead();
        head.scope = SCOPE;
        head.lastSeq = 0;
        head.lastHash = AuditLink.GENESIS;
        return head;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    void advance(AuditEntry entry) {
        this.lastSeq = entry.seq();
        this.lastHash = entry.hash();
    }
}
