package se.klusterportalen.security;

import jakarta.ws.rs.core.Response;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Account administration through Keycloak's admin API as the confidential client {@code klusterportal-accounts}
 * (service account with {@code manage-users}). Keycloak cannot narrow that role to one region's users (regions are
 * a user attribute, not a group), so the region check is made here: an account of another region is never found.
 */
@Component
class KeycloakAccountAdministration implements AccountAdministration, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAccountAdministration.class);

    private final KeycloakAdminClient client;

    KeycloakAccountAdministration(@Value("${klusterportal.keycloak.issuer-uri}") String issuerUri,
                                  @Value("${klusterportal.keycloak.accounts.client-id:klusterportal-accounts}") String clientId,
                                  @Value("${klusterportal.keycloak.accounts.client-secret}") String clientSecret) {
        this.client = new KeycloakAdminClient(issuerUri, clientId, clientSecret);
    }

    @Override
    public void createUser(UserDirectory.NewUser user, String temporaryPassword) {
        if (!user.role().needsRegion()) {
            throw new IllegalArgumentException("Only regional roles are given here");
        }
        var representation = new UserRepresentation();
        representation.setUsername(user.username());
        representation.setFirstName(user.firstName());
        representation.setLastName(user.lastName());
        representation.setEmail(user.email());
        representation.setEnabled(true);
        representation.setAttributes(Map.of(KeycloakUserDirectory.REGION_ATTRIBUTE, List.of(user.region())));
        var password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(temporaryPassword);
        password.setTemporary(true);
        representation.setCredentials(List.of(password));
        representation.setRequiredActions(List.of("UPDATE_PASSWORD"));
        var realm = client.realm();
        try (Response response = realm.users().create(representation)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new UserDirectory.UsernameTakenException();
            }
            if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw new UserDirectory.UnavailableException(
                        new IllegalStateException("Keycloak answered " + response.getStatus()));
            }
            String path = response.getLocation().getPath();
            String id = path.substring(path.lastIndexOf('/') + 1);
            var role = realm.roles().get(user.role().keycloakName()).toRepresentation();
            realm.users().get(id).roles().realmLevel().add(List.of(role));
        } catch (UserDirectory.UsernameTakenException | UserDirectory.UnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Could not create {}: {}", user.username(), e.toString());
            throw new UserDirectory.UnavailableException(e);
        }
    }

    @Override
    public boolean disableUser(String username, String region) {
        try {
            var users = client.realm().users();
            var found = users.search(username, true).stream()
                    .filter(user -> region.equals(KeycloakUserDirectory.regionOf(user))).findFirst();
            if (found.isEmpty()) {
                return false;
            }
            var user = found.get();
            user.setEnabled(false);
            users.get(user.getId()).update(user);
            // ends the user's Keycloak sessions; Keycloak sends back-channel logout to the portal
            users.get(user.getId()).logout();
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not disable {}: {}", username, e.toString());
            throw new UserDirectory.UnavailableException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
