package se.klusterportalen.devservices;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.nio.file.Path;

/**
 * What to start, read from the configuration. An external database ({@code spring.datasource.url}) or an
 * external Keycloak ({@code klusterportal.keycloak.issuer-uri}) turns the local one off.
 */
record DevServicesSettings(boolean startPostgres, boolean startKeycloak, @Nullable Path postgresDataDirectory,
                           Path keycloakHome, int keycloakPort, Path logDirectory) {

    static DevServicesSettings from(Environment env) {
        boolean persistent = env.getProperty("klusterportal.dev-services.persistent", Boolean.class, false);
        Path dataHome = Path.of(env.getProperty("klusterportal.dev-services.data-directory",
                System.getProperty("user.home") + "/.local/share/klusterportalen"));
        Path postgresData = persistent ? dataHome.resolve("postgres") : null;
        Path logs = persistent ? dataHome : DevServices.temporaryDirectory("klusterportalen-logs");
        return new DevServicesSettings(
                !StringUtils.hasText(env.getProperty("spring.datasource.url")),
                !StringUtils.hasText(env.getProperty("klusterportal.keycloak.issuer-uri")),
                postgresData,
                Path.of(env.getRequiredProperty("klusterportal.dev-services.keycloak-home")),
                env.getProperty("klusterportal.dev-services.keycloak-port", Integer.class, 0),
                logs);
    }
}
