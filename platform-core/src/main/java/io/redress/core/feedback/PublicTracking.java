package io.redress.core.feedback;

import io.redress.core.NotFoundException;
import io.redress.core.complaint.CaseClocks;
import io.redress.core.complaint.CaseFile;
import io.redress.core.complaint.Complaint;
import io.redress.core.complaint.ComplaintQueries;
import io.redress.core.complaint.Timeline;
import io.redress.core.persistence.Tenancy;
import io.redress.core.sla.ClockStateException;
import io.redress.core.tenant.Tenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a case by its tracking token and shows it as the complainant may see it; records their survey answer. A
 * token is the tenant's slug, a dot and 24 random bytes (see {@link Complaint#trackingToken()}), so the tenant is read
 * from the token and the case looked up within it; a token of an unknown tenant finds nothing, exactly as an unknown
 * token of a known one.
 */
@ApplicationScoped
public class PublicTracking implements TrackingDesk {

    private static final Pattern TOKEN = Pattern.compile("([a-z0-9][a-z0-9-]{0,62})\\.[A-Za-z0-9_-]{16,64}");
    static final String NOT_FOUND = "no case has this tracking link";

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    ComplaintQueries queries;

    @Inject
    CaseClocks clocks;

    @Inject
    Timeline timeline;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Optional<Tracking> track(String token) {
        return complaint(token).map(c -> tracking(c, queries.caseFileById(c.id())));
    }

    @Override
    @Transactional
    public Tracking answerSurvey(String token, int score, String comment) {
        Complaint complaint = complaint(token).orElseThrow(() -> new NotFoundException(NOT_FOUND));
        if (survey(complaint.id()).isPresent()) {
            throw new ClockStateException("the survey of this case has been answered already");
        }
        if (!Progress.SURVEY_STATUSES.contains(complaint.status())) {
            throw new ClockStateException("the survey opens once the result of the case has been given");
        }
        Instant now = clock.instant();
        SatisfactionSurvey survey = new SatisfactionSurvey(complaint.id(), score, comment, now);
        em.persist(survey);
        em.flush();
        JsonObjectBuilder detail = Json.createObjectBuilder().add("score", score);
        if (comment != null) {
            detail.add("comment", comment);
        }
        timeline.append(complaint, now, "SURVEY_ANSWERED", "complainant", detail.build());
        List<Progress.Clock> running = clocksOf(queries.caseFileById(complaint.id()));
        Optional<String> stage = Progress.surveyStage(running);
        stage.ifPresent(s -> {
            survey.completed(s);
            clocks.completeStage(tenantOf(token), complaint.caseNumber().value(), s,
                    "satisfaction survey answered: " + score + "/5", "complainant");
        });
        em.flush();
        return tracking(complaint, queries.caseFileById(complaint.id()));
    }

    private Optional<Complaint> complaint(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Tenancy.bind(em, tenantOf(token));
        return em.createQuery("SELECT c FROM Complaint c WHERE c.trackingToken = :t", Complaint.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    private static String tenantOf(String token) {
        return token.substring(0, token.indexOf('.'));
    }

    private Optional<SatisfactionSurvey> survey(String complaintId) {
        return em.createQuery("SELECT s FROM SatisfactionSurvey s WHERE s.complaintId = :c", SatisfactionSurvey.class)
                .setParameter("c", complaintId).getResultStream().findFirst();
    }

    private Tracking tracking(Complaint complaint, CaseFile file) {
        Tenant tenant = em.find(Tenant.class, tenantOf(complaint.trackingToken()));
        Locale language = TrackingTexts.of(complaint.language(), tenant.locale());
        List<Progress.Clock> clocks = clocksOf(file);
        Optional<SatisfactionSurvey> answered = survey(complaint.id());
        Survey survey = new Survey(Progress.surveyOpen(complaint.status(), answered.isPresent()), Progress.surveyDueAt(clocks),
                answered.map(SatisfactionSurvey::score).orElse(null), answered.map(SatisfactionSurvey::answeredAt).orElse(null));
        return new Tracking(complaint.caseNumber().value(), complaint.subject(), language, complaint.status(),
                TrackingTexts.status(complaint.status(), language), complaint.receivedAt(), Progress.done(clocks, language),
                Progress.next(clocks, language), survey, tenant.timeZone());
    }

    private static List<Progress.Clock> clocksOf(CaseFile file) {
        return file.deadlines().stream().map(Progress.Clock::of).toList();
    }
}
