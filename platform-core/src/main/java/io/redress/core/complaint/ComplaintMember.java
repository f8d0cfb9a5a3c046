package io.redress.core.complaint;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A further complainant of a group complaint, with their own contact and demand; at most one speaks for the group. */
@Entity
@Table(name = "complaint_member")
public class ComplaintMember extends TenantOwned {

    @Id
    private String id;
    @Column(name = "complaint_id", nullable = false)
    private String complaintId;
    @Column(nullable = false)
    private String name;
    private String email;
    private String phone;
    private String demand;
    @Column(nullable = false)
    private boolean spokesperson;
    @Column(name = "added_at", nullable = false)
    private Instant addedAt;
    @Column(name = "added_by", nullable = false)
    private String addedBy;

    protected ComplaintMember() {
    }

    ComplaintMember(String complaintId, String name, String email, String phone, String demand, Instant addedAt, String addedBy) {
        this.id = UUID.randomUUID().toString();
        this.complaintId = complaintId;
        this.name = name;
        this.email = email;
        this.phone = phone;
        this.demand = demand;
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    void speaksForTheGroup(boolean spokesperson) {
        this.spokesperson = spokesperson;
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

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String demand() {
        return demand;
    }

    public boolean spokesperson() {
        return spokesperson;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public String addedBy() {
        return addedBy;
    }
}
