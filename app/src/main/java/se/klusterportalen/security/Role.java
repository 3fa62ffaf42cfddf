package se.klusterportalen.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import static se.klusterportalen.security.Permission.CLUSTER_VIEW;
import static se.klusterportalen.security.Permission.OVERVIEW_VIEW;
import static se.klusterportalen.security.Permission.REGION_ADMIN;

/** The realm roles of Keycloak and what each may do. */
public enum Role {
    PLATFORM_ADMIN("platform-admin", false, Set.of(REGION_ADMIN)),
    PROGRAMME_OFFICER("programme-officer", true, Set.of(OVERVIEW_VIEW, CLUSTER_VIEW)),
    CLUSTER_MANAGER("cluster-manager", true, Set.of(OVERVIEW_VIEW, CLUSTER_VIEW)),
    POLITICIAN("politician", true, Set.of(OVERVIEW_VIEW, CLUSTER_VIEW));

    private final String keycloakName;
    private final boolean needsRegion;
    private final Set<String> permissions;

    Role(String keycloakName, boolean needsRegion, Set<String> permissions) {
        this.keycloakName = keycloakName;
        this.needsRegion = needsRegion;
        this.permissions = permissions;
    }

    public String keycloakName() {
        return keycloakName;
    }

    /** A role of a region grants nothing to a user whose token carries no region. */
    public boolean needsRegion() {
        return needsRegion;
    }

    public Set<String> permissions() {
        return permissions;
    }

    public static Optional<Role> fromKeycloakName(String name) {
        return Arrays.stream(values()).filter(role -> role.keycloakName.equals(name)).findFirst();
    }
}
