package se.klusterportalen.security;

import java.util.Optional;
import java.util.Set;

/**
 * The signed-in person as the token describes them. The region comes from the token's {@code region} claim,
 * never from anything the user enters.
 */
public record PortalUser(String username, String displayName, Optional<String> regionCode, Set<Role> roles,
                         Set<String> permissions) {

    public PortalUser {
        regionCode = regionCode.filter(code -> !code.isBlank());
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public boolean can(String permission) {
        return permissions.contains(permission);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Signed in with a regional role but no region in the token: such a user sees no data. */
    public boolean lacksRegion() {
        return regionCode.isEmpty() && !has(Role.PLATFORM_ADMIN);
    }
}
