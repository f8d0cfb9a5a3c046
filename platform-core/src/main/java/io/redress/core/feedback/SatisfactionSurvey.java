package io.redress.core.feedback;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The complainant's answer to the five-point satisfaction survey of a case; one per case, never changed. */
@Entity
@Table(name = "satisfaction_survey")
public class SatisfactionSurvey extends TenantOwned {

    @Id
    private String id;
    @Column(name = "complaint_id", nullable = false)
    private String complaintId;
    @Column(nullable = false)
    private int score;
    @Column(name = "survey_comment")
    private String comment;
    @Column(name = "completed_stage")
    private String completedStage;
    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected SatisfactionSurvey() {
    }

    SatisfactionSurvey(String complaintId, int score, String comment, Instant answeredAt) {
        if (score < TrackingDesk.MIN_SCORE || score > TrackingDesk.MAX_SCORE) {
            throw new IllegalArgumentException("score must be from 1 to 5: " + score);
        }
        this.id = UUID.randomUUID().toString();
        this.complaintId = complaintId;
        this.score = score;
        this.comment = comment;
        this.answeredAt = answeredAt;
    }

    void completed(String stage) {
        this.completedStage = stage;
    }

    public String complaintId() {
        return complaintId;
    }

    public int score() {
        return score;
    }

    public String comment() {
        return comment;
    }

    /** The stage clock the answer completed; null when none was running. */
    public String completedStage() {
        return completedStage;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
