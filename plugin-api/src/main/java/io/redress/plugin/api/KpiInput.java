package io.redress.plugin.api;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The counts of one person's, department's or region's work in a period, from which a KPI scheme computes its
 * indicators. Each part is counted among its whole (on time among first responses, resolved among the cases due to
 * be resolved, reopened among the resolved), so that every rate made of them is a fraction between 0 and 1.
 *
 * @param scope                whose work is counted
 * @param subject              the person's user name, or the department's or region's code
 * @param period               the period's name as the platform writes it, e.g. {@code 2026-03} or {@code 2026-Q1}
 * @param cases                cases received in the period
 * @param firstResponses       first responses that fell due in the period
 * @param firstResponsesOnTime of those, the ones given in time
 * @param stages               per stage code (e.g. {@code RESOLUTION}), the deadlines due and met; kept sorted by code
 *                             so that every reading of it goes in the same order
 * @param resolved             of {@code resolvedCases}, the cases resolved
 * @param resolvedCases        cases that should have been resolved in the period
 * @param totalResolutionTime  the time from receipt to resolution summed over the {@code resolved} cases
 * @param satisfactionScores   the return visits' scores, 1 (very dissatisfied) to 5 (very satisfied)
 * @param reopened             of the {@code resolved} cases, the ones reopened
 */
public record KpiInput(KpiScope scope, String subject, String period, long cases, long firstResponses,
                       long firstResponsesOnTime, Map<String, StageCount> stages, long resolved, long resolvedCases,
                       Duration totalResolutionTime, List<Integer> satisfactionScores, long reopened) {

    public KpiInput {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(totalResolutionTime, "totalResolutionTime");
        if (cases < 0 || firstResponses < 0 || firstResponsesOnTime < 0 || resolved < 0 || resolvedCases < 0 || reopened < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
        requirePart("firstResponsesOnTime", firstResponsesOnTime, "firstResponses", firstResponses);
        requirePart("resolved", resolved, "resolvedCases", resolvedCases);
        requirePart("reopened", reopened, "resolved", resolved);
        if (totalResolutionTime.isNegative()) {
            throw new IllegalArgumentException("totalResolutionTime cannot be negative");
        }
        // a TreeMap refuses a null key, and its order makes the iteration of equal inputs alike
        TreeMap<String, StageCount> sorted = new TreeMap<>(stages);
        sorted.values().forEach(count -> Objects.requireNonNull(count, "stage count"));
        stages = Collections.unmodifiableSortedMap(sorted);
        satisfactionScores = List.copyOf(satisfactionScores);
        for (int score : satisfactionScores) {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("a satisfaction score is 1 to 5, not " + score);
            }
        }
    }

    private static void requirePart(String partName, long part, String wholeName, long whole) {
        if (part > whole) {
            throw new IllegalArgumentException(partName + " (" + part + ") cannot exceed " + wholeName + " (" + whole + ")");
        }
    }
}
