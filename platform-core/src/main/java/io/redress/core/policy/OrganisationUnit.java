package io.redress.core.policy;

import io.redress.plugin.api.LocalizedText;

/**
 * A part of the tenant's organisation that plans and approvals refer to by code: a department, a regional service
 * centre, a group such as the complaint leadership group, or management.
 */
public record OrganisationUnit(String code, Kind kind, LocalizedText name) {

    public enum Kind { DEPARTMENT, REGIONAL_CENTRE, GROUP, MANAGEMENT }
}
