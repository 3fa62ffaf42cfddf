package se.klusterportalen.operations;

import org.apache.catalina.Context;
import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The node's route for sticky sessions (ADR 0090): with {@code klusterportal.node-route} set (e.g. {@code n1};
 * {@code KLUSTERPORTAL_NODE_ROUTE}), Tomcat ends every session id it issues with {@code .n1}
 * ({@code JSESSIONID=4F0C….n1}), also the new id Spring Security gives the session at sign-in. The load balancer
 * sends a request whose cookie ends in a node's route to that node (infra/cluster/nginx.conf.template); a request
 * without one (a new browser) to any node. Tomcat 11 no longer reads the old {@code jvmRoute} system property.
 */
@Component
@ConditionalOnProperty("klusterportal.node-route")
class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    NodeRoute(@Value("${klusterportal.node-route}") String route) {
        if (!route.matches("[A-Za-z0-9_-]{1,20}")) {
            throw new IllegalArgumentException("klusterportal.node-route must be 1-20 letters, digits, - or _: " + route);
        }
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(this::setRoute);
    }

    private void setRoute(Context context) {
        if (context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
            engine.setJvmRoute(route);
        }
    }
}
