package com.mitpo.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server from a Maven artifact, with the two roles MITPO expects: an owner
 * that runs migrations and an application role that owns nothing, is not a superuser and
 * cannot bypass row-level security. Production provisions the same two roles by hand.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "mitpo";
    public static final String OWNER = "mitpo_owner";
    public static final String APP = "mitpo_app";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts (or restarts on the same data) the server in {@code dataDirectory}; port 0 picks a
     * free one. The role passwords are (re)set at every start.
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, String ownerPassword, String appPassword)
            throws IOException, SQLException {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // After a crash PostgreSQL replays its log before it accepts connections; the
                // library's 10 seconds are too short for that on a busy machine.
                .setPGStartupWait(java.time.Duration.ofSeconds(120))
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200");
        if (port > 0) {
            builder.setPort(port);
        }
        var database = new EmbeddedDatabase(builder.start());
        database.provision(ownerPassword, appPassword);
        return database;
    }

    private void provision(String ownerPassword, String appPassword) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            ensureRole(s, OWNER, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE", ownerPassword);
            ensureRole(s, APP, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOINHERIT", appPassword);
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " owner " + OWNER);
                }
            }
            s.execute("revoke all on database " + DATABASE + " from public");
            s.execute("grant connect, temporary on database " + DATABASE + " to " + APP);
        }
    }

    private static void ensureRole(Statement s, String role, String options, String password) throws SQLException {
        try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            if (!rs.next()) {
                s.execute("create role " + role);
            }
        }
        s.execute("alter role " + role + " " + options + " password '" + password.replace("'", "''") + "'");
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
