package io.redress.ui.session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.util.Optional;

/**
 * How the UI signs in: through Keycloak with OpenID Connect when REDRESS_KEYCLOAK_URL is set ({@link OidcSettings}),
 * else with the password form against the local identity store. The provider's discovery document is read at the
 * first sign-in, not at deployment, so that the application starts while Keycloak does not answer yet.
 */
@ApplicationScoped
public class SignInMode {

    private final OidcSettings settings;
    private OidcSignIn signIn;

    /** For CDI's proxy. */
    protected SignInMode() {
        settings = null;
    }

    @Inject
    public SignInMode(Config config) {
        settings = OidcSettings.from(config).orElse(null);
    }

    /** Whether the UI signs in through Keycloak. */
    public boolean keycloak() {
        return settings != null;
    }

    public Optional<OidcSettings> settings() {
        return Optional.ofNullable(settings);
    }

    /** The OpenID Connect client, discovered once; a failed discovery is tried again at the next sign-in. */
    public synchronized OidcSignIn oidc() throws IOException {
        if (settings == null) {
            throw new IllegalStateException("not in Keycloak mode");
        }
        if (signIn == null) {
            signIn = OidcSignIn.discover(settings);
        }
        return signIn;
    }
}
