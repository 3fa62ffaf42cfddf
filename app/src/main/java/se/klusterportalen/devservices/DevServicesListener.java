package se.klusterportalen.devservices;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the local PostgreSQL and Keycloak before any bean is created, when
 * {@code klusterportal.dev-services.enabled} is true (profiles dev and test), and hands their addresses to
 * the configuration. Registered in META-INF/spring.factories; runs after the config files are read.
 */
public final class DevServicesListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        var env = event.getEnvironment();
        if (!env.getProperty("klusterportal.dev-services.enabled", Boolean.class, false)) {
            return;
        }
        var services = DevServices.startOnce(DevServicesSettings.from(env));
        env.getPropertySources().addFirst(new MapPropertySource("klusterportal-dev-services", services.properties()));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
