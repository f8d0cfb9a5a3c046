package io.redress.core.complaint;

import io.redress.plugin.api.LocalizedText;

import java.time.Duration;
import java.time.Instant;

/**
 * A line of the inbox: enough to see what a case is, how grave, and which clock runs out next.
 *
 * @param gradeLabel null while ungraded
 * @param nextStage  the open stage due soonest, null when no clock runs
 * @param nextDueAt  its due time
 * @param workingTimeLeft working time in the case's calendar until {@code nextDueAt} — negative by the working time
 *                        it is late — or null when no clock runs
 */
public record CaseSummary(String caseNumber, String subject, String gradeCode, LocalizedText gradeLabel,
                          ComplaintStatus status, Instant receivedAt, String region, String nextStage, Instant nextDueAt,
                          boolean overdue, Duration workingTimeLeft) {
}
