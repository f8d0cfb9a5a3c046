package io.redress.core.identity;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import java.util.function.Supplier;

/**
 * Keycloak answered an error (or did not answer) while a tenant or its staff was provisioned. A 4xx means it
 * refused what we sent (e.g. an e-mail its user profile rejects); anything else means it failed.
 */
public class IdentityProviderException extends RuntimeException {

    private final int status;

    public IdentityProviderException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** Keycloak's HTTP status, or 0 when it could not be reached. */
    public int status() {
        return status;
    }

    public boolean refused() {
        return status >= 400 && status < 500;
    }

    /** Runs a step in Keycloak, turning the admin client's REST failures into this exception. */
    public static <T> T during(String what, Supplier<T> step) {
        try {
            return step.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new IdentityProviderException(status, "Keycloak answered HTTP " + status + " to " + what + detail(e), e);
        } catch (ProcessingException e) {
            throw new IdentityProviderException(0, "Keycloak could not be reached to " + what, e);
        }
    }

    public static void during(String what, Runnable step) {
        during(what, () -> {
            step.run();
            return null;
        });
    }

    private static String detail(WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            return body == null || body.isBlank() ? "" : ": " + body.strip();
        } catch (RuntimeException unreadable) {
            return "";
        }
    }
}
