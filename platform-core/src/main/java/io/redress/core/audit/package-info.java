/**
 * The append-only, hash-chained audit trail: every change to a case, a policy, an approval or an action is appended
 * with its actor, instant and before/after state, and each tenant's entries form one SHA-256 chain that
 * {@link io.redress.core.audit.AuditTrail#verify(String)} checks link by link. Nothing here updates or deletes an
 * entry. Depends on persistence only; every other package may append.
 */
package io.redress.core.audit;
