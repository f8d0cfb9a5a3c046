/**
 * The approvals engine: a request of a decision on a case ({@link io.redress.core.approval.ApprovalRequest}) routed
 * by the tenant's approval-chain plugin into serial and parallel steps with working-time deadlines, decided by
 * electronic signatures (password re-checked, the SHA-256 of exactly what was approved stored with each), with
 * delegation while away; a step opened or overdue notifies whom it concerns. Depends on complaint (lifecycle, clocks,
 * timeline), policy, plugin, sla, staff, identity and notification; only the inbound adapters (api, UI) depend on it.
 */
package io.redress.core.approval;
