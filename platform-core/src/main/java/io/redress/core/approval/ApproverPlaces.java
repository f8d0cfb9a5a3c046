package io.redress.core.approval;

import io.redress.core.policy.OrganisationUnit;
import io.redress.plugin.api.Approver;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the holder of an approver's position is looked for on a case: OWN_DEPARTMENT is the unit that owns the case
 * (the unit of its assignee); REGIONAL_CENTRE is the regional centre of the case's region; HQ, MANAGEMENT and the
 * GENERAL_MANAGERS_OFFICE are one place in the company, so anyone holding the position is its holder. While a case has
 * no owning unit yet, or its region no centre, any holder of the position may decide.
 *
 * @param ownerUnit the code of the unit that owns the case, or null
 * @param centre    the code of the regional centre of the case's region, or null
 */
public record ApproverPlaces(String ownerUnit, String centre) {

    /** Whether a member with these positions in this unit holds the approver's place on the case. */
    public boolean heldBy(Set<String> positions, String unit, Approver approver) {
        if (!positions.contains(approver.role())) {
            return false;
        }
        return switch (approver.scope()) {
            case OWN_DEPARTMENT -> ownerUnit == null || ownerUnit.equals(unit);
            case REGIONAL_CENTRE -> centre == null || centre.equals(unit);
            case HQ, MANAGEMENT, GENERAL_MANAGERS_OFFICE -> true;
        };
    }

    /**
     * The regional centre of a region: the organisation's REGIONAL_CENTRE unit whose code, split at underscores,
     * contains the region code's words in a row — {@code SEA} is served by {@code SEA_CENTRE}, {@code MIDDLE_EAST} by
     * {@code MIDDLE_EAST_CENTRE}, both {@code EUROPE} and {@code AMERICAS} by {@code EUROPE_AMERICAS_CENTRE}.
     */
    public static Optional<String> centreOf(String region, List<OrganisationUnit> organisation) {
        if (region == null) {
            return Optional.empty();
        }
        String words = "_" + region + "_";
        return organisation.stream()
                .filter(u -> u.kind() == OrganisationUnit.Kind.REGIONAL_CENTRE)
                .map(OrganisationUnit::code)
                .filter(code -> ("_" + code + "_").contains(words))
                .findFirst();
    }
}
