/**
 * The corrective-action ledger (整改台账) for staff: the actions with filters, a new action for supervisors and
 * above, the owner's report and the verification by someone else. Talks to the platform only through
 * {@link io.redress.core.corrective.Ledger}.
 */
package io.redress.ui.corrective;
