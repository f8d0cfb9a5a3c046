package io.redress.core.approval;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** While a staff member is away, until {@code until}, their delegate may sign approvals in their place. */
@Entity
@Table(name = "staff_delegation")
public class Delegation extends TenantOwned {

    @Id
    private String username;
    @Column(nullable = false)
    private String delegate;
    @Column(name = "valid_until", nullable = false)
    private Instant until;
    @Column(name = "set_by", nullable = false)
    private String setBy;
    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected Delegation() {
    }

    Delegation(String username) {
        this.username = username;
    }

    void set(String delegate, Instant until, String setBy, Instant setAt) {
        this.delegate = delegate;
        this.until = until;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    public boolean activeAt(Instant now) {
        return now.isBefore(until);
    }

    public String username() {
        return username;
    }

    public String delegate() {
        return delegate;
    }

    public Instant until() {
        return until;
    }
}
