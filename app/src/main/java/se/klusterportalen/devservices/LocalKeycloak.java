package se.klusterportalen.devservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Keycloak server (the keycloak-quarkus-dist from Maven Central, unpacked by the build) in development
 * mode, storing its data in the local PostgreSQL (in Keycloak's own file database when the portal uses an
 * external one), with the klusterportal realm imported on first start.
 */
final class LocalKeycloak implements AutoCloseable {

    static final String REALM = "klusterportal";
    static final String ADMIN_USER = "admin";
    static final String ADMIN_PASSWORD = "admin";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(10);

    private final ProcessBuilder command;
    private final int port;
    private final Path log;
    private volatile Process process;
    private boolean ready;

    private LocalKeycloak(ProcessBuilder command, int port, Path log) throws IOException {
        this.command = command;
        this.port = port;
        this.log = log;
        this.process = command.start();
    }

    /**
     * Starts the Keycloak process and returns at once; {@link #awaitRealm()} waits until its realm answers, so the
     * portal's own context can start meanwhile.
     */
    static LocalKeycloak launch(Path home, int requestedPort, String databaseUrl, String databasePassword,
                               Path logDirectory) {
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("Keycloak is not unpacked at " + home
                    + ". Build once with ./mvnw install (it unpacks org.keycloak:keycloak-quarkus-dist),"
                    + " or set klusterportal.keycloak.issuer-uri to use an external Keycloak.");
        }
        try {
            copyRealmImport(home);
            int port = requestedPort > 0 ? requestedPort : freePort();
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve("keycloak-" + port + ".log");
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port=" + port,
                    "--http-management-port=" + freePort(),
                    "--import-realm",
                    "--log-level=warn",
                    // sized for 500 sign-ins on 2 cores (ADR 0091): at most 16 requests worked on at once (each
                    // password check is an Argon2 hash of 7 MB; the default pool grew past 128 threads under load
                    // and only time-sliced 2 cores), the rest wait in Keycloak's queue; a database connection each
                    "--http-pool-max-threads=16",
                    "--db-pool-initial-size=4", "--db-pool-min-size=4", "--db-pool-max-size=16"));
            if (databaseUrl != null) {
                command.addAll(List.of("--db=postgres", "--db-url=" + databaseUrl,
                        "--db-username=" + LocalPostgres.SUPERUSER));
                // the password through the environment, not the command line (visible to every local user)
            }
            var builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            if (databasePassword != null) {
                builder.environment().put("KC_DB_PASSWORD", databasePassword);
            }
            builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
            builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
            return new LocalKeycloak(builder, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    /** The realm file travels on the classpath (copied from infra/keycloak by the build). */
    private static void copyRealmImport(Path home) throws IOException {
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = LocalKeycloak.class.getResourceAsStream("/keycloak/klusterportal-realm.json")) {
            if (realm == null) {
                throw new IllegalStateException("keycloak/klusterportal-realm.json is missing from the classpath");
            }
            Path temporary = Files.createTempFile(importDir, "realm", ".tmp");
            Files.copy(realm, temporary, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temporary, importDir.resolve("klusterportal-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Blocks until the realm's discovery document answers (at most ten minutes); at once when it did before. */
    synchronized void awaitRealm() {
        if (ready) {
            return;
        }
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start-up:\n" + logTail());
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    ready = true;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Keycloak did not answer within " + STARTUP_TIMEOUT + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    /**
     * Starts the stopped server again on the same port and database (its realm, users and sessions are kept there);
     * returns at once, {@link #awaitRealm()} waits. For drills: Keycloak restarting while the portal runs.
     */
    synchronized void startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException("Keycloak still runs");
        }
        try {
            ready = false;
            process = command.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak again", e);
        }
    }

    @Override
    public void close() {
        var children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                children.forEach(ProcessHandle::destroyForcibly);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
