package io.redress.core.feedback;

import io.redress.core.complaint.ComplaintStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The complainant's side of a case, reached by its tracking token alone. The public REST resource and the public page
 * depend on this. A token that names no case — of a tenant that does not exist, or not — is simply not found.
 */
public interface TrackingDesk {

    /** Score bounds of the five-point survey: 1 very dissatisfied … 5 very satisfied. */
    int MIN_SCORE = 1;
    int MAX_SCORE = 5;

    Optional<Tracking> track(String token);

    /**
     * Records the complainant's answer, once per case, once the result has been given; completes the satisfaction
     * stage clock if the grade's plan has one, else the return visit's if it runs.
     */
    Tracking answerSurvey(String token, int score, String comment);

    /**
     * What the complainant may see of the case.
     *
     * @param language   the language of the texts: the complainant's, else the tenant's; zh-CN or en
     * @param statusText the status in that language
     * @param done       the stages completed, in order
     * @param next       the next stage with its due time; null when none is running
     * @param zone       the tenant's time zone, for showing instants
     */
    record Tracking(String caseNumber, String subject, Locale language, ComplaintStatus status, String statusText,
                    Instant receivedAt, List<Step> done, Step next, Survey survey, ZoneId zone) {
    }

    /**
     * @param at when the stage was completed (a stage done), or when it is due (the next one)
     */
    record Step(String stage, String label, Instant at) {
    }

    /**
     * @param open  the complainant may answer now
     * @param dueAt when the satisfaction (or return-visit) stage is due; null when the plan has none running
     * @param score the answer given; null until then
     */
    record Survey(boolean open, Instant dueAt, Integer score, Instant answeredAt) {
    }
}
