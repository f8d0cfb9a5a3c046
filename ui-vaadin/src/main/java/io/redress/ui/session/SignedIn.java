package io.redress.ui.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.server.VaadinSession;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;

import java.util.Optional;
import java.util.function.Predicate;

/** The staff member signed in to this browser session, if any. */
public final class SignedIn {

    private SignedIn() {
    }

    public static Optional<Caller> caller() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(Caller.class));
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

    public static void set(Caller caller) {
        VaadinSession.getCurrent().setAttribute(Caller.class, caller);
    }

    public static void clear() {
        VaadinSession.getCurrent().setAttribute(Caller.class, null);
    }
}
