package io.redress.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * Which identity provider serves: Keycloak when {@code REDRESS_KEYCLOAK_URL} is set, else the local identity store.
 * The REST API, the UI and provisioning all ask this one bean, so that the two never disagree.
 */
@ApplicationScoped
public class IdentityMode {

    static final String URL = "REDRESS_KEYCLOAK_URL";
    static final String REALM = "REDRESS_KEYCLOAK_REALM";

    @Inject
    Config config;

    /** Whether Keycloak is the identity provider. */
    public boolean keycloak() {
        return keycloakUrl().isPresent();
    }

    /** The issuer of the realm's tokens, e.g. {@code http://127.0.0.1:8180/realms/redress}, in Keycloak mode. */
    public Optional<String> issuer() {
        return keycloakUrl().map(url -> url.replaceAll("/+$", "") + "/realms/"
                + config.getOptionalValue(REALM, String.class).filter(r -> !r.isBlank()).orElse("redress"));
    }

    private Optional<String> keycloakUrl() {
        return config.getOptionalValue(URL, String.class).filter(u -> !u.isBlank());
    }
}
