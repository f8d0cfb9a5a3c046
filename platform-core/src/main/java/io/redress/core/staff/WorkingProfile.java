package io.redress.core.staff;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a staff member's working profile holds, as it is set.
 *
 * @param unit      the code of the home unit (department, regional centre); null when none
 * @param positions positions held for approvals, e.g. {@code director}, {@code regional-centre-head}
 * @param languages languages the member handles complaints in, as primary tags ({@code zh}, {@code en}, {@code ar})
 * @param trainings codes of the trainings passed, e.g. {@code COMPLAINT_HANDLING}
 * @param groups    codes of the groups the member sits on besides the home unit: the leadership group, a task force
 */
public record WorkingProfile(String unit, Set<String> positions, Set<String> languages, Set<String> trainings,
                             Set<String> groups) {

    public WorkingProfile {
        positions = sorted(positions);
        languages = sorted(languages);
        trainings = sorted(trainings);
        groups = sorted(groups);
    }

    private static Set<String> sorted(Collection<String> values) {
        return values == null ? Set.of() : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }
}
