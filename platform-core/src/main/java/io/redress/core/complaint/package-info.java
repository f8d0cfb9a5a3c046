/**
 * The complaint: its intake (grading by the tenant's plugin, clocks of the grade's handling plan), its case
 * number, status and timeline, and the queries of the inbox. Depends on policy, plugin, sla and notification (an
 * assignment and each rung a clock reaches notify the people concerned); nothing depends on it but the inbound
 * adapters (api, UI).
 */
package io.redress.core.complaint;
