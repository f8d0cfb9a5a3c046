package io.redress.core.approval;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An electronic signature on one approver slot of a step: the signer (who confirmed with their password), on whose
 * behalf when delegated, the instant, the verdict and its comment, and the SHA-256 of the content signed. Never
 * changed; the database keeps one per slot.
 */
@Entity
@Table(name = "approval_signature")
public class Signature extends TenantOwned {

    @Id
    private String id;
    @Column(name = "request_id", nullable = false)
    private String requestId;
    @Column(name = "step_no", nullable = false)
    private int step;
    @Column(nullable = false)
    private String approver;
    @Column(nullable = false)
    private String signer;
    @Column(name = "on_behalf_of")
    private String onBehalfOf;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Verdict verdict;
    @Column(name = "comment_text")
    private String comment;
    @Column(name = "payload_hash", nullable = false)
    private String payloadHash;
    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected Signature() {
    }

    Signature(String requestId, int step, String approver, String signer, String onBehalfOf, Verdict verdict,
              String comment, String payloadHash, Instant signedAt) {
        this.id = UUID.randomUUID().toString();
        this.requestId = requestId;
        this.step = step;
        this.approver = approver;
        this.signer = signer;
        this.onBehalfOf = onBehalfOf;
        this.verdict = verdict;
        this.comment = comment;
        this.payloadHash = payloadHash;
        this.signedAt = signedAt;
    }

    public String requestId() {
        return requestId;
    }

    public int step() {
        return step;
    }

    /** The slot signed, {@code role@SCOPE}. */
    public String approver() {
        return approver;
    }

    public String signer() {
        return signer;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String comment() {
        return comment;
    }

    public String payloadHash() {
        return payloadHash;
    }

    public Instant signedAt() {
        return signedAt;
    }
}
