package se.klusterportalen.devservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 (zonky's binaries from Maven Central) with the two roles the portal needs:
 * an owner that runs the migrations, and an application role that neither owns the tables nor bypasses
 * row-level security.
 */
final class LocalPostgres implements AutoCloseable {

    static final String DATABASE = "klusterportal";
    static final String KEYCLOAK_DATABASE = "keycloak";
    static final String OWNER_ROLE = "klusterportal_owner";
    static final String APP_ROLE = "klusterportal_app";
    static final String PASSWORD = "klusterportal";

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @param dataDirectory kept between runs when given; a fresh temporary one when null */
    static LocalPostgres start(Path dataDirectory) {
        try {
            var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            var local = new LocalPostgres(builder.start());
            local.createRolesAndDatabases();
            return local;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private void createRolesAndDatabases() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            createRoleIfMissing(sql, OWNER_ROLE, "LOGIN");
            createRoleIfMissing(sql, APP_ROLE, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE");
            createDatabaseIfMissing(sql, DATABASE, OWNER_ROLE);
            createDatabaseIfMissing(sql, KEYCLOAK_DATABASE, "postgres");
        }
    }

    private static void createRoleIfMissing(Statement sql, String role, String options) throws SQLException {
        try (var rs = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (rs.next()) {
                return;
            }
        }
        sql.execute("CREATE ROLE " + role + " " + options + " PASSWORD '" + PASSWORD + "'");
    }

    private static void createDatabaseIfMissing(Statement sql, String database, String owner) throws SQLException {
        try (var rs = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            if (rs.next()) {
                return;
            }
        }
        sql.execute("CREATE DATABASE " + database + " OWNER " + owner);
    }

    int port() {
        return postgres.getPort();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Could not stop the embedded PostgreSQL: " + e.getMessage());
        }
    }
}
