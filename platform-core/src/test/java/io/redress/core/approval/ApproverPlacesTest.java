package io.redress.core.approval;

import io.redress.core.policy.OrganisationUnit;
import io.redress.plugin.api.ApprovalScope;
import io.redress.plugin.api.Approver;
import io.redress.plugin.api.LocalizedText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApproverPlacesTest {

    private static final List<OrganisationUnit> POLICY_C = List.of(
            unit("MANAGEMENT", OrganisationUnit.Kind.MANAGEMENT),
            unit("HQ_CUSTOMER_SERVICE", OrganisationUnit.Kind.DEPARTMENT),
            unit("EUROPE_AMERICAS_CENTRE", OrganisationUnit.Kind.REGIONAL_CENTRE),
            unit("SEA_CENTRE", OrganisationUnit.Kind.REGIONAL_CENTRE),
            unit("MIDDLE_EAST_CENTRE", OrganisationUnit.Kind.REGIONAL_CENTRE));

    private static OrganisationUnit unit(String code, OrganisationUnit.Kind kind) {
        return new OrganisationUnit(code, kind, LocalizedText.of(code, code));
    }

    @Test
    void aRegionIsServedByTheCentreNamedAfterIt() {
        assertEquals(Optional.of("SEA_CENTRE"), ApproverPlaces.centreOf("SEA", POLICY_C));
        assertEquals(Optional.of("MIDDLE_EAST_CENTRE"), ApproverPlaces.centreOf("MIDDLE_EAST", POLICY_C));
        assertEquals(Optional.of("EUROPE_AMERICAS_CENTRE"), ApproverPlaces.centreOf("EUROPE", POLICY_C));
        assertEquals(Optional.of("EUROPE_AMERICAS_CENTRE"), ApproverPlaces.centreOf("AMERICAS", POLICY_C));
        assertEquals(Optional.empty(), ApproverPlaces.centreOf("CN", POLICY_C));
    }

    @Test
    void ownDepartmentMeansTheUnitThatOwnsTheCase() {
        ApproverPlaces places = new ApproverPlaces("COMPLAINT_DEPARTMENT", null);
        Approver director = new Approver("director", ApprovalScope.OWN_DEPARTMENT);
        assertTrue(places.heldBy(Set.of("director"), "COMPLAINT_DEPARTMENT", director));
        assertFalse(places.heldBy(Set.of("director"), "MARKETING", director), "a director of another department");
        assertFalse(places.heldBy(Set.of("supervisor"), "COMPLAINT_DEPARTMENT", director), "another position");
        assertTrue(new ApproverPlaces(null, null).heldBy(Set.of("director"), "MARKETING", director),
                "a case no unit owns yet: any director");
    }

    @Test
    void theRegionalCentreHeadIsTheHeadOfTheCasesRegionsCentre() {
        ApproverPlaces places = new ApproverPlaces("MIDDLE_EAST_CENTRE", "SEA_CENTRE");
        Approver head = new Approver("regional-centre-head", ApprovalScope.REGIONAL_CENTRE);
        assertTrue(places.heldBy(Set.of("regional-centre-head"), "SEA_CENTRE", head));
        assertFalse(places.heldBy(Set.of("regional-centre-head"), "MIDDLE_EAST_CENTRE", head));
    }

    @Test
    void companyWidePlacesAreHeldByAnyoneWithThePosition() {
        ApproverPlaces places = new ApproverPlaces("SEA_CENTRE", "SEA_CENTRE");
        assertTrue(places.heldBy(Set.of("finance"), "FINANCE", new Approver("finance", ApprovalScope.HQ)));
        assertTrue(places.heldBy(Set.of("management"), null, new Approver("management", ApprovalScope.MANAGEMENT)));
        assertTrue(places.heldBy(Set.of("general-manager"), "GENERAL_MANAGERS_OFFICE",
                new Approver("general-manager", ApprovalScope.GENERAL_MANAGERS_OFFICE)));
        assertFalse(places.heldBy(Set.of("management"), null, new Approver("general-manager", ApprovalScope.GENERAL_MANAGERS_OFFICE)));
    }
}
