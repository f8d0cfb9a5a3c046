/**
 * Persistence plumbing shared by every feature package: the schema migration at start-up (Flyway), the tenant
 * discriminator that EclipseLink adds to every query, and type conversions. Depends on nothing else in core.
 */
package io.redress.core.persistence;
