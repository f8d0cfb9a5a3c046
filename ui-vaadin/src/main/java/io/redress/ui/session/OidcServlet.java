package io.redress.ui.session;

import io.redress.core.tenant.Tenants;
import io.redress.ui.session.OidcSignIn.Pending;
import io.redress.ui.session.OidcSignIn.Refused;
import io.redress.ui.session.OidcSignIn.Start;
import io.redress.ui.session.OidcSignIn.Success;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The OpenID Connect round trips of the Keycloak mode, outside Vaadin because they are plain redirects:
 * {@code /oidc/login} starts the code flow, {@code /oidc/callback} finishes it and signs the session in (with a new
 * session id) or sends the browser to the login view with an error, {@code /oidc/logout} ends the HTTP session and
 * then the Keycloak session, which sends the browser back to the login view. In local mode they do not exist (404).
 */
@WebServlet(urlPatterns = {OidcServlet.LOGIN, OidcServlet.CALLBACK, OidcServlet.LOGOUT})
public class OidcServlet extends HttpServlet {

    static final String LOGIN = "/oidc/login";
    static final String CALLBACK = "/oidc/callback";
    static final String LOGOUT = "/oidc/logout";
    /** The login view's query parameter naming why a sign-in did not finish, and its values. */
    public static final String ERROR = "error";
    public static final String NOBODY = "nobody";
    public static final String FAILED = "failed";
    public static final String UNAVAILABLE = "unavailable";
    /** The login view's query parameter after a sign-out. */
    public static final String SIGNED_OUT = "signedOut";

    private static final Logger LOG = Logger.getLogger(OidcServlet.class.getName());
    private static final String PENDING = OidcServlet.class.getName() + ".pending";

    @Inject
    SignInMode mode;

    @Inject
    Tenants tenants;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!mode.keycloak()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        switch (request.getServletPath()) {
            case LOGIN -> login(request, response);
            case CALLBACK -> callback(request, response);
            default -> logout(request, response);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OidcSignIn oidc;
        try {
            oidc = mode.oidc();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Keycloak's discovery document cannot be read", e);
            response.sendRedirect(base(request) + "login?" + ERROR + "=" + UNAVAILABLE);
            return;
        }
        Start start = oidc.start(base(request).resolve(CALLBACK.substring(1)));
        request.getSession(true).setAttribute(PENDING, start.pending());
        response.sendRedirect(start.authorizationUrl().toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        // the pending sign-in is used once, whatever comes of it
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        if (pending == null) {
            LOG.info("OpenID Connect callback without a pending sign-in in its session: refused");
            response.sendRedirect(base(request) + "login?" + ERROR + "=" + FAILED);
            return;
        }
        String query = request.getQueryString();
        Success success;
        try {
            success = mode.oidc().finish(pending, URI.create(pending.redirectUri() + (query == null ? "" : "?" + query)));
            if (tenants.find(success.caller().tenant()).isEmpty()) {
                throw new Refused(Refused.Reason.NOBODY, "organization " + success.caller().tenant() + " is no tenant here");
            }
        } catch (Refused e) {
            LOG.info(() -> "OpenID Connect sign-in refused (" + e.reason() + "): " + e.getMessage());
            response.sendRedirect(base(request) + "login?" + ERROR + "=" + (e.reason() == Refused.Reason.NOBODY ? NOBODY : FAILED));
            return;
        }
        // a new session id after sign-in, so a session id planted before it is worth nothing
        request.changeSessionId();
        SignedIn.set(session, success.caller(), success.idToken());
        response.sendRedirect(base(request).toString());
    }

    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Optional<String> idToken = session == null ? Optional.empty() : SignedIn.idToken(session);
        if (session != null) {
            session.invalidate();
        }
        URI login = base(request).resolve("login");
        if (idToken.isEmpty()) {
            response.sendRedirect(login.toString());
            return;
        }
        URI afterwards = URI.create(login + "?" + SIGNED_OUT);
        try {
            response.sendRedirect(mode.oidc().logout(idToken.get(), afterwards).toString());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Keycloak's discovery document cannot be read: its session is not ended", e);
            response.sendRedirect(login + "?" + ERROR + "=" + UNAVAILABLE);
        }
    }

    /** The application's base URL, ending in "/": REDRESS_PUBLIC_URL, or the request's scheme, host and context. */
    private URI base(HttpServletRequest request) {
        return mode.settings().flatMap(OidcSettings::publicBase).map(u -> URI.create(u + "/"))
                .orElseGet(() -> URI.create(request.getRequestURL().toString()).resolve(request.getContextPath() + "/"));
    }
}
