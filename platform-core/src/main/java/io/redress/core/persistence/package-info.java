/**
 * Persistence plumbing shared by every feature package: the schema migration at start-up (Flyway), the tenant
 * binding ({@link io.redress.core.persistence.Tenancy}: the discriminator EclipseLink adds to every query, and on
 * PostgreSQL the setting row-level security checks), and type conversions. Depends on nothing else in core.
 */
package io.redress.core.persistence;
