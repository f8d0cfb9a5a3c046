package io.redress.ui.session;

import com.vaadin.flow.server.VaadinSession;
import io.redress.core.identity.Caller;
import io.redress.core.identity.Role;

import java.util.Optional;

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

    public static void set(Caller caller) {
        VaadinSession.getCurrent().setAttribute(Caller.class, caller);
    }

    public static void clear() {
        VaadinSession.getCurrent().setAttribute(Caller.class, null);
    }
}
