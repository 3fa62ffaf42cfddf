package se.klusterportalen.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a Keycloak token's claims: realm roles (the {@code roles} claim of the realm's protocol mapper, or
 * Keycloak's default {@code realm_access.roles}), the {@code region} claim and the names.
 */
final class KeycloakClaims {

    static final String REGION_CLAIM = "region";
    static final String AUTHORITY_PREFIX = "ROLE_";

    private KeycloakClaims() {
    }

    static PortalUser toUser(Map<String, Object> claims) {
        Set<Role> roles = roles(claims);
        Optional<String> region = Optional.ofNullable(claims.get(REGION_CLAIM)).map(Object::toString);
        String username = stringClaim(claims, "preferred_username").orElseGet(() -> stringClaim(claims, "sub").orElse("?"));
        String name = stringClaim(claims, "name").orElse(username);
        return new PortalUser(username, name, region, roles, permissions(roles, region.isPresent()));
    }

    static Set<GrantedAuthority> authorities(Map<String, Object> claims) {
        var authorities = new LinkedHashSet<GrantedAuthority>();
        toUser(claims).permissions().forEach(p -> authorities.add(authority(p)));
        return authorities;
    }

    /**
     * One authority object per permission for the whole process (it is immutable), instead of one with its own
     * string per signed-in session: every web session's authentication holds all of its user's authorities (issue
     * #19, heap per session).
     */
    private static GrantedAuthority authority(String permission) {
        return AUTHORITIES.computeIfAbsent(permission, p -> new SimpleGrantedAuthority(AUTHORITY_PREFIX + p));
    }

    private static final Map<String, GrantedAuthority> AUTHORITIES = new ConcurrentHashMap<>();

    private static final Set<String> ALL_PERMISSIONS = java.util.Arrays.stream(Role.values())
            .flatMap(role -> role.permissions().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether this is one of the portal's permission authorities (as {@link #authorities} makes them). */
    static boolean isPermission(GrantedAuthority authority) {
        String name = authority.getAuthority();
        return name != null && name.startsWith(AUTHORITY_PREFIX)
                && ALL_PERMISSIONS.contains(name.substring(AUTHORITY_PREFIX.length()));
    }

    private static Set<String> permissions(Set<Role> roles, boolean hasRegion) {
        var permissions = new LinkedHashSet<String>();
        roles.stream().filter(role -> hasRegion || !role.needsRegion())
                .forEach(role -> permissions.addAll(role.permissions()));
        return permissions;
    }

    private static Set<Role> roles(Map<String, Object> claims) {
        Collection<?> names = claims.get("roles") instanceof Collection<?> flat ? flat : realmAccessRoles(claims);
        var roles = EnumSet.noneOf(Role.class);
        names.forEach(name -> Role.fromKeycloakName(String.valueOf(name)).ifPresent(roles::add));
        return roles;
    }

    private static Collection<?> realmAccessRoles(Map<String, Object> claims) {
        if (claims.get("realm_access") instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> roles) {
            return roles;
        }
        return List.of();
    }

    private static Optional<String> stringClaim(Map<String, Object> claims, String name) {
        return Optional.ofNullable(claims.get(name)).map(Object::toString).filter(s -> !s.isBlank());
    }
}
