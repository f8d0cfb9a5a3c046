package io.redress.core.feedback;

import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.feedback.Progress.Clock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the complainant sees of the clocks: stages done, the next one, and when the survey is open and due. */
class ProgressTest {

    private static Instant at(String utc) {
        return Instant.parse(utc);
    }

    private static final List<Clock> AFTER_FEEDBACK = List.of(
            new Clock("RESPONSE", false, at("2026-12-01T10:00:00Z"), at("2026-12-01T09:00:00Z"), "COMPLETED"),
            new Clock("RESOLUTION", false, at("2026-12-10T10:00:00Z"), at("2026-12-08T09:00:00Z"), "COMPLETED"),
            new Clock("PROGRESS_UPDATE", true, at("2026-12-09T10:00:00Z"), at("2026-12-08T09:00:00Z"), "CANCELLED"),
            new Clock("FEEDBACK", false, at("2026-12-09T10:00:00Z"), at("2026-12-08T12:00:00Z"), "COMPLETED"),
            new Clock("RETURN_VISIT", false, at("2026-12-11T10:00:00Z"), null, null),
            new Clock("SATISFACTION", false, at("2026-12-17T10:00:00Z"), null, null));

    @Test
    void theStagesDoneInOrderWithoutTheCancelledUpdatesInTheComplainantsLanguage() {
        List<TrackingDesk.Step> done = Progress.done(AFTER_FEEDBACK, Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("RESPONSE", "RESOLUTION", "FEEDBACK"), done.stream().map(TrackingDesk.Step::stage).toList());
        assertEquals("首次响应", done.get(0).label());
        assertEquals("First response", Progress.done(AFTER_FEEDBACK, Locale.forLanguageTag("ar")).get(0).label());
    }

    @Test
    void theNextStepIsTheEarliestRunningOneOffStageBeforeARecurringUpdate() {
        List<Clock> resolving = List.of(
                new Clock("PROGRESS_UPDATE", true, at("2026-12-04T10:00:00Z"), null, null),
                new Clock("RESOLUTION", false, at("2026-12-10T10:00:00Z"), null, null),
                new Clock("FEEDBACK", false, null, null, null));
        assertEquals("RESOLUTION", Progress.next(resolving, Locale.ENGLISH).stage());
        assertEquals(at("2026-12-10T10:00:00Z"), Progress.next(resolving, Locale.ENGLISH).at());
        assertEquals("PROGRESS_UPDATE", Progress.next(resolving.subList(0, 1), Locale.ENGLISH).stage());
        assertNull(Progress.next(List.of(), Locale.ENGLISH));
    }

    @Test
    void theSurveyCompletesTheSatisfactionStageElseTheReturnVisitAndIsDueByIt() {
        assertEquals("SATISFACTION", Progress.surveyStage(AFTER_FEEDBACK).orElseThrow());
        assertEquals(at("2026-12-17T10:00:00Z"), Progress.surveyDueAt(AFTER_FEEDBACK));
        List<Clock> noSatisfaction = AFTER_FEEDBACK.subList(0, 5);
        assertEquals("RETURN_VISIT", Progress.surveyStage(noSatisfaction).orElseThrow());
        assertEquals(at("2026-12-11T10:00:00Z"), Progress.surveyDueAt(noSatisfaction));
        assertTrue(Progress.surveyStage(AFTER_FEEDBACK.subList(0, 4)).isEmpty());
    }

    @Test
    void theSurveyIsOpenOnceTheResultWasGivenAndUntilItIsAnswered() {
        assertFalse(Progress.surveyOpen(ComplaintStatus.RESOLVED, false));
        assertTrue(Progress.surveyOpen(ComplaintStatus.FEEDBACK_GIVEN, false));
        assertTrue(Progress.surveyOpen(ComplaintStatus.CLOSED, false));
        assertFalse(Progress.surveyOpen(ComplaintStatus.FEEDBACK_GIVEN, true));
    }

    @Test
    void theComplainantsLanguageElseTheTenantsChineseOrEnglish() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, TrackingTexts.of(null, Locale.SIMPLIFIED_CHINESE));
        assertEquals(Locale.ENGLISH, TrackingTexts.of("en-GB", Locale.SIMPLIFIED_CHINESE));
        assertEquals(Locale.SIMPLIFIED_CHINESE, TrackingTexts.of("zh-TW", Locale.ENGLISH));
        assertEquals(Locale.ENGLISH, TrackingTexts.of("ar", Locale.SIMPLIFIED_CHINESE));
        assertEquals("等待您的回复", TrackingTexts.status(ComplaintStatus.WAITING_FOR_CUSTOMER, Locale.SIMPLIFIED_CHINESE));
    }
}
