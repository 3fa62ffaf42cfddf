package se.klusterportalen.operations;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The port the management server really listens on (known once it started; 0 in tests means "any free port"),
 * so that the management endpoints' security applies to requests on that port only.
 */
@Component
class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    static final String NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    boolean serves(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
