package se.klusterportalen.security;

import jakarta.ws.rs.core.Response;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Account administration through Keycloak's admin API as the confidential client {@code klusterportal-accounts}
 * (service account with {@code manage-users}). Keycloak cannot narrow that role to one region's users (regions are
 * a user attribute, not a group), so the region check is made here: an account of another region is never found.
 */
@Component
class KeycloakAccountAdministration implements AccountAdministration, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAccountAdministration.class);
    private static final int MAX_ACCOUNTS = 2_000;
    private static final int MAX_LOGIN_EVENTS = 5_000;
    /** How long the link in an invitation e-mail works. */
    static final Duration INVITATION_LIFESPAN = Duration.ofDays(3);
    static final List<String> INVITATION_ACTIONS = List.of("VERIFY_EMAIL", "UPDATE_PASSWORD");

    private final KeycloakAdminClient client;

    KeycloakAccountAdministration(@Value("${klusterportal.keycloak.issuer-uri}") String issuerUri,
                                  @Value("${klusterportal.keycloak.accounts.client-id:klusterportal-accounts}") String clientId,
                                  @Value("${klusterportal.keycloak.accounts.client-secret}") String clientSecret) {
        this.client = new KeycloakAdminClient(issuerUri, clientId, clientSecret);
    }

    @Override
    public void createUser(UserDirectory.NewUser user, String temporaryPassword) {
        var representation = regionalUser(user);
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
    public List<Account> accountsOf(String region) {
        try {
            var realm = client.realm();
            List<UserRepresentation> users = realm.users().searchByAttributes(0, MAX_ACCOUNTS, null, false,
                    KeycloakUserDirectory.REGION_ATTRIBUTE + ":" + region);
            Map<String, Role> roles = regionalRoles(realm);
            Map<String, Instant> lastSignIns = lastSignIns(realm, null);
            var accounts = new ArrayList<Account>();
            for (UserRepresentation user : users) {
                if (region.equals(KeycloakUserDirectory.regionOf(user))) {
                    accounts.add(account(user, roles.get(user.getId()), lastSignIns.get(user.getId())));
                }
            }
            return accounts;
        } catch (RuntimeException e) {
            log.warn("Could not list the accounts of {}: {}", region, e.toString());
            throw new UserDirectory.UnavailableException(e);
        }
    }

    @Override
    public Optional<Account> find(String id, String region) {
        try {
            var realm = client.realm();
            return representation(realm, id, region).map(user -> {
                Role role = realm.users().get(id).roles().realmLevel().listAll().stream()
                        .map(r -> Role.fromKeycloakName(r.getName()).orElse(null))
                        .filter(r -> r != null && r.needsRegion()).findFirst().orElse(null);
                return account(user, role, lastSignIns(realm, id).get(id));
            });
        } catch (RuntimeException e) {
            log.warn("Could not read account {}: {}", id, e.toString());
            throw new UserDirectory.UnavailableException(e);
        }
    }

    @Override
    public boolean sendsEmail() {
        try {
            Map<String, String> smtp = client.realm().toRepresentation().getSmtpServer();
            return smtp != null && smtp.get("host") != null && !smtp.get("host").isBlank();
        } catch (RuntimeException e) {
            log.warn("Could not read the realm's SMTP settings: {}", e.toString());
            throw new UserDirectory.UnavailableException(e);
        }
    }

    @Override
    public String invite(UserDirectory.NewUser user, @Nullable String temporaryPassword) {
        var representation = regionalUser(user);
        representation.setEmailVerified(false);
        if (temporaryPassword != null) {
            var password = new CredentialRepresentation();
            password.setType(CredentialRepresentation.PASSWORD);
            password.setValue(temporaryPassword);
            password.setTemporary(true);
            representation.setCredentials(List.of(password));
            representation.setRequiredActions(List.of("UPDATE_PASSWORD"));
        } else {
            representation.setRequiredActions(INVITATION_ACTIONS);
        }
        String id;
        RealmResource realm;
        try {
            realm = client.realm();
            if (!realm.users().searchByEmail(user.email(), true).isEmpty()
                    || !realm.users().searchByUsername(user.username(), true).isEmpty()) {
                throw new UserDirectory.UsernameTakenException();
            }
            id = create(realm, representation);
        } catch (UserDirectory.UsernameTakenException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Could not create {}: {}", user.username(), e.toString());
            throw new UserDirectory.UnavailableException(e);
        }
        try {
            var role = realm.roles().get(user.role().keycloakName()).toRepresentation();
            realm.users().get(id).roles().realmLevel().add(List.of(role));
            if (temporaryPassword == null) {
                realm.users().get(id).executeActionsEmail(INVITATION_ACTIONS, (int) INVITATION_LIFESPAN.toSeconds());
            }
            return id;
        } catch (RuntimeException e) {
            log.warn("Could not finish the invitation of {}, deleting it again: {}", user.username(), e.toString());
            removeHalfCreated(realm, id, user.username());
            throw new UserDirectory.UnavailableException(e);
        }
    }

    /** Deletes a user whose creation could not be finished (role or e-mail failed); logs if even that fails. */
    private void removeHalfCreated(RealmResource realm, String id, String username) {
        try {
            realm.users().get(id).remove();
        } catch (RuntimeException again) {
            log.error("Could not delete the half-created user {} ({}): {}", username, id, again.toString());
        }
    }

    /** Creates the user and returns Keycloak's id of it; a taken username or e-mail is {@code UsernameTakenException}. */
    private static String create(RealmResource realm, UserRepresentation representation) {
        try (Response response = realm.users().create(representation)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new UserDirectory.UsernameTakenException();
            }
            if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw new IllegalStateException("Keycloak answered " + response.getStatus());
            }
            String path = response.getLocation().getPath();
            return path.substring(path.lastIndexOf('/') + 1);
        }
    }

    @Override
    public boolean ensureAccount(UserDirectory.NewUser user, StoredPassword password) {
        var representation = regionalUser(user);
        representation.setEmailVerified(true);
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setSecretData(password.secretData());
        credential.setCredentialData(password.credentialData());
        credential.setTemporary(false);
        representation.setCredentials(List.of(credential));
        RealmResource realm;
        String id;
        try {
            realm = client.realm();
            if (!realm.users().searchByUsername(user.username(), true).isEmpty()) {
                return false;
            }
            id = create(realm, representation);
        } catch (UserDirectory.UsernameTakenException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("Could not create {}: {}", user.username(), e.toString());
            throw new UserDirectory.UnavailableException(e);
        }
        try {
            realm.users().get(id).roles().realmLevel()
                    .add(List.of(realm.roles().get(user.role().keycloakName()).toRepresentation()));
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not give {} its role, deleting it again: {}", user.username(), e.toString());
            removeHalfCreated(realm, id, user.username());
            throw new UserDirectory.UnavailableException(e);
        }
    }

    @Override
    public void delete(String id, String region) {
        try {
            var realm = client.realm();
            if (representation(realm, id, region).isPresent()) {
                realm.users().get(id).remove();
            }
        } catch (RuntimeException e) {
            log.error("Could not delete user {}: {}", id, e.toString());
            throw new UserDirectory.UnavailableException(e);
        }
    }

    @Override
    public boolean changeRole(String id, String region, Role role) {
        if (!role.needsRegion()) {
            throw new IllegalArgumentException("Only regional roles are given here");
        }
        try {
            var realm = client.realm();
            if (representation(realm, id, region).isEmpty()) {
                return false;
            }
            var roles = realm.users().get(id).roles().realmLevel();
            var remove = roles.listAll().stream()
                    .filter(r -> Role.fromKeycloakName(r.getName()).map(Role::needsRegion).orElse(false))
                    .filter(r -> !r.getName().equals(role.keycloakName())).toList();
            if (!remove.isEmpty()) {
                roles.remove(remove);
            }
            roles.add(List.of(realm.roles().get(role.keycloakName()).toRepresentation()));
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not change the role of {}: {}", id, e.toString());
            throw new UserDirectory.UnavailableException(e);
        }
    }

    @Override
    public boolean setEnabled(String id, String region, boolean enabled) {
        try {
            var realm = client.realm();
            var found = representation(realm, id, region);
            if (found.isEmpty()) {
                return false;
            }
            UserResource user = realm.users().get(id);
            var representation = found.get();
            representation.setEnabled(enabled);
            user.update(representation);
            if (!enabled) {
                // ends the user's Keycloak sessions; Keycloak sends back-channel logout to the portal
                user.logout();
            }
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not {} {}: {}", enabled ? "enable" : "disable", id, e.toString());
            throw new UserDirectory.UnavailableException(e);
        }
    }

    /** The user of the region with this id; empty for an unknown or malformed id and for another region's user. */
    private static Optional<UserRepresentation> representation(RealmResource realm, String id, String region) {
        if (id == null || !id.matches("[0-9a-fA-F-]{36}")) {
            return Optional.empty();
        }
        try {
            var user = realm.users().get(id).toRepresentation();
            return region.equals(KeycloakUserDirectory.regionOf(user)) ? Optional.of(user) : Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** User id → regional role, from the members of each regional role (three calls, not one per user). */
    private static Map<String, Role> regionalRoles(RealmResource realm) {
        var roles = new HashMap<String, Role>();
        for (Role role : Role.values()) {
            if (role.needsRegion()) {
                realm.roles().get(role.keycloakName()).getUserMembers(true, 0, MAX_ACCOUNTS)
                        .forEach(user -> roles.putIfAbsent(user.getId(), role));
            }
        }
        return roles;
    }

    /**
     * User id → newest successful sign-in among the stored login events (newest first from Keycloak). Missing
     * when Keycloak keeps none (events expire after 90 days) or the client may not read events.
     */
    private static Map<String, Instant> lastSignIns(RealmResource realm, @Nullable String userId) {
        var result = new HashMap<String, Instant>();
        try {
            realm.getEvents(List.of("LOGIN"), null, userId, null, null, null, 0,
                    userId == null ? MAX_LOGIN_EVENTS : 1).forEach(event ->
                    result.merge(event.getUserId(), Instant.ofEpochMilli(event.getTime()),
                            (a, b) -> a.isAfter(b) ? a : b));
        } catch (RuntimeException e) {
            log.warn("No login events for the accounts list: {}", e.toString());
        }
        return result;
    }

    private static Account account(UserRepresentation user, @Nullable Role role, @Nullable Instant lastSignIn) {
        return new Account(user.getId(), user.getUsername(), text(user.getFirstName()), text(user.getLastName()),
                text(user.getEmail()), KeycloakUserDirectory.regionOf(user), role,
                Boolean.TRUE.equals(user.isEnabled()),
                user.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(user.getCreatedTimestamp()),
                lastSignIn);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    @Override
    public void close() {
        client.close();
    }

    /** An enabled account of a regional role, with its region as the attribute the tokens carry. */
    private static UserRepresentation regionalUser(UserDirectory.NewUser user) {
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
        return representation;
    }
}
