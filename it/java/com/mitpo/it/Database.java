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

    /** Runs one statement as the superuser (set-up that must not depend on the code under test). */
    public static void execute(String statement, Object... parameters) throws SQLException {
        try (Connection db = asSuperuser(); java.sql.PreparedStatement s = db.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    /** The first column of the first row, as text, read as the superuser (who sees every row); null without rows. */
    public static String value(String query, Object... parameters) throws SQLException {
        try (Connection db = asSuperuser(); java.sql.PreparedStatement q = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (java.sql.ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
