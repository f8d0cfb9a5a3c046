package io.redress.core.feedback;

import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.feedback.TrackingDesk.Step;
import io.redress.core.sla.Deadline;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The progress a complainant sees, worked out from the case's stage clocks: the stages completed (a cancelled
 * recurring update was never done), the next stage due — a one-off stage before a recurring progress update — and
 * the survey, open once the result has been given and until it is answered, due by the satisfaction stage of the
 * grade's plan or else its return visit.
 */
final class Progress {

    /** The statuses in which the complainant has been given the result and may say how satisfied they are. */
    static final Set<ComplaintStatus> SURVEY_STATUSES = EnumSet.of(ComplaintStatus.FEEDBACK_GIVEN,
            ComplaintStatus.RETURN_VISITED, ComplaintStatus.CLOSED);
    static final String SATISFACTION = "SATISFACTION";
    static final String RETURN_VISIT = "RETURN_VISIT";

    /** What the complainant may know of one clock. */
    record Clock(String stage, boolean recurring, Instant dueAt, Instant completedAt, String outcome) {
        static Clock of(Deadline d) {
            return new Clock(d.stage(), d.recurring(), d.dueAt(), d.completedAt(), d.outcome());
        }

        boolean running() {
            return completedAt == null && dueAt != null;
        }
    }

    private Progress() {
    }

    static List<Step> done(List<Clock> clocks, Locale language) {
        return clocks.stream().filter(c -> Deadline.COMPLETED.equals(c.outcome()) && c.completedAt() != null)
                .sorted(Comparator.comparing(Clock::completedAt))
                .map(c -> new Step(c.stage(), TrackingTexts.stage(c.stage(), language), c.completedAt())).toList();
    }

    static Step next(List<Clock> clocks, Locale language) {
        return clocks.stream().filter(Clock::running)
                .min(Comparator.comparing(Clock::recurring).thenComparing(Clock::dueAt))
                .map(c -> new Step(c.stage(), TrackingTexts.stage(c.stage(), language), c.dueAt())).orElse(null);
    }

    /** The stage whose clock an answer completes: the satisfaction survey's if it runs, else the return visit's. */
    static Optional<String> surveyStage(List<Clock> clocks) {
        for (String stage : List.of(SATISFACTION, RETURN_VISIT)) {
            if (clocks.stream().anyMatch(c -> c.stage().equals(stage) && c.running())) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** When the survey is due: the satisfaction stage's due time, else the return visit's; null when neither has one. */
    static Instant surveyDueAt(List<Clock> clocks) {
        for (String stage : List.of(SATISFACTION, RETURN_VISIT)) {
            Optional<Instant> due = clocks.stream().filter(c -> c.stage().equals(stage) && c.dueAt() != null)
                    .map(Clock::dueAt).findFirst();
            if (due.isPresent()) {
                return due.get();
            }
        }
        return null;
    }

    static boolean surveyOpen(ComplaintStatus status, boolean answered) {
        return !answered && SURVEY_STATUSES.contains(status);
    }
}
