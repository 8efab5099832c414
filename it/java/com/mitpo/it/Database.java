package com.mitpo.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;

/** Connections to the integration tests' PostgreSQL, as the roles production uses. */
public final class Database {

    private Database() {
    }

    public static String url() {
        return System.getenv("MITPO_DB_URL");
    }

    /** The application's role: owns nothing, no superuser, no BYPASSRLS. */
    public static Connection asApp() throws SQLException {
        return DriverManager.getConnection(url(), System.getenv("MITPO_DB_USER"), System.getenv("MITPO_DB_PASSWORD"));
    }

    /**
     * The server's superuser, which bypasses row-level security: only for tests that must see
     * every row to prove something is gone.
     */
    public static Connection asSuperuser() throws SQLException {
        return DriverManager.getConnection(url(), "postgres", "");
    }

    /** Brings the schema up to date as the owner, exactly as the application does at start-up. */
    public static void migrate() {
        Flyway.configure()
                .dataSource(url(), System.getenv("MITPO_DB_OWNER_USER"), System.getenv("MITPO_DB_OWNER_PASSWORD"))
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", '"' + System.getenv("MITPO_DB_USER") + '"'))
                .load()
                .migrate();
    }
}
