package se.klusterportalen.testsupport;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The test Keycloak's master administrator (development credentials), for what a person would do in Keycloak
 * themselves: choose their password, look an account up. Test code only; the portal uses its own clients.
 */
@Component
public class KeycloakTestAdmin implements AutoCloseable {

    private final Keycloak keycloak;
    private final String realm;

    KeycloakTestAdmin(@Value("${klusterportal.keycloak.issuer-uri}") String issuer) {
        int at = issuer.lastIndexOf("/realms/");
        this.realm = issuer.substring(at + "/realms/".length());
        this.keycloak = KeycloakBuilder.builder().serverUrl(issuer.substring(0, at)).realm("master")
                .clientId("admin-cli").username("admin").password("admin").build();
    }

    public RealmResource realm() {
        return keycloak.realm(realm);
    }

    /** Sets a permanent password and clears the required actions, as the person's first sign-in would. */
    public void choosePassword(String username, String password) {
        var user = realm().users().searchByUsername(username, true).getFirst();
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        realm().users().get(user.getId()).resetPassword(credential);
        user.setRequiredActions(List.of());
        user.setEmailVerified(true);
        realm().users().get(user.getId()).update(user);
    }

    /** Whether an account with this username exists in the realm. */
    public boolean exists(String username) {
        return !realm().users().searchByUsername(username, true).isEmpty();
    }

    @Override
    public void close() {
        keycloak.close();
    }
}
