package io.redress.ui.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The staff member signed in to this browser session, if any. Kept in the HTTP session, so that the OpenID Connect
 * callback (a plain servlet, {@link OidcServlet}) signs in the same session the views read; with it the ID token that
 * ends the Keycloak session at sign-out.
 */
public final class SignedIn {

    static final String CALLER = SignedIn.class.getName() + ".caller";
    static final String ID_TOKEN = SignedIn.class.getName() + ".idToken";

    private SignedIn() {
    }

    public static Optional<Caller> caller() {
        return session().map(s -> (Caller) s.getAttribute(CALLER));
    }

    /** Whether the caller administers a tenant: its policy and its calendars are theirs to see and change. */
    public static boolean isTenantAdmin(Caller caller) {
        return caller != null && caller.tenant() != null && caller.roles().contains(Role.TENANT_ADMIN);
    }

    /**
     * Shows a screen's controls if the signed-in caller is one the screen admits, else only the notice that it is not
     * theirs to see.
     *
     * @return the admitted caller; empty when the notice is shown
     */
    public static Optional<Caller> admit(HasComponents screen, Component controls, Component denied, Predicate<Caller> allowed) {
        Optional<Caller> admitted = caller().filter(allowed);
        screen.remove(controls, denied);
        screen.add(admitted.isPresent() ? controls : denied);
        return admitted;
    }

    /** Signs the caller in (local identity store). */
    public static void set(Caller caller) {
        WrappedSession session = session().orElseThrow(() -> new IllegalStateException("no Vaadin session"));
        session.setAttribute(CALLER, caller);
        session.setAttribute(ID_TOKEN, null);
    }

    /** Signs the caller in through Keycloak: the ID token is kept to end the Keycloak session at sign-out. */
    static void set(HttpSession session, Caller caller, String idToken) {
        session.setAttribute(CALLER, caller);
        session.setAttribute(ID_TOKEN, idToken);
    }

    /** Whether the caller signed in through Keycloak, whose session the sign-out must end too. */
    public static boolean throughKeycloak() {
        return session().map(s -> s.getAttribute(ID_TOKEN)).isPresent();
    }

    static Optional<String> idToken(HttpSession session) {
        return Optional.ofNullable((String) session.getAttribute(ID_TOKEN));
    }

    public static void clear() {
        session().ifPresent(s -> {
            s.setAttribute(CALLER, null);
            s.setAttribute(ID_TOKEN, null);
        });
    }

    private static Optional<WrappedSession> session() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getSession());
    }
}
