package io.redress.core.complaint;

import io.redress.plugin.api.LocalizedText;

import java.time.Instant;

/**
 * A line of the inbox: enough to see what a case is, how grave, and which clock runs out next.
 *
 * @param gradeLabel null while ungraded
 * @param nextStage  the open stage due soonest, null when no clock runs
 * @param nextDueAt  its due time
 */
public record CaseSummary(String caseNumber, String subject, String gradeCode, LocalizedText gradeLabel,
                          ComplaintStatus status, Instant receivedAt, String region, String nextStage, Instant nextDueAt,
                          boolean overdue) {
}
