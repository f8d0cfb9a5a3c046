package io.redress.core.complaint;

import io.redress.core.persistence.TenantOwned;
import io.redress.plugin.api.Channel;
import io.redress.plugin.api.ComplaintFacts;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.ExchangeRates;
import io.redress.plugin.api.GradeDecision;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.RiskFlag;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The aggregate root of a case: what was complained of, its grade under a policy version, and where it stands. */
@Entity
@Table(name = "complaint")
public class Complaint extends TenantOwned {

    @Id
    private String id;
    @Column(name = "case_number", nullable = false)
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintStatus status;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(nullable = false)
    private String region;
    private String language;
    @Embedded
    private Complainant complainant;
    @Column(name = "complainant_count", nullable = false)
    private int complainantCount;
    private String category;
    @Column(nullable = false)
    private String subject;
    private String description;
    @Column(name = "expected_resolution")
    private String expectedResolution;
    @Column(name = "loss_amount")
    private BigDecimal lossAmount;
    @Column(name = "loss_currency")
    private String lossCurrency;
    @Enumerated(EnumType.STRING)
    private Impact impact;
    @Enumerated(EnumType.STRING)
    private Emotion emotion;
    @Column(nullable = false)
    private String flags;
    @Column(name = "grade_code")
    private String gradeCode;
    @Column(name = "grade_rule")
    private String gradeRule;
    @Column(name = "grading_fault")
    private String gradingFault;
    @Column(name = "policy_version", nullable = false)
    private int policyVersion;
    @Column(name = "tracking_token", nullable = false)
    private String trackingToken;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "paused_at")
    private Instant pausedAt;
    private String assignee;
    @Column(name = "owner_unit")
    private String ownerUnit;
    @Column(name = "needs_translator", nullable = false)
    private boolean needsTranslator;
    private String statement;
    @Column(name = "statement_at")
    private Instant statementAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_pause")
    private ComplaintStatus statusBeforePause;

    protected Complaint() {
    }

    Complaint(CaseNumber caseNumber, NewComplaint intake, String region, int policyVersion, String trackingToken,
              Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID().toString();
        this.caseNumber = caseNumber.value();
        this.status = ComplaintStatus.RECEIVED;
        this.channel = intake.channel();
        this.receivedAt = intake.receivedAt();
        this.region = region;
        this.language = intake.language();
        this.complainant = intake.complainant();
        this.complainantCount = intake.complainantCount();
        this.category = intake.category();
        this.subject = intake.subject();
        this.description = intake.description();
        this.expectedResolution = intake.expectedResolution();
        if (intake.claimedLoss() != null) {
            this.lossAmount = intake.claimedLoss().amount();
            this.lossCurrency = intake.claimedLoss().currency().getCurrencyCode();
        }
        this.impact = intake.impact();
        this.emotion = intake.emotion();
        this.flags = intake.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.policyVersion = policyVersion;
        this.trackingToken = trackingToken;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The facts a grading scheme sees. */
    ComplaintFacts facts(ExchangeRates rates) {
        return new ComplaintFacts(channel, complainantCount, claimedLoss().orElse(null), impact, emotion, flags(), category, rates);
    }

    void graded(GradeDecision decision) {
        this.gradeCode = decision.gradeCode();
        this.gradeRule = decision.ruleId();
        this.gradingFault = null;
    }

    /** A new grade under a (possibly newer) policy version; a case waiting for manual grading becomes received. */
    void regraded(GradeDecision decision, int policyVersion) {
        graded(decision);
        this.policyVersion = policyVersion;
        if (status == ComplaintStatus.NEEDS_MANUAL_GRADING) {
            status = ComplaintStatus.RECEIVED;
        }
    }

    /** The case waits for the customer from {@code at}: its clocks stand still. */
    void waitForCustomer(Instant at) {
        this.statusBeforePause = status;
        this.status = ComplaintStatus.WAITING_FOR_CUSTOMER;
        this.pausedAt = at;
    }

    /** The customer answered: the case goes back to where it stood. */
    void resume() {
        this.status = statusBeforePause == null ? ComplaintStatus.RECEIVED : statusBeforePause;
        this.statusBeforePause = null;
        this.pausedAt = null;
    }

    /** The group has grown to {@code count} complainants (never shrinks below what intake said). */
    void groupOf(int count) {
        this.complainantCount = Math.max(complainantCount, count);
    }

    void issueStatement(String text, Instant at) {
        this.statement = text;
        this.statementAt = at;
    }

    /** The one official statement the group of complainants was given; null until there is one. */
    public String statement() {
        return statement;
    }

    public Instant statementAt() {
        return statementAt;
    }

    /** A lifecycle transition to {@code to}. */
    void moveTo(ComplaintStatus to) {
        this.status = to;
    }

    void assign(String assignee, String ownerUnit, boolean needsTranslator) {
        this.assignee = assignee;
        this.ownerUnit = ownerUnit;
        this.needsTranslator = needsTranslator;
    }

    /** The user name of the staff member who handles the case; null until it is assigned. */
    public String assignee() {
        return assignee;
    }

    /** The organisation unit that owns the case; null until it is assigned. */
    public String ownerUnit() {
        return ownerUnit;
    }

    /** The assignee does not speak the complainant's language: a translator is needed. */
    public boolean needsTranslator() {
        return needsTranslator;
    }

    /** Since when the case waits for the customer; null while it does not. */
    public Instant pausedAt() {
        return pausedAt;
    }

    void gradingFailed(String fault) {
        this.status = ComplaintStatus.NEEDS_MANUAL_GRADING;
        this.gradingFault = fault.length() > 2000 ? fault.substring(0, 2000) : fault;
    }

    public String id() {
        return id;
    }

    public CaseNumber caseNumber() {
        return new CaseNumber(caseNumber);
    }

    public ComplaintStatus status() {
        return status;
    }

    public Channel channel() {
        return channel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String region() {
        return region;
    }

    public String language() {
        return language;
    }

    public Complainant complainant() {
        return complainant;
    }

    public int complainantCount() {
        return complainantCount;
    }

    public String category() {
        return category;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public String expectedResolution() {
        return expectedResolution;
    }

    public Optional<Money> claimedLoss() {
        return lossAmount == null ? Optional.empty() : Optional.of(new Money(lossAmount, Currency.getInstance(lossCurrency)));
    }

    public Impact impact() {
        return impact;
    }

    public Emotion emotion() {
        return emotion;
    }

    public Set<RiskFlag> flags() {
        Set<RiskFlag> result = EnumSet.noneOf(RiskFlag.class);
        if (!flags.isEmpty()) {
            Arrays.stream(flags.split(",")).map(RiskFlag::valueOf).forEach(result::add);
        }
        return result;
    }

    /** Null while ungraded. */
    public String gradeCode() {
        return gradeCode;
    }

    public String gradeRule() {
        return gradeRule;
    }

    public String gradingFault() {
        return gradingFault;
    }

    public int policyVersion() {
        return policyVersion;
    }

    public String trackingToken() {
        return trackingToken;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
