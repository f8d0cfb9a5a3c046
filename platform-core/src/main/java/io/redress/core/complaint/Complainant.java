package io.redress.core.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who complains: a customer, partner or agent, with the ways to reach them. */
@Embeddable
public class Complainant {

    @Column(name = "complainant_name", nullable = false)
    private String name;
    @Column(name = "complainant_organization")
    private String organization;
    @Column(name = "complainant_kind")
    private String kind;
    @Column(name = "complainant_email")
    private String email;
    @Column(name = "complainant_phone")
    private String phone;
    @Column(name = "complainant_country")
    private String country;
    @Column(name = "complainant_account_id")
    private String accountId;

    protected Complainant() {
    }

    public Complainant(String name, String organization, ComplainantKind kind, String email, String phone,
                       String country, String accountId) {
        this.name = name;
        this.organization = organization;
        this.kind = kind == null ? null : kind.name();
        this.email = email;
        this.phone = phone;
        this.country = country;
        this.accountId = accountId;
    }

    public String name() {
        return name;
    }

    public String organization() {
        return organization;
    }

    public ComplainantKind kind() {
        return kind == null ? null : ComplainantKind.valueOf(kind);
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String country() {
        return country;
    }

    public String accountId() {
        return accountId;
    }

    public enum ComplainantKind { CUSTOMER, PARTNER, AGENT }
}
