/**
 * The demo company seeded for `run` (REDRESS_DEMO=true): a tenant with staff of every role and a few complaints.
 * Uses the application services like any other client; nothing depends on it.
 */
package io.redress.core.demo;
