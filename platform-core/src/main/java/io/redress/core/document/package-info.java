/**
 * Documents filed on a case (the archive of Policy A): named {@code YYYYMMDD-<case number>-<description>}, limited
 * in size and type, encrypted at rest with AES-GCM under a key per tenant kept outside the database, and read or
 * changed by role (the owning department reads, supervisors and above edit, restricted items for the director and
 * management only). {@link io.redress.core.document.DocumentDesk} is the port the UI and the API use. Depends on
 * complaint, staff, tenant, audit and persistence.
 */
package io.redress.core.document;
