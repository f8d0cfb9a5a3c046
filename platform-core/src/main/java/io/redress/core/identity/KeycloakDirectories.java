package io.redress.core.identity;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The mode of the identity store: with REDRESS_KEYCLOAK_URL (and the service account's client) set, tenants and
 * staff are provisioned in Keycloak as well, through the one {@link KeycloakDirectory} produced here; unset, the
 * directory is empty and the local identity store alone serves.
 */
@ApplicationScoped
public class KeycloakDirectories {

    private static final Logger LOG = Logger.getLogger(KeycloakDirectories.class.getName());

    @Inject
    Config config;

    private volatile Optional<KeycloakDirectory> directory;

    /** The directory of the Keycloak mode; empty in the local mode. */
    @Produces
    @Dependent
    public Optional<KeycloakDirectory> directory() {
        Optional<KeycloakDirectory> current = directory;
        if (current == null) {
            synchronized (this) {
                current = directory;
                if (current == null) {
                    Optional<KeycloakDirectory.Settings> settings = KeycloakDirectory.Settings.from(config);
                    settings.ifPresent(s -> LOG.info(() -> "tenants and staff are provisioned in Keycloak: " + s));
                    current = settings.map(KeycloakDirectory::new);
                    directory = current;
                }
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        Optional<KeycloakDirectory> current = directory;
        if (current != null) {
            current.ifPresent(KeycloakDirectory::close);
        }
    }
}
