package se.klusterportalen.devservices;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

import java.util.Set;

/**
 * Starts the local PostgreSQL and Keycloak before any bean is created, when
 * {@code klusterportal.dev-services.enabled} is true (profiles dev and test), and hands their addresses to
 * the configuration. Registered in META-INF/spring.factories; runs after the config files are read.
 * PostgreSQL is ready at once (under a second); Keycloak starts in its own process while the context starts and is
 * awaited only by what needs it: the OAuth client's discovery and the JWT decoder when they are created, and in
 * any case before the context counts as refreshed (so tests and the demo data see a ready realm).
 */
public final class DevServicesListener implements ApplicationListener<SpringApplicationEvent>, Ordered {

    /** Beans whose creation reads Keycloak's discovery document (by name: the core has no OAuth client library). */
    private static final Set<String> NEEDS_KEYCLOAK = Set.of(
            "org.springframework.security.oauth2.client.registration.ClientRegistrationRepository",
            "org.springframework.security.oauth2.jwt.JwtDecoder");

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            var env = prepared.getEnvironment();
            if (!enabled(env.getProperty("klusterportal.dev-services.enabled", Boolean.class, false))) {
                return;
            }
            var services = DevServices.startOnce(DevServicesSettings.from(env));
            env.getPropertySources().addFirst(
                    new MapPropertySource("klusterportal-dev-services", services.properties()));
        } else if (event instanceof ApplicationPreparedEvent prepared) {
            var context = prepared.getApplicationContext();
            if (!enabled(context.getEnvironment()
                    .getProperty("klusterportal.dev-services.enabled", Boolean.class, false))) {
                return;
            }
            context.getBeanFactory().addBeanPostProcessor(new InstantiationAwareBeanPostProcessor() {
                @Override
                public @Nullable Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
                    if (needsKeycloak(beanClass)) {
                        DevServices.awaitKeycloak();
                    }
                    return null;
                }
            });
            if ("onRefresh".equals(context.getEnvironment().getProperty("spring.context.exit"))
                    && context.getBeanFactory() instanceof BeanDefinitionRegistry registry) {
                registry.registerBeanDefinition("klusterportalDevServicesStop",
                        new RootBeanDefinition(StopBeforeHalt.class));
            }
            context.addApplicationListener(any -> {
                if (any instanceof ContextRefreshedEvent) {
                    DevServices.awaitKeycloak();
                }
            });
        }
    }

    /**
     * A training start ({@code spring.context.exit=onRefresh}) ends with {@code Runtime.halt}, which runs no shutdown
     * hook: stop the services once every bean exists, just before.
     */
    static final class StopBeforeHalt implements SmartInitializingSingleton {

        @Override
        public void afterSingletonsInstantiated() {
            DevServices.stopNow();
        }
    }

    private static boolean enabled(@Nullable Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private static boolean needsKeycloak(Class<?> type) {
        if (NEEDS_KEYCLOAK.contains(type.getName())) {
            return true;
        }
        for (Class<?> implemented : type.getInterfaces()) {
            if (needsKeycloak(implemented)) {
                return true;
            }
        }
        return type.getSuperclass() != null && needsKeycloak(type.getSuperclass());
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
