package io.redress.plugin.api;

/**
 * Where the platform looks for the holder of an approver's role: a policy names roles, never people, and the same
 * role (a director, say) exists in several places.
 */
public enum ApprovalScope {
    /** the department that handles the case */
    OWN_DEPARTMENT,
    /** the service centre of the case's region */
    REGIONAL_CENTRE,
    /** headquarters, e.g. HQ customer service or finance */
    HQ,
    /** the company's management */
    MANAGEMENT,
    /** the general manager's office (总经理办公会), above management */
    GENERAL_MANAGERS_OFFICE
}
