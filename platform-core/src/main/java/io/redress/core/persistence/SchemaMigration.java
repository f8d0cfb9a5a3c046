package io.redress.core.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Migrates the schema when the application starts, before it takes a request; a failed migration stops the
 * application rather than letting it run on a schema it does not know. Fires {@link SchemaReady} afterwards so
 * that start-up work needing tables (bootstrap of the administrator, demo data) runs in the right order.
 */
@ApplicationScoped
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/redress")
    DataSource dataSource;

    @Inject
    BeanManager beanManager;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        MigrateResult result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
                // Flyway 12 (open source) has no {vendor} placeholder: the vendor folders were never read until the
                // vendor was named here; databases made before then apply their vendor migrations (V3_1)
                // now instead of failing validation
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " on " + result.database
                + " (" + result.migrationsExecuted + " migrations applied now)");
        beanManager.getEvent().select(SchemaReady.class).fire(new SchemaReady(result.database));
    }

    /** The folder of this database's own migrations: {@code postgresql} or {@code h2}. */
    private String vendor() {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : "h2";
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }

    /** The schema is current; start-up work that needs tables may run. */
    public record SchemaReady(String database) {
    }
}
