package com.mitpo.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at start-up, as the owner role. The application itself then
 * runs as a second role that owns nothing (the datasource below), so row-level security binds it.
 */
@DataSourceDefinition(
        name = DatabaseMigrator.DATASOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=mitpo.db.url}",
        user = "${MPCONFIG=mitpo.db.user}",
        password = "${MPCONFIG=mitpo.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        // UUID tenant ids are bound as text by EclipseLink's multitenant filter; let the server type them.
        properties = {"stringtype=unspecified", "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit"})
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    public static final String DATASOURCE = "java:app/jdbc/mitpo";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Inject
    @ConfigProperty(name = "mitpo.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "mitpo.db.owner.user")
    String ownerUser;

    @Inject
    @ConfigProperty(name = "mitpo.db.owner.password")
    String ownerPassword;

    @Inject
    @ConfigProperty(name = "mitpo.db.user")
    String appRole;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(url, ownerUser, ownerPassword)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", quotedIdentifier(appRole)))
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        migrated = true;
        LOG.info(() -> "Database schema at version " + flyway.info().current().getVersion()
                + " (" + applied + " migrations applied now)");
    }

    public boolean isMigrated() {
        return migrated;
    }

    private static String quotedIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
