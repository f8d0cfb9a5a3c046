/**
 * Tenants (the subscribing companies) and their onboarding from a policy template. Depends on policy, sla and
 * identity to set a new tenant up; nothing tenant-owned is reachable without a tenant.
 */
package io.redress.core.tenant;
