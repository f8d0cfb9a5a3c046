/**
 * Who is calling: the {@link io.redress.core.identity.IdentityStore} interface behind which the local identity
 * store (embedded default) and, later, Keycloak sit; roles; password hashing. Depends on persistence only.
 */
package io.redress.core.identity;
