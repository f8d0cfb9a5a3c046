package io.redress.core.identity;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenIdentityTest {

    @Test
    void aMemberOfOneOrganizationIsItsStaffWithTheRedressRolesOnly() {
        Caller caller = TokenIdentity.caller("li", List.of("acme"),
                List.of("supervisor", "offline_access", "default-roles-redress", "auditor")).orElseThrow();
        assertEquals("acme", caller.tenant());
        assertEquals(Set.of(Role.SUPERVISOR, Role.AUDITOR), caller.roles());
        assertFalse(caller.isPlatformAdmin());
    }

    @Test
    void platformAdminWithoutOrganizationIsThePlatformAdministrator() {
        Caller caller = TokenIdentity.caller("root", List.of(), List.of("platform-admin")).orElseThrow();
        assertTrue(caller.isPlatformAdmin());
        assertNull(caller.tenant());
    }

    @Test
    void platformAdminRoleInsideAnOrganizationGivesNothingAboveTheTenant() {
        Caller caller = TokenIdentity.caller("mole", List.of("acme"), List.of("platform-admin", "specialist")).orElseThrow();
        assertFalse(caller.isPlatformAdmin());
        assertEquals(Set.of(Role.SPECIALIST), caller.roles());
    }

    @Test
    void noOrganizationOrSeveralStandForNobody() {
        assertTrue(TokenIdentity.caller("stray", List.of(), List.of("specialist")).isEmpty());
        assertTrue(TokenIdentity.caller("twice", List.of("acme", "globex"), List.of("specialist")).isEmpty());
        assertTrue(TokenIdentity.caller("", List.of("acme"), List.of("specialist")).isEmpty());
    }
}
