/**
 * A tenant's policy: the plugins it chose with their validated configuration, the handling plan of each grade,
 * its exchange rates, and the templates a tenant starts from. Versioned: every complaint records the version it
 * was graded under. Depends on plugin (registry), plugin-api and persistence.
 */
package io.redress.core.policy;
