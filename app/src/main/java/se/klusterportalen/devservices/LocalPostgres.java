package se.klusterportalen.devservices;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * A real PostgreSQL 17 (zonky's binaries from Maven Central) with the two roles the portal needs:
 * an owner that runs the migrations, and an application role that neither owns the tables nor bypasses
 * row-level security. Every role, {@code postgres} included, signs in with a password (scram-sha-256, no
 * {@code trust}); the passwords are generated on the first start and kept in the data folder in
 * {@value #PASSWORD_FILE} (mode 600). The server listens on 127.0.0.1 only.
 */
final class LocalPostgres implements AutoCloseable {

    static final String DATABASE = "klusterportal";
    static final String KEYCLOAK_DATABASE = "keycloak";
    static final String SUPERUSER = "postgres";
    static final String OWNER_ROLE = "klusterportal_owner";
    static final String APP_ROLE = "klusterportal_app";
    static final String PASSWORD_FILE = "klusterportalen-passwords.properties";
    static final String HOST = "127.0.0.1";

    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The generated passwords of the three roles. */
    record Passwords(String superuser, String owner, String app) {

        static Passwords generate() {
            return new Passwords(generated(), generated(), generated());
        }

        static Passwords read(Path file) {
            var properties = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
            return new Passwords(properties.getProperty(SUPERUSER), properties.getProperty(OWNER_ROLE),
                    properties.getProperty(APP_ROLE));
        }

        void write(Path file) {
            var properties = new Properties();
            properties.setProperty(SUPERUSER, superuser);
            properties.setProperty(OWNER_ROLE, owner);
            properties.setProperty(APP_ROLE, app);
            try {
                Files.deleteIfExists(file);
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                try (Writer out = Files.newBufferedWriter(file)) {
                    properties.store(out, "Klusterportalen's local PostgreSQL: generated passwords (development only)");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write " + file, e);
            }
        }

        private static String generated() {
            var password = new StringBuilder();
            for (int i = 0; i < 24; i++) {
                password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
            }
            return password.toString();
        }
    }

    private volatile EmbeddedPostgres postgres;
    private final Passwords passwords;
    private final Path data;
    private final boolean temporary;
    private final int port;

    private LocalPostgres(EmbeddedPostgres postgres, Passwords passwords, Path data, boolean temporary) {
        this.postgres = postgres;
        this.passwords = passwords;
        this.data = data;
        this.temporary = temporary;
        this.port = postgres.getPort();
    }

    /** @param dataDirectory kept between runs when given; a fresh temporary one, removed at the end, when null */
    static LocalPostgres start(Path dataDirectory) {
        return start(dataDirectory, 0);
    }

    /** @param port a fixed port (e.g. to start a stopped server again where its clients expect it); 0 for any free one */
    static LocalPostgres start(Path dataDirectory, int port) {
        boolean temporary = dataDirectory == null;
        Path data = temporary ? DevServices.temporaryDirectory("klusterportalen-postgres") : dataDirectory;
        Path passwordFile = data.resolve(PASSWORD_FILE);
        boolean secured = Files.exists(passwordFile);
        Passwords passwords = secured ? Passwords.read(passwordFile) : Passwords.generate();
        try {
            var local = new LocalPostgres(builder(data, passwords, port).start(), passwords, data, temporary);
            local.createRolesAndDatabases();
            if (!secured) {
                // the first start ran with initdb's "trust": now every role has its password, so require it
                local.requirePasswords(data);
                passwords.write(passwordFile);
            }
            return local;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** The data folder is kept when the server stops (a temporary one is removed by {@link #close()} only). */
    private static EmbeddedPostgres.Builder builder(Path data, Passwords passwords, int port) {
        var builder = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", HOST)
                .setConnectConfig("password", passwords.superuser());
        if (port > 0) {
            builder.setPort(port);
        }
        return builder;
    }

    /** Stops the server and keeps its data, for drills: PostgreSQL down while the portal runs. */
    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
        }
    }

    /** Starts the stopped server again on the same port and data, as a restarted database server. */
    void startAgain() {
        try {
            postgres = builder(data, passwords, port).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL again", e);
        }
    }

    private void createRolesAndDatabases() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + passwords.superuser() + "'");
            createOrUpdateRole(sql, OWNER_ROLE, "LOGIN", passwords.owner());
            createOrUpdateRole(sql, APP_ROLE, "LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE", passwords.app());
            createDatabaseIfMissing(sql, DATABASE, OWNER_ROLE);
            createDatabaseIfMissing(sql, KEYCLOAK_DATABASE, SUPERUSER);
        }
    }

    /** Replaces initdb's "trust" rules: password (scram-sha-256) for every role, from this machine only. */
    private void requirePasswords(Path data) throws IOException, SQLException {
        Files.writeString(data.resolve("pg_hba.conf"), """
                # Klusterportalen's local PostgreSQL: every role signs in with its password, from this machine only.
                local   all   all                  scram-sha-256
                host    all   all   127.0.0.1/32   scram-sha-256
                """);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("SELECT pg_reload_conf()");
        }
    }

    private static void createOrUpdateRole(Statement sql, String role, String options, String password)
            throws SQLException {
        try (var rs = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            if (rs.next()) {
                sql.execute("ALTER ROLE " + role + " PASSWORD '" + password + "'");
                return;
            }
        }
        sql.execute("CREATE ROLE " + role + " " + options + " PASSWORD '" + password + "'");
    }

    private static void createDatabaseIfMissing(Statement sql, String database, String owner) throws SQLException {
        try (var rs = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            if (rs.next()) {
                return;
            }
        }
        sql.execute("CREATE DATABASE " + database + " OWNER " + owner);
    }

    Passwords passwords() {
        return passwords;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + port() + "/" + database;
    }

    /** Stops the server; a temporary data folder is removed. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Could not stop the embedded PostgreSQL: " + e.getMessage());
        }
        if (temporary) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException e) {
                System.err.println("Could not remove " + data + ": " + e.getMessage());
            }
        }
    }
}
