package se.klusterportalen.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started the portal with {@code infra/run.sh} where it answers and how to sign in. The logins are
 * those of the development realm, infra/keycloak/klusterportal-realm.json.
 */
@Component
@ConditionalOnBooleanProperty("klusterportal.demo-logins.print")
class DemoLogins {

    private static final String LOGINS = """
              Region Skåne         skane.handlaggare   programme officer
                                   skane.klusterledare cluster manager of Mobile Heights
                                   skane.politiker     politician (read only)
              Norra Mellansverige  nms.handlaggare     programme officer
                                   nms.klusterledare   cluster manager of Paper Province
                                   nms.politiker       politician (read only)
              (platform)           plattform.admin     platform administrator
              (no region)          utan.region         shows what a user without region sees
              Password for all: demo
            """;

    private final String keycloakUrl;

    DemoLogins(@Value("${klusterportal.keycloak.issuer-uri}") String issuer) {
        this.keycloakUrl = issuer;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void print(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        System.out.printf("""

                ================================================================================
                  Klusterportalen is running:  http://localhost:%s/
                  Keycloak realm:              %s
                  Demo logins:
                %s  Stop everything with Ctrl-C.
                ================================================================================

                """, port, keycloakUrl, LOGINS);
    }
}
