package se.klusterportalen.security;

import java.io.IOException;
import java.net.ServerSocket;

/**
 * The portal's real account administration, pointed at a port where nothing listens: Keycloak "stopped" for one
 * test without stopping the Keycloak the other tests of the JVM share.
 */
public final class UnreachableKeycloak {

    private UnreachableKeycloak() {
    }

    public static AccountAdministration accountAdministration() {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new KeycloakAccountAdministration("http://localhost:" + port + "/realms/klusterportal",
                "klusterportal-accounts", "no-secret");
    }
}
