package se.klusterportalen.devservices;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * The shared services of the local two-node cluster (infra/cluster/start.sh): one PostgreSQL and one Keycloak,
 * started the same way the portal's dev services start them, in a process of their own so that a portal node can
 * be killed without taking them along. Writes the portal nodes' connection settings to {@code cluster.properties}
 * (mode 600, Spring properties: datasource, Flyway, issuer) and waits until it is stopped (SIGTERM or Ctrl-C:
 * Keycloak first, then PostgreSQL).
 *
 * <p>Arguments: data folder (PostgreSQL's data and the logs, kept between runs), PostgreSQL port, Keycloak port,
 * Keycloak home (an unpacked keycloak-quarkus-dist), then the portal addresses to register with the realm's web
 * client (the load balancer's last: it receives back-channel logouts).
 */
public final class ClusterServices {

    private ClusterServices() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: ClusterServices DATA_DIR PG_PORT KEYCLOAK_PORT KEYCLOAK_HOME PORTAL_URL...");
            System.exit(2);
        }
        Path data = Files.createDirectories(Path.of(args[0]));
        int postgresPort = Integer.parseInt(args[1]);
        int keycloakPort = Integer.parseInt(args[2]);
        Path keycloakHome = Path.of(args[3]);
        List<String> portals = List.of(args).subList(4, args.length);

        LocalPostgres postgres = LocalPostgres.start(data.resolve("postgres"), postgresPort);
        LocalKeycloak keycloak = LocalKeycloak.launch(keycloakHome, keycloakPort,
                postgres.jdbcUrl(LocalPostgres.KEYCLOAK_DATABASE), postgres.passwords().superuser(), data);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("stop-cluster-services").unstarted(() -> {
            keycloak.close();
            postgres.close();
            stopped.countDown();
        }));
        keycloak.awaitRealm();
        for (String portal : portals) {
            PortalUrlRegistration.register(keycloak.baseUrl(), portal);
        }
        writeSettings(data.resolve("cluster.properties"), postgres, keycloak);
        System.out.println("Cluster services ready: PostgreSQL on port " + postgres.port() + ", Keycloak at "
                + keycloak.baseUrl() + " (log " + data.resolve("keycloak-" + keycloakPort + ".log") + ")");
        stopped.await();
    }

    private static void writeSettings(Path file, LocalPostgres postgres, LocalKeycloak keycloak) throws IOException {
        var settings = new Properties();
        settings.setProperty("spring.datasource.url", postgres.jdbcUrl(LocalPostgres.DATABASE));
        settings.setProperty("spring.datasource.username", LocalPostgres.APP_ROLE);
        settings.setProperty("spring.datasource.password", postgres.passwords().app());
        settings.setProperty("spring.flyway.url", postgres.jdbcUrl(LocalPostgres.DATABASE));
        settings.setProperty("spring.flyway.user", LocalPostgres.OWNER_ROLE);
        settings.setProperty("spring.flyway.password", postgres.passwords().owner());
        settings.setProperty("klusterportal.db.app-role", LocalPostgres.APP_ROLE);
        settings.setProperty("klusterportal.keycloak.issuer-uri", keycloak.issuerUri());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(temporary)) {
            settings.store(out, "Klusterportalen's local cluster: the portal nodes' connection settings (development only)");
        }
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
