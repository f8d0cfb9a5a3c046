/**
 * The approvals inbox: the requests the signed-in member may sign now, and the signature dialog that shows exactly
 * what is approved and asks for the password. Talks to the platform only through
 * {@link io.redress.core.approval.ApprovalDesk}.
 */
package io.redress.ui.approval;
