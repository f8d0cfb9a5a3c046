package io.redress.core.complaint;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One thing that happened to a case, in order: who, when, what, with its details as JSON. Never changed. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends TenantOwned {

    @Id
    private String id;
    @Column(name = "complaint_id", nullable = false)
    private String complaintId;
    @Column(nullable = false)
    private int seq;
    @Column(nullable = false)
    private Instant at;
    @Column(nullable = false)
    private String kind;
    @Column(nullable = false)
    private String actor;
    @Column(nullable = false)
    private String detail;

    protected TimelineEntry() {
    }

    TimelineEntry(String complaintId, int seq, Instant at, String kind, String actor, String detail) {
        this.id = UUID.randomUUID().toString();
        this.complaintId = complaintId;
        this.seq = seq;
        this.at = at;
        this.kind = kind;
        this.actor = actor;
        this.detail = detail;
    }

    public int seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public String kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    /** JSON object text. */
    public String detail() {
        return detail;
    }
}
