package io.redress.core.audit;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One entry of a tenant's audit trail. Written once by {@link AuditTrail} and never changed: it has no setters and
 * every column is mapped {@code updatable = false}; on PostgreSQL a trigger refuses UPDATE and DELETE as well.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends TenantOwned {

    @Id
    @Column(updatable = false)
    private long seq;
    @Column(nullable = false, updatable = false)
    private Instant at;
    @Column(nullable = false, updatable = false)
    private String actor;
    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;
    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;
    @Column(nullable = false, updatable = false)
    private String action;
    @Column(name = "before_state", updatable = false)
    private String before;
    @Column(name = "after_state", updatable = false)
    private String after;
    @Column(name = "prev_hash", nullable = false, updatable = false)
    private String prevHash;
    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(AuditLink link) {
        this.seq = link.seq();
        this.at = AuditLink.storable(link.at());
        this.actor = link.actor();
        this.entityType = link.entityType();
        this.entityId = link.entityId();
        this.action = link.action();
        this.before = link.before();
        this.after = link.after();
        this.prevHash = link.prevHash();
        this.hash = link.hash();
    }

    /** The link as stored, for checking against {@link #hash()}. */
    AuditLink link(String tenant) {
        return new AuditLink(tenant, seq, at, actor, entityType, entityId, action, before, after, prevHash);
    }

    public long seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String action() {
        return action;
    }

    /** JSON text of the state before the change; null for a creation. */
    public String before() {
        return before;
    }

    /** JSON text of the state after the change; null for a removal. */
    public String after() {
        return after;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
