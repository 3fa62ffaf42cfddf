package se.klusterportalen.security;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outside the {@code dev} and {@code test} profiles (where the dev services start and configure everything) the
 * portal refuses to start unless every secret and address is configured: no secret has a default in production.
 * The error names the missing environment variables. Registered in META-INF/spring.factories; runs before any
 * bean is created.
 */
public final class RequiredSettings implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** Property → the environment variable that sets it (README, "Configuration"). */
    static final Map<String, String> REQUIRED = requiredSettings();

    private static Map<String, String> requiredSettings() {
        var required = new LinkedHashMap<String, String>();
        required.put("spring.datasource.url", "SPRING_DATASOURCE_URL");
        required.put("spring.datasource.password", "SPRING_DATASOURCE_PASSWORD");
        required.put("spring.flyway.password", "SPRING_FLYWAY_PASSWORD");
        required.put("klusterportal.keycloak.issuer-uri", "KLUSTERPORTAL_KEYCLOAK_ISSUER_URI");
        required.put("klusterportal.keycloak.client-secret", "KLUSTERPORTAL_KEYCLOAK_CLIENT_SECRET");
        required.put("klusterportal.keycloak.directory.client-secret", "KLUSTERPORTAL_KEYCLOAK_DIRECTORY_CLIENT_SECRET");
        required.put("klusterportal.keycloak.accounts.client-secret", "KLUSTERPORTAL_KEYCLOAK_ACCOUNTS_CLIENT_SECRET");
        return java.util.Collections.unmodifiableMap(required);
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment());
    }

    /** Throws {@link MissingSettingsException} naming every missing variable; nothing in dev/test. */
    static void check(Environment env) {
        if (env.getProperty("klusterportal.dev-services.enabled", Boolean.class, false)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        REQUIRED.forEach((property, variable) -> {
            if (!StringUtils.hasText(env.getProperty(property))) {
                missing.add(variable);
            }
        });
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** The portal was started without some of its required settings. */
    static final class MissingSettingsException extends IllegalStateException {

        MissingSettingsException(List<String> variables) {
            super("Klusterportalen does not start without these settings (no secret has a default outside the dev and "
                    + "test profiles): set the environment variable" + (variables.size() == 1 ? " " : "s ")
                    + String.join(", ", variables) + ". See README, \"Configuration\".");
        }
    }
}
