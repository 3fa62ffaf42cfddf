package se.klusterportalen.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import static se.klusterportalen.security.Permission.*;

/** The realm roles of Keycloak and what each may do. */
public enum Role {
    PLATFORM_ADMIN("platform-admin", false, Set.of(REGION_ADMIN, PHASE_MODEL_EVALUATE)),
    PROGRAMME_OFFICER("programme-officer", true, Set.of(OVERVIEW_VIEW, CLUSTER_VIEW, CLUSTER_EDIT, CONTACT_VIEW,
            FUNDING_VIEW, FUNDING_EDIT, ASSESSMENT_VIEW, ASSESSMENT_MANAGE, PHASE_MODEL_EVALUATE,
            LABEL_VIEW, LABEL_EDIT, PROGRAMME_VIEW, PROGRAMME_EDIT, INDICATOR_VIEW, INDICATOR_EDIT, USER_ADMIN,
            COMPARISON_VIEW, COMPARISON_OPT_IN)),
    CLUSTER_MANAGER("cluster-manager", true, Set.of(OVERVIEW_VIEW, CLUSTER_VIEW, CLUSTER_EDIT_OWN, CONTACT_VIEW,
            FUNDING_VIEW, ASSESSMENT_VIEW, ASSESSMENT_ANSWER_OWN, PHASE_MODEL_EVALUATE,
            LABEL_VIEW, LABEL_PREASSESS_OWN, PROGRAMME_VIEW, MILESTONE_UPDATE_OWN, INDICATOR_VIEW)),
    POLITICIAN("politician", true, Set.of(OVERVIEW_VIEW, CLUSTER_VIEW, FUNDING_VIEW, ASSESSMENT_VIEW,
            PHASE_MODEL_EVALUATE, LABEL_VIEW, PROGRAMME_VIEW, INDICATOR_VIEW, COMPARISON_VIEW));

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
