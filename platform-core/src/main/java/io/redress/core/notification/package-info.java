/**
 * The staff's notifications inbox: escalations of stage clocks, overdue approval steps and overdue corrective
 * actions reach the people they name, and so do assignments and approvals awaiting a signature. Resolves whom a rung
 * names (the assignee, staff of a role — of the case's unit first — or the members of a unit), writes one
 * notification per recipient and event, and appends the sweep's escalations to the audit trail. Depends on audit,
 * identity, persistence and staff; complaint, approval and corrective call it, and the inbound adapters (api, UI)
 * read it.
 */
package io.redress.core.notification;
