/**
 * Who is signed in to the UI, kept in the HTTP session; in Keycloak mode the OpenID Connect sign-in and sign-out
 * ({@link io.redress.ui.session.OidcSignIn}, {@link io.redress.ui.session.OidcServlet}).
 */
package io.redress.ui.session;
