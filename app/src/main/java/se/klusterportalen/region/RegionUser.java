package se.klusterportalen.region;

import se.klusterportalen.security.Role;

/** A person of a region as the platform administrator sees them: username, name and role. */
public record RegionUser(String username, String displayName, Role role) {
}
