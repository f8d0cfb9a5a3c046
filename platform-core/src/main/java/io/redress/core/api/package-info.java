/**
 * The public REST API v1 (JAX-RS): thin resources that check the caller, read JSON field by field into commands,
 * call the application services and write representations; and the one place where errors become RFC 9457
 * problem details. May depend on every feature package; nothing depends on it.
 */
package io.redress.core.api;
