package se.klusterportalen.security;

import se.klusterportalen.text.Collation;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user directory in Keycloak, read through the admin API as the confidential client
 * {@code klusterportal-directory} (a service account that may only view and query users; changes go through
 * {@link AccountAdministration} and its own client). Names are cached for a
 * few minutes: history lists ask for the same few names again and again. So are names Keycloak does not know
 * ({@code system}, who writes demo and generated data, or a deleted account): before, each of their revisions cost
 * a call to Keycloak on every view of a cluster's history (issue #19: 20–30 calls per cluster page).
 */
@Component
class KeycloakUserDirectory implements UserDirectory, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakUserDirectory.class);
    static final Duration NAME_CACHE = Duration.ofMinutes(10);
    private static final int MAX_MEMBERS = 2_000;
    /** The user attribute the realm maps to the tokens' {@code region} claim. */
    static final String REGION_ATTRIBUTE = "region";
    /** Keycloak's own attribute for the language a user chose. */
    static final String LOCALE_ATTRIBUTE = "locale";

    private final KeycloakAdminClient client;
    private final Clock clock;
    private final Map<String, CachedName> names = new ConcurrentHashMap<>();

    private record CachedName(String name, Instant fetchedAt) {
    }

    KeycloakUserDirectory(@Value("${klusterportal.keycloak.issuer-uri}") String issuerUri,
                          @Value("${klusterportal.keycloak.directory.client-id:klusterportal-directory}") String clientId,
                          @Value("${klusterportal.keycloak.directory.client-secret}") String clientSecret,
                          Clock clock) {
        this.client = new KeycloakAdminClient(issuerUri, clientId, clientSecret);
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
            return realm().users().search(username, true).stream().findFirst().map(this::remember)
                    .orElseGet(() -> rememberUnknown(username));
        } catch (RuntimeException e) {
            log.debug("No display name for {}: {}", username, e.toString());
            return cached != null ? cached.name() : username;
        }
    }

    @Override
    public Optional<Contact> contact(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        try {
            return realm().users().search(username, true).stream().findFirst().map(user -> new Contact(
                    user.getUsername(), remember(user),
                    Optional.ofNullable(user.getEmail()).map(String::strip).filter(email -> !email.isEmpty()),
                    localeOf(user)));
        } catch (RuntimeException e) {
            log.warn("No contact details for {}: {}", username, e.toString());
            return Optional.empty();
        }
    }

    /** The account's chosen language (Keycloak's {@code locale} attribute); Swedish, the portal's default, if unset. */
    static Locale localeOf(UserRepresentation user) {
        var values = user.getAttributes() == null ? null : user.getAttributes().get(LOCALE_ATTRIBUTE);
        String tag = values == null || values.isEmpty() ? null : values.getFirst();
        return tag != null && tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.of("sv", "SE");
    }

    /** A name Keycloak does not have is shown as itself, and asked for again only when the cache entry is old. */
    private String rememberUnknown(String username) {
        names.put(username, new CachedName(username, clock.instant()));
        return username;
    }

    private String remember(UserRepresentation user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
        String last = user.getLastName() == null ? "" : user.getLastName().strip();
        String name = (first + " " + last).strip();
        String shown = name.isEmpty() ? user.getUsername() : name;
        names.put(user.getUsername(), new CachedName(shown, clock.instant()));
        return shown;
    }

    static String regionOf(UserRepresentation user) {
        var values = user.getAttributes() == null ? null : user.getAttributes().get(REGION_ATTRIBUTE);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private RealmResource realm() {
        return client.realm();
    }

    @Override
    public void close() {
        client.close();
    }
}
