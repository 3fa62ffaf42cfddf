package se.klusterportalen.security;

import se.klusterportalen.text.Collation;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import jakarta.ws.rs.core.Response;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user directory in Keycloak, read through the admin API as the confidential client
 * {@code klusterportal-directory} (a service account that may only view and query users). Names are cached for a
 * few minutes: history lists ask for the same few names again and again.
 */
@Component
class KeycloakUserDirectory implements UserDirectory, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakUserDirectory.class);
    static final Duration NAME_CACHE = Duration.ofMinutes(10);
    private static final int MAX_MEMBERS = 2_000;
    /** The user attribute the realm maps to the tokens' {@code region} claim. */
    private static final String REGION_ATTRIBUTE = "region";

    private final URI issuer;
    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final Map<String, CachedName> names = new ConcurrentHashMap<>();
    private volatile Keycloak keycloak;

    private record CachedName(String name, Instant fetchedAt) {
    }

    KeycloakUserDirectory(@Value("${klusterportal.keycloak.issuer-uri}") String issuerUri,
                          @Value("${klusterportal.keycloak.directory.client-id:klusterportal-directory}") String clientId,
                          @Value("${klusterportal.keycloak.directory.client-secret:}") String clientSecret,
                          Clock clock) {
        this.issuer = URI.create(issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    @Override
    public List<DirectoryUser> usersWith(String region, Role role) {
        Objects.requireNonNull(region);
        try {
            return realm().roles().get(role.keycloakName()).getUserMembers(false, 0, MAX_MEMBERS).stream()
                    .filter(user -> Boolean.TRUE.equals(user.isEnabled()))
                    .filter(user -> region.equals(regionOf(user)))
                    .map(user -> new DirectoryUser(user.getUsername(), remember(user)))
                    .sorted(Collation.swedish(DirectoryUser::displayName))
                    .toList();
        } catch (RuntimeException e) {
            log.warn("The user directory could not list the users of region {} with role {}: {}", region, role,
                    e.toString());
            throw new UnavailableException(e);
        }
    }

    @Override
    public String displayName(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        CachedName cached = names.get(username);
        if (cached != null && cached.fetchedAt().plus(NAME_CACHE).isAfter(clock.instant())) {
            return cached.name();
        }
        try {
            return realm().users().search(username, true).stream().findFirst().map(this::remember).orElse(username);
        } catch (RuntimeException e) {
            log.debug("No display name for {}: {}", username, e.toString());
            return cached != null ? cached.name() : username;
        }
    }

    @Override
    public void createUser(NewUser user, String temporaryPassword) {
        if (!user.role().needsRegion()) {
            throw new IllegalArgumentException("Only regional roles are given here");
        }
        var representation = new UserRepresentation();
        representation.setUsername(user.username());
        representation.setFirstName(user.firstName());
        representation.setLastName(user.lastName());
        representation.setEmail(user.email());
        representation.setEnabled(true);
        representation.setAttributes(Map.of(REGION_ATTRIBUTE, List.of(user.region())));
        var password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(temporaryPassword);
        password.setTemporary(true);
        representation.setCredentials(List.of(password));
        representation.setRequiredActions(List.of("UPDATE_PASSWORD"));
        try (Response response = realm().users().create(representation)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                throw new UsernameTakenException();
            }
            if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
                throw new UnavailableException(new IllegalStateException("Keycloak answered " + response.getStatus()));
            }
            String path = response.getLocation().getPath();
            String id = path.substring(path.lastIndexOf('/') + 1);
            var role = realm().roles().get(user.role().keycloakName()).toRepresentation();
            realm().users().get(id).roles().realmLevel().add(List.of(role));
        } catch (UsernameTakenException | UnavailableException e) {
            throw e;
        } catch (RuntimeException e) {
            log.warn("The user directory could not create {}: {}", user.username(), e.toString());
            throw new UnavailableException(e);
        }
        remember(representation);
    }

    @Override
    public boolean disableUser(String username, String region) {
        try {
            var users = realm().users();
            var found = users.search(username, true).stream()
                    .filter(user -> region.equals(regionOf(user))).findFirst();
            if (found.isEmpty()) {
                return false;
            }
            var user = found.get();
            user.setEnabled(false);
            users.get(user.getId()).update(user);
            return true;
        } catch (RuntimeException e) {
            log.warn("The user directory could not disable {}: {}", username, e.toString());
            throw new UnavailableException(e);
        }
    }

    private String remember(UserRepresentation user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
        String last = user.getLastName() == null ? "" : user.getLastName().strip();
        String name = (first + " " + last).strip();
        String shown = name.isEmpty() ? user.getUsername() : name;
        names.put(user.getUsername(), new CachedName(shown, clock.instant()));
        return shown;
    }

    private static String regionOf(UserRepresentation user) {
        var values = user.getAttributes() == null ? null : user.getAttributes().get(REGION_ATTRIBUTE);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** The issuer is {@code <server>/realms/<realm>}; the admin client needs the two apart. */
    private RealmResource realm() {
        String path = issuer.getPath();
        int realms = path.lastIndexOf("/realms/");
        String realmName = path.substring(realms + "/realms/".length());
        if (keycloak == null) {
            synchronized (this) {
                if (keycloak == null) {
                    keycloak = KeycloakBuilder.builder()
                            .serverUrl(issuer.getScheme() + "://" + issuer.getRawAuthority() + path.substring(0, realms))
                            .realm(realmName).grantType(OAuth2Constants.CLIENT_CREDENTIALS)
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
