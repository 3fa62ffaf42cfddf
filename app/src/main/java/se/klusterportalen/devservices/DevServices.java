package se.klusterportalen.devservices;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;


/**
 * The local PostgreSQL and Keycloak of one JVM: started at most once, stopped when the JVM ends.
 * Several Spring contexts in one test run share them.
 */
final class DevServices {

    private static DevServices running;

    private final Map<String, Object> properties;
    private final @Nullable LocalKeycloak keycloak;
    private final @Nullable LocalPostgres postgres;

    private DevServices(Map<String, Object> properties, @Nullable LocalKeycloak keycloak,
                        @Nullable LocalPostgres postgres) {
        this.properties = Map.copyOf(properties);
        this.keycloak = keycloak;
        this.postgres = postgres;
    }

    /**
     * Stops Keycloak, then PostgreSQL, now. For a start that ends with {@code Runtime.halt} and so runs no shutdown
     * hook ({@code spring.context.exit=onRefresh}, e.g. a context-only AOT cache training start).
     */
    static void stopNow() {
        DevServices services;
        synchronized (DevServices.class) {
            services = running;
        }
        if (services == null) {
            return;
        }
        if (services.keycloak != null) {
            services.keycloak.close();
        }
        if (services.postgres != null) {
            try {
                services.postgres.close();
            } catch (Exception e) {
                System.err.println("Could not stop PostgreSQL: " + e.getMessage());
            }
        }
    }

    /**
     * Waits until the local Keycloak (if this JVM started one) serves its realm. Keycloak starts in its own process
     * while the portal's context starts; whatever needs it first (the OAuth client's discovery, the portal's URL
     * registration, the end of the context refresh) calls this.
     */
    static void awaitKeycloak() {
        DevServices services;
        synchronized (DevServices.class) {
            services = running;
        }
        if (services != null && services.keycloak != null) {
            services.keycloak.awaitRealm();
        }
    }

    /** The PostgreSQL this JVM started, if it started one (for operations drills in tests). */
    static synchronized Optional<LocalPostgres> runningPostgres() {
        return running == null ? Optional.empty() : Optional.ofNullable(running.postgres);
    }

    /** The Keycloak this JVM started, if it started one (for operations drills in tests: stop and start it again). */
    static synchronized Optional<LocalKeycloak> runningKeycloak() {
        return running == null ? Optional.empty() : Optional.ofNullable(running.keycloak);
    }

    static synchronized DevServices startOnce(DevServicesSettings settings) {
        if (running == null) {
            running = start(settings);
        }
        return running;
    }

    private static DevServices start(DevServicesSettings settings) {
        var properties = new LinkedHashMap<String, Object>();
        LocalPostgres postgres = null;
        String keycloakDatabase = null;
        String keycloakDatabasePassword = null;
        LocalKeycloak keycloak = null;
        if (settings.startPostgres()) {
            postgres = LocalPostgres.start(settings.postgresDataDirectory());
            registerShutdown("PostgreSQL", postgres);
            properties.put("spring.datasource.url", postgres.jdbcUrl(LocalPostgres.DATABASE));
            properties.put("spring.datasource.username", LocalPostgres.APP_ROLE);
            properties.put("spring.datasource.password", postgres.passwords().app());
            properties.put("spring.flyway.url", postgres.jdbcUrl(LocalPostgres.DATABASE));
            properties.put("spring.flyway.user", LocalPostgres.OWNER_ROLE);
            properties.put("spring.flyway.password", postgres.passwords().owner());
            properties.put("klusterportal.db.app-role", LocalPostgres.APP_ROLE);
            keycloakDatabase = postgres.jdbcUrl(LocalPostgres.KEYCLOAK_DATABASE);
            keycloakDatabasePassword = postgres.passwords().superuser();
        }
        if (settings.startKeycloak()) {
            keycloak = LocalKeycloak.launch(settings.keycloakHome(), settings.keycloakPort(), keycloakDatabase,
                    keycloakDatabasePassword, settings.logDirectory());
            registerShutdown("Keycloak", keycloak);
            properties.put("klusterportal.keycloak.issuer-uri", keycloak.issuerUri());
            properties.put("klusterportal.dev-services.keycloak-url", keycloak.baseUrl());
        }
        return new DevServices(properties, keycloak, postgres);
    }

    /** Stops in reverse order of start: Keycloak before the database it writes to. */
    private static void registerShutdown(String name, AutoCloseable service) {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("stop-" + name).unstarted(() -> {
            try {
                service.close();
            } catch (Exception e) {
                System.err.println("Could not stop " + name + ": " + e.getMessage());
            }
        }));
    }

    Map<String, Object> properties() {
        return properties;
    }

    static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
