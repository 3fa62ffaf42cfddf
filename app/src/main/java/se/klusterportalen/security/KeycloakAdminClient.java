package se.klusterportalen.security;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;

import java.net.URI;

/**
 * One service-account client of the realm talking to Keycloak's admin API (client-credentials grant), built on
 * first use. The issuer is {@code <server>/realms/<realm>}; the admin client needs the two apart.
 */
final class KeycloakAdminClient implements AutoCloseable {

    private final String serverUrl;
    private final String realmName;
    private final String clientId;
    private final String clientSecret;
    private volatile Keycloak keycloak;

    KeycloakAdminClient(String issuerUri, String clientId, String clientSecret) {
        URI issuer = URI.create(issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri);
        String path = issuer.getPath();
        int realms = path.lastIndexOf("/realms/");
        this.serverUrl = issuer.getScheme() + "://" + issuer.getRawAuthority() + path.substring(0, realms);
        this.realmName = path.substring(realms + "/realms/".length());
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    RealmResource realm() {
        if (keycloak == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder().serverUrl(serverUrl).realm(realmName)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(clientId).clientSecret(clientSecret).build();
                }
            }
        }
        return keycloak.realm(realmName);
    }

    @Override
    public void close() {
        if (keycloak != null) {
            keycloak.close();
        }
    }
}
