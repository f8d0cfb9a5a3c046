package io.redress.core.identity;

import io.redress.core.persistence.SchemaMigration.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Makes sure the platform administrator {@code admin} exists. Its password comes from REDRESS_ADMIN_PASSWORD;
 * when that is unset on the first start, a random one is generated and printed once to the log.
 */
@ApplicationScoped
public class PlatformAdminBootstrap {

    public static final String ADMIN = "admin";
    private static final Logger LOG = Logger.getLogger(PlatformAdminBootstrap.class.getName());

    @Inject
    LocalIdentityStore store;

    @Inject
    @ConfigProperty(name = "REDRESS_ADMIN_PASSWORD")
    Optional<String> configuredPassword;

    void onSchemaReady(@Observes @Priority(1000) SchemaReady ready) {
        boolean generated = configuredPassword.filter(p -> !p.isBlank()).isEmpty();
        String password = generated ? PasswordHash.generatePassword(20) : configuredPassword.get();
        if (store.ensurePlatformAdmin(ADMIN, password.toCharArray()) && generated) {
            LOG.warning("Platform administrator '" + ADMIN + "' created with the generated password: " + password
                    + "  (shown once; set REDRESS_ADMIN_PASSWORD before the first start to choose it)");
        }
    }

}
