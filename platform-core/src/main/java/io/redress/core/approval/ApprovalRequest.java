package io.redress.core.approval;

import io.redress.core.persistence.TenantOwned;
import io.redress.plugin.api.DeadlineUnit;
import io.redress.plugin.api.DecisionType;
import io.redress.plugin.api.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * A decision on a case put to approval: what is to be approved, frozen with its SHA-256, the rule that chose its
 * chain, the step now asked and the outcome. Its steps are {@link RequestStep}s, its signatures {@link Signature}s.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends TenantOwned {

    @Id
    private String id;
    @Column(name = "complaint_id", nullable = false)
    private String complaintId;
    @Column(name = "case_number", nullable = false)
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "decision_type", nullable = false)
    private DecisionType decisionType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApprovalStatus status;
    private BigDecimal amount;
    private String currency;
    @Column(nullable = false)
    private String subject;
    @Column(name = "content_version", nullable = false)
    private int version;
    @Column(name = "extend_stage")
    private String extendStage;
    @Column(name = "extend_amount")
    private Integer extendAmount;
    @Enumerated(EnumType.STRING)
    @Column(name = "extend_unit")
    private DeadlineUnit extendUnit;
    @Column(nullable = false)
    private String content;
    @Column(name = "content_hash", nullable = false)
    private String contentHash;
    @Column(name = "rule_id", nullable = false)
    private String ruleId;
    @Column(name = "current_step", nullable = false)
    private int currentStep;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;

    protected ApprovalRequest() {
    }

    ApprovalRequest(String complaintId, ApprovedContent what, String ruleId, String requestedBy, Instant requestedAt) {
        this.id = UUID.randomUUID().toString();
        this.complaintId = complaintId;
        this.caseNumber = what.caseNumber();
        this.decisionType = what.type();
        this.status = ApprovalStatus.PENDING;
        if (what.amount() != null) {
            this.amount = what.amount().amount();
            this.currency = what.amount().currency().getCurrencyCode();
        }
        this.subject = what.subject();
        this.version = what.version();
        if (what.extension() != null) {
            this.extendStage = what.extension().stage();
            this.extendAmount = what.extension().amount();
            this.extendUnit = what.extension().unit();
        }
        this.content = what.canonicalJson();
        this.contentHash = what.sha256();
        this.ruleId = ruleId;
        this.currentStep = 1;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** The content as signed, rebuilt from the columns: its hash must still be {@link #contentHash()}. */
    public ApprovedContent approvedContent() {
        Money money = amount == null ? null : new Money(amount, Currency.getInstance(currency));
        ApprovedContent.Extension extension = extendStage == null ? null
                : new ApprovedContent.Extension(extendStage, extendAmount, extendUnit);
        return new ApprovedContent(decisionType, caseNumber, money, subject, version, extension);
    }

    void advanceTo(int step) {
        this.currentStep = step;
    }

    void decide(ApprovalStatus outcome, Instant at) {
        this.status = outcome;
        this.decidedAt = at;
    }

    public String id() {
        return id;
    }

    public String complaintId() {
        return complaintId;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public DecisionType type() {
        return decisionType;
    }

    public ApprovalStatus status() {
        return status;
    }

    public String subject() {
        return subject;
    }

    public int version() {
        return version;
    }

    public String content() {
        return content;
    }

    public String contentHash() {
        return contentHash;
    }

    public String ruleId() {
        return ruleId;
    }

    public int currentStep() {
        return currentStep;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
